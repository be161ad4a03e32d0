"""Norrköping's pictures: the women's lab at Portalen in Navestad."""

from people import HAIR, SKIN, person
from svgkit import (
    building,
    bun,
    chair,
    chair_back,
    circle,
    cup,
    ellipse,
    gradient,
    limb,
    line,
    path,
    plant,
    poly,
    rect,
    room,
    shadow,
    svg,
    table,
    tree,
    window,
)

ROSE = "#7a2e3b"


def camera(x, ground):
    """A video camera on a tripod, lens to the right."""
    top = ground - 330
    return (
        shadow(x, ground, 120, 18)
        + limb([(x, top + 40), (x - 110, ground)], "#2b2b2b", 10)
        + limb([(x, top + 40), (x + 110, ground)], "#2b2b2b", 10)
        + limb([(x, top + 40), (x + 10, ground + 12)], "#2b2b2b", 10)
        + rect(x - 90, top - 50, 170, 90, "#262a30", rx=12)
        + rect(x + 80, top - 38, 70, 66, "#3a3f47", rx=8)
        + ellipse(x + 150, top - 5, 14, 33, "#5d8fb8")
        + rect(x - 120, top - 62, 80, 54, "#3a3f47", rx=6)
        + rect(x - 112, top - 55, 64, 40, "#7fb2d9")
        + circle(x + 56, top - 34, 7, "#d23b3b")
    )


def softbox(x, ground, towards):
    head = ground - 420
    return (
        poly(
            [
                (x - 70, head - 60),
                (x - 70, head + 60),
                (towards, ground),
                (towards - 380, ground),
            ],
            "#fff8dc",
            opacity=0.28,
        )
        + limb([(x, head), (x - 70, ground), (x, head), (x + 70, ground)], "#2b2b2b", 8)
        + line(x, head, x, ground, "#2b2b2b", 8)
        + rect(
            x - 80,
            head - 80,
            150,
            160,
            "#f4f4f0",
            rx=10,
            stroke="#2b2b2b",
            stroke_width=10,
        )
    )


def interview():
    """Filming day: a camera and a light on a woman telling her story."""
    parts = [room("#eadfe3", "#b59f98", horizon=600)]
    parts.append(rect(180, 140, 300, 420, "#c9b3a0"))
    for shelf in range(4):
        y = 180 + shelf * 100
        parts.append(rect(180, y + 60, 300, 12, "#8a6a52"))
        for i in range(7):
            colour = ["#7a2e3b", "#f3b4a6", "#3f6e8c", "#e0b040", "#5e8f55"][
                (i + shelf) % 5
            ]
            parts.append(
                rect(196 + i * 38, y - 10 + (i % 3) * 6, 28, 70 - (i % 3) * 6, colour)
            )
    parts.append(table(560, 640, 380, 110, colour="#ffffff", leg="#c9c1b2"))
    parts += [
        bun(640, 514, 40),
        bun(700, 514, 40),
        cup(780, 516, 34),
        cup(840, 516, 34, ROSE),
    ]
    parts.append(rect(880, 440, 40, 80, "#9aa3ad", rx=8))
    parts.append(plant(1480, 650, 130))
    parts.append(chair(1060, 820, "#5e5e6e", height=260, width=150))
    parts.append(
        person(
            1060,
            690,
            360,
            SKIN[2],
            "#e3a33c",
            hair="#2f4f6f",
            style="scarf",
            seated=True,
            arms="table",
        )
    )
    parts.append(softbox(1370, 830, 1120))
    parts.append(camera(420, 900))
    return svg(*parts)


def flip_chart():
    """An evaluation: a flip chart with pluses and minuses, chairs around it."""
    parts = [room("#e7e3da", "#9c8f80", horizon=640)]
    wood = "#8a6a52"
    parts.append(
        window(
            1150,
            120,
            330,
            300,
            "url(#autumn)",
            extra="".join(
                tree(1190 + i * 90, 420, 230, leaf="#b9855a") for i in range(4)
            ),
        )
    )
    parts.append(limb([(800, 140), (700, 720)], "#6b4a32", 14))
    parts.append(limb([(800, 140), (900, 720)], "#6b4a32", 14))
    parts.append(rect(600, 110, 400, 500, "#ffffff", stroke="#c9c1b2"))
    parts.append(line(800, 180, 800, 580, "#d0c8bb", 4))
    parts += [
        line(660, 160, 720, 160, "#2d8a4e", 14),
        line(690, 130, 690, 190, "#2d8a4e", 14),
    ]
    parts.append(line(880, 160, 940, 160, "#c23b3b", 14))
    for i in range(5):
        y = 230 + i * 70
        parts.append(path(f"M630 {y} l12 14 l22 -26", stroke="#2d8a4e", stroke_width=6))
        parts.append(line(680, y, 680 + 60 + (i * 23) % 50, y, "#3a3a3a", 5))
        if i < 4:
            parts.append(line(840, y, 900 + (i * 31) % 60, y, "#3a3a3a", 5))
    parts.append(
        person(1080, 780, 380, SKIN[0], ROSE, hair=HAIR[4], style="bun", arms="forward")
    )
    seats = [
        (250, SKIN[3], "#3f6e8c", "#1b1b1b", "scarf"),
        (560, SKIN[1], "#e0b040", HAIR[1], "long"),
        (1000, SKIN[5], "#5e8f55", HAIR[2], "short"),
        (1330, SKIN[4], "#f3b4a6", "#6a2f4f", "scarf"),
    ]
    for x, skin, top, hair, style in seats:
        parts.append(
            person(
                x, 860, 330, skin, top, hair=hair, style=style, seated=True, back=True
            )
        )
        parts.append(chair_back(x, 860, wood, height=200))
    return svg(*parts, defs=[gradient("autumn", "#a9b7c6", "#e6e1d6")])


