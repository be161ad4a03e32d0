"""Södertälje's pictures: the youth lab among the tower blocks of Lina Hage."""

from people import HAIR, SKIN, person
from svgkit import (
    building,
    circle,
    ellipse,
    gradient,
    limb,
    line,
    path,
    poly,
    rect,
    room,
    shadow,
    svg,
    tree,
)

GREEN = "#2f5e35"
VEST = "#f2d23c"


def towers(ground, colours=("#c9d3c4", "#b7c2bd", "#d4d8cc"), lit=()):
    """Three tower blocks of Lina Hage across the back."""
    return (
        building(60, ground, 360, 520, colours[0], "#7d8f96", 9, 5, lit)
        + building(620, ground, 380, 600, colours[1], "#7d8f96", 10, 5, lit)
        + building(1200, ground, 360, 480, colours[2], "#7d8f96", 8, 5, lit)
    )


def ball(x, y, r=22):
    return circle(x, y, r, "#ffffff", stroke="#2b2b2b", stroke_width=3) + poly(
        [
            (x - r * 0.3, y - r * 0.2),
            (x + r * 0.3, y - r * 0.2),
            (x + r * 0.4, y + r * 0.3),
            (x, y + r * 0.55),
            (x - r * 0.4, y + r * 0.3),
        ],
        "#2b2b2b",
    )


def youth_centre():
    """The youth centre: a mural, table tennis and a sofa where they talk."""
    parts = [room("#e9e4da", "#7f8c99", horizon=600)]
    for cx, cy, r, colour in (
        (260, 250, 190, "#9ed58b"),
        (560, 180, 130, "#f0a35c"),
        (900, 280, 220, "#5fb3c9"),
        (1250, 170, 150, "#e96b7a"),
        (1480, 330, 170, "#f2d23c"),
    ):
        parts.append(circle(cx, cy, r, colour, opacity=0.8))
    parts.append(
        path(
            "M0 460 C300 360 500 520 800 430 S1300 360 1600 450 V586 H0 Z",
            GREEN,
            opacity=0.85,
        )
    )
    parts.append(shadow(560, 820, 330, 30))
    parts += [rect(300, 690, 14, 130, "#2b2b2b"), rect(806, 690, 14, 130, "#2b2b2b")]
    parts.append(poly([(260, 700), (860, 700), (820, 620), (300, 620)], "#2d7a5a"))
    parts.append(line(560, 622, 560, 698, "#ffffff", 4))
    parts.append(rect(300, 600, 520, 26, "#e9e9e9", opacity=0.85))
    parts.append(
        person(200, 800, 330, SKIN[5], "#e96b7a", hair=HAIR[2], arms="forward")
    )
    parts.append(
        person(
            920, 760, 320, SKIN[4], "#3f6e8c", hair=HAIR[1], style="cap", arms="forward"
        )
    )
    parts.append(circle(700, 560, 10, "#ffffff"))
    parts.append(rect(1020, 600, 520, 200, "#6c5a8c", rx=30))
    parts.append(rect(1000, 560, 560, 90, "#7e6ba0", rx=30))
    for x, skin, top, hair, style in (
        (1130, SKIN[2], "#f0a35c", HAIR[0], "long"),
        (1280, SKIN[0], "#2f3e55", HAIR[4], "short"),
        (1430, SKIN[3], "#9ed58b", "#2c3e50", "scarf"),
    ):
        parts.append(
            person(x, 700, 300, skin, top, hair=hair, style=style, seated=True)
        )
    parts.append(rect(1000, 640, 60, 170, "#7e6ba0", rx=24))
    parts.append(rect(1500, 640, 60, 170, "#7e6ba0", rx=24))
    return svg(*parts)


def flower_box(x, ground, rng_colours):
    parts = [rect(x, ground - 70, 220, 70, "#8a6a52", rx=6)]
    for i, colour in enumerate(rng_colours):
        fx = x + 26 + i * 34
        parts.append(line(fx, ground - 70, fx, ground - 120, "#4f8a45", 6))
        parts.append(circle(fx, ground - 126, 16, colour))
        parts.append(circle(fx, ground - 126, 6, "#ffe46b"))
    return "".join(parts)


