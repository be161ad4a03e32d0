"""Södertälje's lab and film: the playground and a summer evening."""

from people import HAIR, SKIN, person
from scenes_sodertalje import GREEN, ball, towers
from svgkit import (
    bush,
    circle,
    ellipse,
    gradient,
    limb,
    line,
    path,
    poly,
    rect,
    shadow,
    svg,
    tree,
)


def playground():
    """The playground in front of the blocks, a young leader with the children."""
    parts = [rect(0, 0, 1600, 600, "url(#sunny)"), towers(600)]
    parts.append(rect(0, 580, 1600, 320, "#9cc47a"))
    parts.append(ellipse(1150, 800, 330, 70, "#e8d3a0"))
    parts += [tree(80, 640, 320), tree(1540, 650, 300)]
    parts.append(shadow(520, 820, 320, 26))
    parts.append(limb([(260, 820), (340, 420), (420, 820)], "#e96b7a", 18))
    parts.append(limb([(620, 820), (700, 420), (780, 820)], "#e96b7a", 18))
    parts.append(line(340, 420, 700, 420, "#e96b7a", 20))
    for x in (430, 590):
        parts += [
            line(x - 30, 420, x - 30, 660, "#5a5a5a", 4),
            line(x + 30, 420, x + 30, 660, "#5a5a5a", 4),
        ]
        parts.append(rect(x - 40, 656, 80, 14, "#3f6e8c", rx=4))
    parts.append(
        person(430, 700, 200, SKIN[2], "#f2d23c", hair=HAIR[0], seated=True, arms="up")
    )
    parts.append(
        person(
            590,
            700,
            190,
            SKIN[0],
            "#9ed58b",
            hair=HAIR[4],
            style="bun",
            seated=True,
            arms="up",
        )
    )
    parts.append(
        path(
            "M880 820 L880 500 L940 500 L1100 780 L1180 790",
            stroke="#f0a35c",
            stroke_width=24,
            stroke_linejoin="round",
        )
    )
    for y in range(540, 800, 45):
        parts.append(line(860, y, 900, y, "#5a5a5a", 6))
    parts.append(
        person(1000, 860, 380, SKIN[5], GREEN, hair=HAIR[2], style="cap", arms="wave")
    )
    parts.append(
        person(1200, 830, 200, SKIN[3], "#e96b7a", hair="#6a2f4f", style="long")
    )
    parts.append(rect(1260, 790, 40, 36, "#3f6e8c", rx=6))
    parts.append(person(1320, 860, 180, SKIN[1], "#5fb3c9", hair=HAIR[1], arms="up"))
    return svg(*parts, defs=[gradient("sunny", "#8cc6ee", "#f1f6ea")])


def summer_evening():
    """A summer evening: the youth centre lit, young people on its steps."""
    lit = {(r, c) for r in range(10) for c in range(5) if (r + c * 2) % 3 == 0}
    colours = ("#4a3d5c", "#3e3552", "#54465f")
    parts = [rect(0, 0, 1600, 900, "url(#sunset)"), circle(1000, 520, 120, "#ffd38a")]
    parts.append(towers(620, colours, lit))
    parts.append(rect(0, 600, 1600, 300, "#4f6b4a"))
    parts.append(rect(300, 420, 900, 260, "#c9b79c"))
    parts.append(poly([(270, 430), (1230, 430), (1200, 390), (300, 390)], "#5a4a3a"))
    for x in (360, 500, 960, 1100):
        parts.append(rect(x, 470, 90, 100, "#ffd98a"))
    parts.append(rect(680, 470, 140, 210, "#ffe6a8"))
    bulbs = "".join(
        circle(320 + i * 56, 440 + (i % 2) * 8, 7, "#fff2b0") for i in range(16)
    )
    parts.append(bulbs)
    for i, y in enumerate((680, 720, 760)):
        parts.append(rect(600 - i * 30, y, 300 + i * 60, 40, "#a39480"))
    for x, skin, top, hair, style, arms in (
        (560, SKIN[3], "#e96b7a", HAIR[0], "long", "down"),
        (700, SKIN[0], "#5fb3c9", HAIR[4], "cap", "wave"),
        (840, SKIN[5], "#f2d23c", HAIR[2], "short", "down"),
        (960, SKIN[2], "#9ed58b", "#2c3e50", "scarf", "down"),
    ):
        parts.append(
            person(
                x, 830 + (x % 3) * 8, 300, skin, top, hair=hair, style=style, arms=arms
            )
        )
    parts.append(ball(1060, 850, 26))
    parts.append(bush(160, 700, 200, "#3e5a3a"))
    parts.append(bush(1420, 700, 220, "#3e5a3a"))
    return svg(*parts, defs=[gradient("sunset", "#5a4a8a", "#f4a15f")])


SCENES = {
    "sodertalje-lekplats": playground,
    "sodertalje-sommarkvall": summer_evening,
}
