"""Norrköping's lab and films: Portalen's door, the closing lunch, the kit."""

from people import HAIR, SKIN, person
from svgkit import (
    building,
    bun,
    bush,
    chair,
    circle,
    cup,
    ellipse,
    gradient,
    group,
    limb,
    line,
    path,
    plant,
    poly,
    rect,
    room,
    svg,
    table,
    tree,
    window,
)

ROSE = "#7a2e3b"


def portal_entrance():
    """Portalen: a low meeting place with a round arched door among the blocks."""
    parts = [rect(0, 0, 1600, 620, "url(#day)")]
    parts.append(building(40, 620, 460, 460, "#d9c7c2", "#8194a8", 7, 6))
    parts.append(building(1120, 620, 460, 420, "#e2d3c6", "#8194a8", 6, 6))
    parts.append(rect(0, 600, 1600, 300, "#93b179"))
    parts.append(path("M640 900 L740 640 L860 640 L960 900 Z", "#d8cfc2"))
    parts.append(rect(420, 380, 760, 260, "#f3e9dc"))
    parts.append(rect(400, 360, 800, 28, ROSE))
    parts.append(path("M700 640 V520 A100 100 0 0 1 900 520 V640 Z", "#c8894f"))
    parts.append(path("M725 640 V525 A75 75 0 0 1 875 525 V640 Z", "#fff1c9"))
    for x in (470, 560, 990, 1080):
        parts.append(rect(x, 440, 60, 110, "#8fb0c9", stroke="#ffffff", stroke_width=8))
    parts += [bush(500, 660, 130, "#5e8f55"), bush(1100, 660, 130, "#5e8f55")]
    for x in range(300, 420, 28):
        parts.append(circle(x, 670, 10, ["#f3b4a6", "#e0b040", "#ffffff"][x % 3]))
    parts += [tree(230, 760, 380), tree(1380, 770, 400, leaf="#7aa363")]
    parts.append(
        person(760, 780, 240, SKIN[3], "#e3a33c", hair=ROSE, style="scarf", back=True)
    )
    parts.append(
        person(
            860,
            800,
            250,
            SKIN[1],
            "#3f6e8c",
            hair=HAIR[2],
            style="long",
            back=True,
            arms="wave",
        )
    )
    return svg(*parts, defs=[gradient("day", "#9fc7e6", "#f2eee6")])


def closing_lunch():
    """The closing lunch in December: a long laid table, an advent star."""
    parts = [room("#efe2d6", "#8f7462", horizon=560)]
    for x in (200, 1100):
        outside = circle(x + 150, 170, 10, "#ffffff", opacity=0.6)
        parts.append(window(x, 90, 300, 300, "#1d2740", extra=outside))
        parts.append(
            poly(
                [(x + 150, 140), (x + 190, 200), (x + 150, 260), (x + 110, 200)],
                "#ffcf6b",
            )
        )
        parts.append(line(x + 150, 76, x + 150, 140, "#3a3a3a", 3))
    flags = "".join(
        poly(
            [
                (520 + i * 60, 70 + (i - 4.5) ** 2 * 1.2),
                (580 + i * 60, 70 + (i - 3.5) ** 2 * 1.2),
                (550 + i * 60, 130 + (i - 4) ** 2 * 1.2),
            ],
            ["#f3b4a6", ROSE, "#e0b040"][i % 3],
        )
        for i in range(9)
    )
    parts.append(flags)
    diners = [
        (330, SKIN[2], "#3f6e8c", "#2f4f6f", "scarf"),
        (560, SKIN[0], ROSE, HAIR[4], "bun"),
        (800, SKIN[3], "#e3a33c", HAIR[2], "long"),
        (1040, SKIN[5], "#5e8f55", "#6a2f4f", "scarf"),
        (1270, SKIN[1], "#f3b4a6", HAIR[1], "short"),
    ]
    for x, skin, top, hair, style in diners:
        parts.append(chair(x, 700, "#6b4a32", height=200))
        parts.append(
            person(
                x,
                600,
                330,
                skin,
                top,
                hair=hair,
                style=style,
                seated=True,
                arms="table",
            )
        )
    parts.append(
        table(180, 900, 1240, 240, colour="#ffffff", leg="#d8d0c6", cloth="#ffffff")
    )
    for i in range(10):
        x = 240 + i * 120
        parts.append(cup(x, 650, 30, ["#ffffff", "#c4d8e8", "#f3b4a6"][i % 3]))
        parts.append(
            bun(x + 50, 652, 30) if i % 2 else ellipse(x + 50, 640, 38, 14, "#c48a4e")
        )
    parts.append(rect(780, 560, 40, 90, "#8fb0c9", rx=10))
    for dx, colour in ((-20, "#c23b3b"), (0, "#ffffff"), (20, "#e0b040")):
        parts.append(circle(800 + dx, 545 - abs(dx) // 2, 18, colour))
    parts.append(
        group(
            *[
                person(
                    x,
                    910,
                    320,
                    SKIN[(i + 2) % 6],
                    top,
                    hair=HAIR[i],
                    style=style,
                    seated=True,
                    back=True,
                )
                for i, (x, top, style) in enumerate(
                    ((450, "#6c5a8c", "long"), (1150, "#b5533c", "scarf"))
                )
            ]
        )
    )
    return svg(*parts)


def film_kit():
    """Behind the scenes: clapperboard, headphones, microphone and coffee."""
    parts = [rect(0, 0, 1600, 520, "#d9d4cc"), rect(0, 520, 1600, 380, "#a57a54")]
    parts.append(rect(0, 510, 1600, 20, "#8a6444"))
    parts.append(plant(1420, 520, 180))
    parts.append(rect(120, 180, 360, 240, "#f4efe6", stroke="#b9b0a2", stroke_width=6))
    parts.append(path("M140 400 L220 300 L300 360 L380 260 L460 400 Z", "#8fb0c9"))
    board = [rect(300, 600, 440, 240, "#1e1e22", rx=8)]
    board.append(
        group(
            rect(300, 540, 440, 54, "#1e1e22", rx=6),
            *[
                poly(
                    [
                        (330 + i * 90, 540),
                        (380 + i * 90, 540),
                        (350 + i * 90, 594),
                        (300 + i * 90, 594),
                    ],
                    "#ffffff",
                )
                for i in range(5)
            ],
            transform="rotate(-12 300 594)",
        )
    )
    board += [
        line(330, 680, 710, 680, "#ffffff", 4),
        line(330, 760, 710, 760, "#ffffff", 4),
    ]
    parts.append(group(*board, transform="rotate(-4 520 720)"))
    parts.append(
        path("M860 760 A120 130 0 0 1 1100 760", stroke="#2b2b2b", stroke_width=22)
    )
    parts += [
        rect(830, 730, 60, 100, "#2b2b2b", rx=24),
        rect(1070, 730, 60, 100, "#2b2b2b", rx=24),
    ]
    parts.append(limb([(1150, 820), (1370, 700)], "#3a3a3a", 34))
    parts.append(circle(1390, 690, 46, "#9a9a9a"))
    parts.append(cup(1260, 870, 70, "#f3b4a6"))
    parts.append(rect(880, 830, 200, 60, "#ffffff", transform="rotate(6 880 830)"))
    return svg(*parts)


SCENES = {
    "norrkoping-portalen-entre": portal_entrance,
    "norrkoping-avslutningslunch": closing_lunch,
    "norrkoping-filmutrustning": film_kit,
}