def summer_jobs():
    """Summer jobs: painting a bench and planting flowers in the courtyard."""
    parts = [rect(0, 0, 1600, 620, "url(#noon)"), towers(620)]
    parts.append(rect(0, 600, 1600, 300, "#8fbf6a"))
    parts.append(path("M0 700 L1600 660 V760 L0 820 Z", "#d8cfc2"))
    parts += [tree(520, 640, 300), tree(1120, 640, 320)]
    parts.append(shadow(640, 860, 260, 20))
    for x in (440, 820):
        parts.append(rect(x, 770, 16, 90, "#3a3a3a"))
    for i, y in enumerate((700, 740, 780)):
        parts.append(rect(410, y, 460, 26, "#4f9a5a" if i < 2 else "#a07d5a", rx=6))
    parts.append(rect(880, 800, 70, 70, "#c9ced3", rx=6))
    parts.append(ellipse(915, 800, 35, 10, "#4f9a5a"))
    parts.append(
        person(
            230,
            880,
            380,
            SKIN[1],
            "#2f3e55",
            hair=HAIR[2],
            style="cap",
            arms="forward",
            vest=VEST,
        )
    )
    parts.append(limb([(352, 622), (560, 712)], "#a07d5a", 10))
    parts.append(rect(545, 700, 50, 30, "#4f9a5a", rx=4))
    parts.append(
        flower_box(
            1190,
            880,
            ["#e96b7a", "#ffffff", "#f0a35c", "#b07ad9", "#e96b7a", "#ffffff"],
        )
    )
    parts.append(
        person(
            1020,
            860,
            360,
            SKIN[3],
            "#f0a35c",
            hair=HAIR[0],
            style="long",
            arms="forward",
            vest=VEST,
        )
    )
    parts.append(path("M1175 640 l50 -34 v16 l-44 38 Z", "#3f6e8c"))
    parts.append(rect(1110, 615, 70, 60, "#3f6e8c", rx=10))
    for i in range(4):
        parts.append(ellipse(1232 + i * 9, 640 + i * 30, 5, 9, "#9cc9f5"))
    parts.append(
        flower_box(
            1380,
            880,
            ["#f0a35c", "#b07ad9", "#ffffff", "#e96b7a", "#f0a35c", "#ffffff"],
        )
    )
    return svg(*parts, defs=[gradient("noon", "#7fb9e6", "#e8f2f7")])


def football():
    """A Wednesday evening match on the new artificial pitch between the blocks."""
    lit = {(r, c) for r in range(10) for c in range(5) if (r * 3 + c) % 4 == 0}
    parts = [rect(0, 0, 1600, 560, "url(#evening)"), towers(560, lit=lit)]
    for x in (120, 1480):
        parts.append(rect(x - 6, 120, 12, 460, "#4a4a52"))
        parts.append(rect(x - 40, 110, 80, 30, "#f4f1e0", rx=4))
    parts.append(rect(0, 540, 1600, 360, "#3f8f4a"))
    for i in range(8):
        parts.append(rect(i * 200, 540, 100, 360, "#45994f"))
    parts.append(
        path("M80 890 L260 580 H1340 L1520 890", stroke="#ffffff", stroke_width=6)
    )
    parts.append(line(800, 580, 800, 900, "#ffffff", 6))
    parts.append(ellipse(800, 720, 170, 60, "none", stroke="#ffffff", stroke_width=6))
    parts.append(path("M1200 700 V560 H1420 V700", stroke="#ffffff", stroke_width=10))
    for i in range(1, 10):
        parts.append(
            line(1200 + i * 22, 560, 1210 + i * 20, 690, "#ffffff", 1.5, opacity=0.6)
        )
    players = [
        (420, 760, "#e96b7a", "wave"),
        (640, 700, "#3f6e8c", "down"),
        (880, 800, "#e96b7a", "forward"),
        (1060, 690, "#3f6e8c", "up"),
        (1300, 690, "#f2d23c", "up"),
    ]
    for i, (x, ground, shirt, arms) in enumerate(players):
        parts.append(
            person(
                x,
                ground,
                230 + (ground - 690) * 0.7,
                SKIN[i % 6],
                shirt,
                hair=HAIR[i],
                style=["short", "cap", "long", "short", "bun"][i],
                arms=arms,
            )
        )
    parts.append(ball(980, 800))
    for i, x in enumerate((170, 230, 290)):
        parts.append(
            person(
                x,
                620,
                170,
                SKIN[(i + 3) % 6],
                "#8a8f99",
                hair=HAIR[(i + 2) % 6],
                style=["scarf", "short", "long"][i],
            )
        )
    return svg(*parts, defs=[gradient("evening", "#384c7a", "#f0b27a")])


SCENES = {
    "sodertalje-fritidsgard": youth_centre,
    "sodertalje-sommarjobb": summer_jobs,
    "sodertalje-fotboll": football,
}
