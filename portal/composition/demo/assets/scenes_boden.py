"""Boden's pictures: BIS, the meeting place where fifty partners share a roof."""

import random

from people import HAIR, SKIN, person
from svgkit import (
    bun,
    chair,
    chair_back,
    circle,
    cup,
    ellipse,
    gradient,
    group,
    line,
    path,
    plant,
    poly,
    rect,
    room,
    shadow,
    svg,
    table,
    text,
    tree,
    window,
)

NOTES = ["#ffe46b", "#ff9fb2", "#9fe0a9", "#9cc9f5", "#ffc56b"]


def note(x, y, colour, angle, rng):
    scribbles = "".join(
        line(
            x + 12,
            y + 20 + i * 16,
            x + 12 + rng.randint(30, 56),
            y + 20 + i * 16,
            "#4a4a4a",
            3,
        )
        for i in range(rng.randint(2, 3))
    )
    return group(
        rect(x + 3, y + 4, 76, 76, "#000000", opacity=0.08),
        rect(x, y, 76, 76, colour),
        scribbles,
        transform=f"rotate({angle} {x + 38} {y + 38})",
    )


def workshop():
    """The evaluation workshop: a wall of notes, a table, a November evening."""
    rng = random.Random(13)  # noqa: S311 - decoration
    parts = [room("#ece6da", "#b9a38a", horizon=640)]
    parts.append(rect(120, 80, 940, 500, "#d6cdbf", rx=6))
    parts.append(rect(134, 94, 912, 472, "#fbfaf6"))
    for col in range(3):  # three headed columns
        parts.append(rect(170 + col * 300, 116, 230, 44, "#ffffff", stroke="#9a9184"))
        parts.append(line(200 + col * 300, 138, 370 + col * 300, 138, "#2f2f2f", 5))
    for row in range(4):
        for col in range(9):
            if rng.random() < 0.18:
                continue
            x = 160 + col * 98 + rng.randint(-6, 6)
            y = 186 + row * 92 + rng.randint(-6, 6)
            parts.append(
                note(x, y, NOTES[(col // 3 + row + col) % 5], rng.randint(-7, 7), rng)
            )
    outside = (
        rect(1190, 360, 320, 70, "#e9eef5")
        + "".join(
            tree(1215 + i * 70, 380, 120, "pine", leaf="#1c2a35") for i in range(5)
        )
        + circle(1420, 250, 40, "#ffd98a", opacity=0.35)
        + line(1420, 250, 1420, 430, "#1c2230", 6)
    )
    parts.append(window(1190, 110, 320, 320, "url(#dusk)", extra=outside))
    parts.append(
        person(
            470,
            760,
            380,
            SKIN[0],
            "#3f6e8c",
            hair=HAIR[4],
            style="long",
            back=True,
            arms="wave",
        )
    )
    parts.append(person(860, 750, 370, SKIN[3], "#b5533c", hair=HAIR[2], back=True))
    parts.append(table(180, 960, 1240, 150, colour="#c9a577"))
    for x, y, angle in ((330, 780, -8), (560, 790, 5), (1010, 785, -3)):
        parts.append(
            rect(
                x,
                y,
                150,
                100,
                "#ffffff",
                transform=f"rotate({angle} {x} {y})",
                opacity=0.95,
            )
        )
    for x, colour in ((720, "#d23b3b"), (745, "#2f6fb0"), (770, "#2d8a4e")):
        parts.append(
            rect(x, 800, 16, 70, colour, rx=6, transform=f"rotate(70 {x} 800)")
        )
    parts += [
        cup(460, 812, 40, "#f2f2f2"),
        cup(900, 818, 40, "#3f6e8c"),
        cup(1250, 812, 40),
    ]
    parts.append(rect(1130, 700, 50, 120, "#6d7b88", rx=10))
    return svg(*parts, defs=[gradient("dusk", "#16223a", "#44557a")])


def meeting_place():
    """One door in: an information desk, brochures and a notice board."""
    parts = [room("#f3efe6", "#d8c9b1", horizon=600)]
    parts.append(rect(140, 120, 330, 250, "#c8a27a", rx=6))
    for i, colour in enumerate(
        ["#ffffff", "#9cc9f5", "#ffe46b", "#ff9fb2", "#9fe0a9", "#ffffff"]
    ):
        x, y = 165 + (i % 3) * 100, 145 + (i // 3) * 110
        parts.append(
            rect(x, y, 80, 90, colour, transform=f"rotate({(i * 7) % 11 - 5} {x} {y})")
        )
        parts.append(circle(x + 40, y + 8, 6, "#c23b3b"))
    parts.append(rect(1180, 150, 250, 430, "#fff7d6"))  # the open door's light
    parts.append(rect(1165, 135, 280, 15, "#8a7f70"))
    parts.append(poly([(1180, 150), (1260, 175), (1260, 600), (1180, 580)], "#7f9cb3"))
    parts.append(person(780, 700, 340, SKIN[2], "#ffffff", hair=HAIR[0], arms="wave"))
    parts.append(rect(500, 560, 600, 230, "#3f6e8c", rx=6))
    parts.append(rect(480, 540, 640, 30, "#e9e2d4", rx=6))
    parts.append(circle(620, 500, 34, "#2f6fb0"))
    parts.append(text(620, 514, "i", 44, "#ffffff"))
    parts.append(rect(180, 470, 180, 300, "#8a7f70", rx=6))
    for row in range(4):
        for col in range(3):
            colour = NOTES[(row + col) % 5]
            parts.append(rect(196 + col * 56, 486 + row * 70, 44, 60, colour))
    for x in (1290, 1390, 1490):
        parts.append(chair(x, 760, "#b5533c", height=190))
    parts.append(
        person(
            1390,
            665,
            300,
            SKIN[3],
            "#5e8f55",
            hair="#7b3f61",
            style="scarf",
            seated=True,
        )
    )
    parts.append(person(1490, 680, 220, SKIN[3], "#ffb347", hair=HAIR[2], seated=True))
    parts.append(person(950, 900, 420, SKIN[0], "#6c5a8c", hair=HAIR[1], back=True))
    parts.append(plant(1100, 830, 110))
    return svg(*parts)


def cafe_table(x, ground, near, far, rng):
    """Two people talking over a round table, one seen from behind."""
    parts = [chair(x + 40, ground - 60, "#6b4a32", height=170)]
    parts.append(
        person(
            x + 40,
            ground - 145,
            290,
            far[0],
            far[1],
            hair=far[2],
            style=far[3],
            seated=True,
            arms="table",
        )
    )
    parts.append(shadow(x, ground, 150, 22))
    parts += [
        rect(x - 10, ground - 165, 20, 165, "#3b3b3b"),
        ellipse(x, ground, 70, 14, "#3b3b3b"),
    ]
    parts.append(ellipse(x, ground - 170, 150, 30, "#f6f1e7"))
    parts += [cup(x - 70, ground - 170, 26), cup(x + 60, ground - 167, 26, "#c4d8e8")]
    parts.append(bun(x - 5, ground - 163, 30))
    for i in range(2):
        cx = x - 30 + i * 40 + rng.randint(-4, 4)
        parts.append(rect(cx, ground - 190, 34, 22, "#ffffff", stroke="#c9c1b2"))
    parts.append(
        person(
            x - 60,
            ground + 5,
            300,
            near[0],
            near[1],
            hair=near[2],
            style=near[3],
            seated=True,
            back=True,
        )
    )
    parts.append(chair_back(x - 60, ground + 5, "#6b4a32", height=170))
    return "".join(parts)


def language_cafe():
    """The Tuesday language café: pairs talking at round tables, with buns."""
    rng = random.Random(20)  # noqa: S311 - decoration
    parts = [room("#f0dcc4", "#a9825c", horizon=560)]
    for x in (80, 560, 1040):
        parts.append(
            window(
                x,
                90,
                420,
                300,
                "url(#march)",
                panes=3,
                extra=rect(x, 330, 420, 60, "#dfe6ee"),
            )
        )
    bulbs = "".join(
        circle(40 + i * 76, 60 + 18 * (i % 2), 9, "#ffd98a") for i in range(21)
    )
    parts += [path("M0 55 Q800 100 1600 55", stroke="#5a4634", stroke_width=3), bulbs]
    parts.append(rect(1330, 430, 270, 170, "#7d5a3c"))
    parts.append(rect(1320, 420, 290, 22, "#d9c2a0"))
    parts.append(rect(1380, 340, 60, 82, "#b8bfc6", rx=8))
    parts += [bun(1480, 420, 30), bun(1520, 420, 30), bun(1500, 405, 30)]
    people = [
        ((SKIN[1], "#2f6fb0", HAIR[1], "short"), (SKIN[3], "#d0743c", HAIR[2], "long")),
        (
            (SKIN[4], "#7a5195", "#6a2f4f", "scarf"),
            (SKIN[0], "#3f8f6b", HAIR[4], "bun"),
        ),
        ((SKIN[5], "#c23b3b", HAIR[2], "short"), (SKIN[2], "#e0b040", HAIR[0], "cap")),
    ]
    for (x, ground), (far, near) in zip(
        ((330, 780), (820, 840), (1260, 790)), people, strict=True
    ):
        parts.append(cafe_table(x, ground, near, far, rng))
    return svg(*parts, defs=[gradient("march", "#7f98c0", "#f3c9a1")])


SCENES = {
    "boden-workshop-lappar": workshop,
    "boden-motesplats": meeting_place,
    "boden-sprakcafe": language_cafe,
}
