"""Regenerate the demo assets in this folder (run by hand, never at run time).

    .venv/bin/python portal/composition/demo/assets/make_assets.py [KIND ...]

KIND is photos, scenes, logos or film (all four when none is given). It lives
beside the files it makes, outside the Python package, so it is neither
imported nor counted by coverage, and so do the modules it draws with.

Photos are soft gradients with simple house shapes in muted colours: the
homes' and sites' pictures. Scenes are the pictures of the posts, labs and
films, one each, drawn as SVG in code (scenes_*.py, with svgkit.py and
people.py) and saved as 1600 × 900 JPEGs of at most 80 kB. Logos are drawn by
hand as SVG (logo-*.svg here). Scenes and logos are rasterised with cairosvg
(`.venv/bin/pip install cairosvg`; Debian's libcairo2). The film is a moving
ffmpeg gradient with a title and a quiet tone (needs the Debian ffmpeg
package). Captions are written by hand.
"""

import io
import random
import shutil
import subprocess
import sys
from pathlib import Path

import scenes_boden
import scenes_boden_lab
import scenes_norrkoping
import scenes_norrkoping_lab
import scenes_sodertalje
import scenes_sodertalje_lab
from PIL import Image, ImageDraw, ImageFilter

ASSETS = Path(__file__).resolve().parent
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

# file stem: (sky top, sky bottom, ground, seed)
PHOTOS = {
    "portal-kvarter": ((176, 196, 200), (229, 221, 205), (118, 134, 120), 1),
    "boden-samverkan": ((158, 180, 196), (222, 214, 200), (96, 118, 108), 2),
    "boden-workshop": ((201, 187, 170), (236, 228, 214), (128, 112, 98), 3),
    "norrkoping-portalen": ((190, 170, 178), (235, 222, 214), (120, 98, 104), 4),
    "norrkoping-inspelning": ((170, 176, 196), (226, 224, 232), (98, 104, 128), 5),
    "sodertalje-hovsjo": ((168, 190, 176), (230, 230, 210), (104, 124, 96), 6),
    "sodertalje-ungdomar": ((196, 182, 160), (238, 230, 210), (132, 116, 88), 7),
}
# file stem: a function returning the scene's SVG
SCENES = {
    **scenes_boden.SCENES,
    **scenes_boden_lab.SCENES,
    **scenes_norrkoping.SCENES,
    **scenes_norrkoping_lab.SCENES,
    **scenes_sodertalje.SCENES,
    **scenes_sodertalje_lab.SCENES,
}
SCENE_MAX_BYTES = 80_000
# The portal's and each demo company's mark, drawn as SVG beside this script.
LOGOS = ["logo-portal", "logo-boden", "logo-norrkoping", "logo-sodertalje"]


def gradient(size, top, bottom):
    width, height = size
    image = Image.new("RGB", size)
    draw = ImageDraw.Draw(image)
    for y in range(height):
        mix = y / height
        colour = tuple(
            round(a + (b - a) * mix) for a, b in zip(top, bottom, strict=True)
        )
        draw.line([(0, y), (width, y)], fill=colour)
    return image


def photo(top, bottom, ground, seed, size=(1280, 720)):
    rng = random.Random(seed)  # noqa: S311 - decoration, not security
    image = gradient(size, top, bottom)
    draw = ImageDraw.Draw(image)
    width, height = size
    horizon = int(height * 0.68)
    x = -rng.randint(0, 60)
    while x < width:
        w, h = rng.randint(110, 220), rng.randint(160, 360)
        shade = tuple(max(0, c - rng.randint(10, 50)) for c in ground)
        draw.rectangle([x, horizon - h, x + w, horizon], fill=shade)
        light = tuple(min(255, c + 70) for c in shade)
        for wy in range(horizon - h + 20, horizon - 30, 38):
            for wx in range(x + 14, x + w - 24, 32):
                draw.rectangle([wx, wy, wx + 14, wy + 18], fill=light)
        x += w + rng.randint(10, 40)
    draw.rectangle([0, horizon, width, height], fill=ground)
    for _ in range(6):
        cx, r = rng.randint(0, width), rng.randint(30, 70)
        draw.ellipse([cx - r, horizon - r, cx + r, horizon + r // 2], fill=ground)
    return image.filter(ImageFilter.GaussianBlur(1.2))


def cairosvg_module():
    try:
        import cairosvg
    except ImportError:
        raise SystemExit("Install cairosvg (.venv/bin/pip install cairosvg).") from None
    return cairosvg


def scene(name, draw):
    """Rasterise a scene and save it as the best JPEG that fits the budget."""
    png = cairosvg_module().svg2png(bytestring=draw().encode())
    picture = Image.open(io.BytesIO(png)).convert("RGB")
    for quality in range(86, 40, -4):
        out = io.BytesIO()
        picture.save(out, "JPEG", quality=quality, optimize=True, progressive=True)
        if out.tell() <= SCENE_MAX_BYTES:
            break
    (ASSETS / f"{name}.jpg").write_bytes(out.getvalue())


def logo(name, size=320):
    """Rasterise logo name's SVG to a PNG of size × size (uploads take no SVG)."""
    cairosvg_module().svg2png(
        url=str(ASSETS / f"{name}.svg"),
        write_to=str(ASSETS / f"{name}.png"),
        output_width=size,
        output_height=size,
    )


def film(path):
    ffmpeg = shutil.which("ffmpeg")
    if not ffmpeg:
        raise SystemExit("Install ffmpeg (apt-get install -y ffmpeg) to make the film.")
    title = (
        f"drawtext=fontfile={FONT}:text='Allmännyttans innovationslabb':"
        "fontsize=34:fontcolor=white:x=(w-tw)/2:y=(h-th)/2"
    )
    background = (
        "gradients=s=640x360:d=8:r=25:speed=0.015:c0=0x4a6058:c1=0x8c7a6b:c2=0x5d6f86"
    )
    video = ["-c:v", "libx264", "-crf", "30", "-pix_fmt", "yuv420p"]
    audio = ["-c:a", "aac", "-b:a", "48k"]
    subprocess.run(  # noqa: S603 - fixed arguments, no shell
        [ffmpeg, "-y", "-loglevel", "error", "-f", "lavfi", "-i", background]
        + ["-f", "lavfi", "-i", "sine=frequency=220:duration=8"]
        + ["-vf", title, "-af", "volume=0.15", *video, *audio]
        + ["-movflags", "+faststart", "-shortest", str(path)],
        check=True,
    )


def photos():
    for name, (top, bottom, ground, seed) in PHOTOS.items():
        photo(top, bottom, ground, seed).save(
            ASSETS / f"{name}.jpg", quality=72, optimize=True
        )


def scenes():
    for name, draw in SCENES.items():
        scene(name, draw)


def logos():
    for name in LOGOS:
        logo(name)


def main(kinds):
    makers = {
        "photos": photos,
        "scenes": scenes,
        "logos": logos,
        "film": lambda: film(ASSETS / "film.mp4"),
    }
    unknown = set(kinds) - set(makers)
    if unknown:
        raise SystemExit(f"Unknown kind {sorted(unknown)}; choose from {list(makers)}.")
    for kind in kinds or makers:
        makers[kind]()


if __name__ == "__main__":
    main(sys.argv[1:])