def conference():
    """Social Innovation Summit: a speaker, two overlapping circles, an audience."""
    parts = [rect(0, 0, 1600, 900, "#23252f")]
    for x in (300, 800, 1300):
        parts.append(
            poly(
                [(x - 20, 0), (x + 20, 0), (x + 220, 620), (x - 220, 620)],
                "#fff3c4",
                opacity=0.06,
            )
        )
    parts.append(rect(0, 560, 1600, 80, "#3a3d4a"))
    parts.append(rect(360, 70, 880, 440, "#f4f1ea", rx=6))
    parts.append(circle(700, 290, 160, "#3aa7a0", opacity=0.85))
    parts.append(circle(900, 290, 160, "#f08a6c", opacity=0.75))
    parts.append(person(1360, 560, 330, SKIN[0], "#2f3e55", hair=HAIR[4]))
    parts.append(poly([(1290, 410), (1430, 410), (1410, 560), (1310, 560)], "#7a5a3c"))
    parts.append(line(1340, 400, 1370, 370, "#1b1b1b", 5))
    tops = ["#3f6e8c", "#7a2e3b", "#5e8f55", "#b5533c", "#6c5a8c", "#e0b040"]
    for row, (ground, size) in enumerate(((900, 300), (990, 330), (1090, 360))):
        for i in range(9):
            x = 60 + i * 185 + (row % 2) * 90
            style = ["short", "long", "bun", "scarf", "short"][(i + row) % 5]
            parts.append(
                person(
                    x,
                    ground,
                    size,
                    SKIN[(i + row) % 6],
                    tops[(i * 2 + row) % 6],
                    hair=HAIR[(i + row * 2) % 6],
                    style=style,
                    seated=True,
                    back=True,
                )
            )
    return svg(*parts)


def cyclist(x, ground, skin, top, helmet, scarf=None):
    """A woman on a bicycle, riding to the right."""
    wheel = 62
    rear, front = (x - 95, ground - wheel), (x + 95, ground - wheel)
    seat, bars = (x - 30, ground - 170), (x + 60, ground - 185)
    parts = [shadow(x, ground, 150, 14)]
    for cx, cy in (rear, front):
        parts.append(circle(cx, cy, wheel, "none", stroke="#2b2b2b", stroke_width=9))
    parts.append(limb([rear, (x, ground - 60), seat, rear], "#3f6e8c", 9))
    parts.append(limb([(x, ground - 60), (x + 50, ground - 160), front], "#3f6e8c", 9))
    parts.append(limb([(x + 50, ground - 160), bars], "#2b2b2b", 8))
    parts.append(
        limb([seat, (x + 20, ground - 110), (x + 5, ground - 55)], "#2f2f3f", 20)
    )
    hip, shoulder = (x - 30, ground - 185), (x + 5, ground - 290)
    parts.append(limb([hip, shoulder], top, 46))
    parts.append(limb([shoulder, (x + 40, ground - 230), bars], top, 16))
    parts.append(circle(bars[0], bars[1], 9, skin))
    head = (x + 20, ground - 335)
    if scarf:
        parts.append(circle(head[0], head[1], 30, scarf))
        parts.append(ellipse(head[0] + 8, head[1] + 4, 18, 22, skin))
    else:
        parts.append(circle(head[0], head[1], 27, skin))
    parts.append(
        path(
            f"M{head[0] - 34} {head[1] - 4} A34 30 0 0 1 {head[0] + 34} "
            f"{head[1] - 4} Z",
            helmet,
        )
    )
    return "".join(parts)


def cycling():
    """The cycling course in the car park behind Portalen, between cones."""
    parts = [rect(0, 0, 1600, 560, "url(#summer)")]
    parts.append(building(80, 560, 620, 330, "#e7c3b8", "#7a8ea3", 5, 8))
    parts.append(building(760, 560, 760, 280, "#d9d1c7", "#7a8ea3", 4, 9))
    parts += [tree(40, 580, 260), tree(720, 580, 240), tree(1560, 580, 280)]
    parts.append(rect(0, 560, 1600, 340, "#a3a5a8"))
    for i in range(9):
        parts.append(line(60 + i * 190, 600, 20 + i * 190, 680, "#ffffff", 6))
    for i in range(6):
        x = 160 + i * 250
        parts.append(
            poly([(x - 22, 830), (x + 22, 830), (x + 8, 770), (x - 8, 770)], "#f07a2a")
        )
        parts.append(rect(x - 15, 795, 30, 10, "#ffffff"))
    parts.append(cyclist(420, 860, SKIN[2], "#7a5195", "#f3b4a6", scarf="#2f4f6f"))
    parts.append(cyclist(1000, 800, SKIN[4], "#3f8f6b", "#e0b040"))
    parts.append(cyclist(1350, 760, SKIN[5], ROSE, "#9cc9f5", scarf="#e3a33c"))
    parts.append(person(760, 700, 300, SKIN[0], "#f07a2a", hair=HAIR[1], arms="wave"))
    return svg(*parts, defs=[gradient("summer", "#8ec1e8", "#e4f1f8")])


SCENES = {
    "norrkoping-intervju": interview,
    "norrkoping-bladderblock": flip_chart,
    "norrkoping-konferens": conference,
    "norrkoping-cykelkurs": cycling,
}
