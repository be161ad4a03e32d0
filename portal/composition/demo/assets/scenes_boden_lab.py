"""Boden's lab and film: the BIS house in winter, and the film's poster."""

import math
import random

from people import HAIR, SKIN, person
from svgkit import (
    circle,
    ellipse,
    gradient,
    line,
    path,
    poly,
    rect,
    svg,
    text,
    tree,
)

NOTES = ["#ffe46b", "#ff9fb2", "#9fe0a9", "#9cc9f5", "#ffc56b"]


def winter_house():
    """BIS's building on a winter afternoon, northern lights above the pines."""
    parts = [rect(0, 0, 1600, 900, "url(#polar)")]
    for d, colour, width in (
        ("M-20 150 C300 40 560 210 900 110 S1400 60 1640 150", "#7fe0b4", 34),
        ("M-20 210 C340 120 600 250 960 170 S1380 130 1640 200", "#b8f0d6", 16),
    ):
        parts.append(
            path(
                d,
                stroke=colour,
                stroke_width=width,
                stroke_linecap="round",
                opacity=0.45,
            )
        )
    parts += [
        tree(60 + i * 110, 600, 170 + (i * 37) % 60, "pine", leaf="#1d3a34")
        for i in range(15)
    ]
    parts.append(rect(0, 590, 1600, 310, "#eef3f7"))
    parts.append(ellipse(800, 900, 900, 120, "#dfe8f0"))
    parts.append(rect(360, 330, 880, 300, "#9b3b2e"))
    parts.append(poly([(330, 340), (800, 190), (1270, 340)], "#3a3a44"))
    parts.append(
        poly(
            [(330, 340), (800, 190), (1270, 340), (1240, 330), (800, 206), (360, 330)],
            "#ffffff",
        )
    )
    for row in range(2):
        for col in range(8):
            if col in (3, 4) and row == 1:
                continue
            x, y = 400 + col * 102, 370 + row * 130
            parts += [
                rect(x - 6, y - 6, 72, 92, "#f5efe4"),
                rect(x, y, 60, 80, "#ffd98a"),
            ]
    parts.append(rect(730, 500, 140, 130, "#fff4cc"))
    parts += [
        rect(716, 488, 168, 16, "#f5efe4"),
        rect(740, 440, 120, 44, "#1f4f73", rx=6),
    ]
    parts.append(text(800, 474, "BIS", 32, "#ffffff"))
    parts.append(rect(1290, 470, 12, 160, "#2b2b33"))
    parts.append(circle(1296, 460, 22, "#ffe7a8"))
    parts.append(person(800, 700, 150, SKIN[1], "#2f6fb0", hair=HAIR[0], back=True))
    parts.append(
        person(
            930, 770, 230, SKIN[3], "#b5533c", hair="#2c3e50", style="scarf", back=True
        )
    )
    parts.append(
        person(1000, 780, 150, SKIN[3], "#e0b040", hair=HAIR[2], style="cap", back=True)
    )
    parts.append(
        person(
            560,
            820,
            270,
            SKIN[0],
            "#3f8f6b",
            hair=HAIR[4],
            style="bun",
            back=True,
            arms="wave",
        )
    )
    for x, ground, size in ((170, 880, 330), (1460, 890, 360)):
        parts.append(tree(x, ground, size, "pine", leaf="#24463d"))
        parts.append(
            poly(
                [
                    (x, ground - size),
                    (x - size * 0.1, ground - size * 0.8),
                    (x + size * 0.1, ground - size * 0.8),
                ],
                "#ffffff",
            )
        )
    return svg(*parts, defs=[gradient("polar", "#1a2b4f", "#d89a7c")])


def network():
    """The film's poster: BIS in the middle, lines out to some fifty partners."""
    rng = random.Random(50)  # noqa: S311 - decoration
    parts = [rect(0, 0, 1600, 900, "url(#deep)")]
    colours = ["#7fe0b4", "#ffd98a", "#9cc9f5", "#ff9fb2", "#ffffff", "#ffc56b"]
    dots = []
    for ring, count in ((190, 12), (300, 18), (400, 20)):
        for i in range(count):
            angle = 2 * 3.14159 * (i + rng.random() * 0.4) / count
            x = 800 + ring * 1.35 * math.cos(angle)
            y = 450 + ring * math.sin(angle) * 0.95
            dots.append((x, y, rng.choice(colours), rng.randint(10, 18)))
    for x, y, _colour, _r in dots:
        parts.append(line(800, 450, x, y, "#ffffff", 2, opacity=0.25))
    for x, y, colour, r in dots:
        parts.append(circle(x, y, r, colour))
    parts.append(circle(800, 450, 110, "#ffffff", opacity=0.12))
    parts.append(circle(800, 450, 86, "#1f4f73"))
    parts.append(path("M748 492 V446 L800 404 L852 446 V492 Z", "#ffffff"))
    parts.append(rect(788, 456, 24, 36, "#1f4f73"))
    return svg(*parts, defs=[gradient("deep", "#1f4f73", "#23443a")])


SCENES = {
    "boden-bis-vinter": winter_house,
    "boden-natverk": network,
}
