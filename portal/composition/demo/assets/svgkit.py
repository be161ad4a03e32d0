"""Shapes the demo scenes are drawn with: SVG text, one string per shape.

Used by make_assets.py, people.py and the scenes_*.py modules beside it (run
by hand, never imported by the portal). Every scene is 1600 × 900; (x, y) of a
figure or a piece of furniture is where it stands on the floor.
"""

WIDTH, HEIGHT = 1600, 900

SHADOW = "#000000"


def _attrs(values):
    return " ".join(
        f'{key.rstrip("_").replace("_", "-")}="{value}"'
        for key, value in values.items()
        if value is not None
    )


def tag(name, **values):
    return f"<{name} {_attrs(values)}/>"


def rect(x, y, w, h, fill, rx=0, **values):
    return tag("rect", x=x, y=y, width=w, height=h, fill=fill, rx=rx, **values)


def circle(cx, cy, r, fill, **values):
    return tag("circle", cx=cx, cy=cy, r=r, fill=fill, **values)


def ellipse(cx, cy, rx, ry, fill, **values):
    return tag("ellipse", cx=cx, cy=cy, rx=rx, ry=ry, fill=fill, **values)


def poly(points, fill, **values):
    text = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
    return tag("polygon", points=text, fill=fill, **values)


def path(d, fill="none", **values):
    return tag("path", d=d, fill=fill, **values)


def line(x1, y1, x2, y2, stroke, width, **values):
    return tag(
        "line",
        x1=x1,
        y1=y1,
        x2=x2,
        y2=y2,
        stroke=stroke,
        stroke_width=width,
        stroke_linecap="round",
        **values,
    )


def limb(points, stroke, width):
    """A rounded stroke through points: an arm, a leg, a rope."""
    d = "M" + " L".join(f"{x:.1f} {y:.1f}" for x, y in points)
    return path(
        d,
        stroke=stroke,
        stroke_width=width,
        stroke_linecap="round",
        stroke_linejoin="round",
    )


def group(*parts, **values):
    return f"<g {_attrs(values)}>{''.join(parts)}</g>"


def text(x, y, words, size, fill, anchor="middle", weight="bold"):
    return (
        f'<text x="{x}" y="{y}" font-family="DejaVu Sans" font-size="{size}" '
        f'font-weight="{weight}" fill="{fill}" text-anchor="{anchor}">{words}</text>'
    )


def gradient(name, top, bottom, horizontal=False):
    end = 'x2="1" y2="0"' if horizontal else 'x2="0" y2="1"'
    return (
        f'<linearGradient id="{name}" x1="0" y1="0" {end}>'
        f'<stop offset="0" stop-color="{top}"/>'
        f'<stop offset="1" stop-color="{bottom}"/></linearGradient>'
    )


def svg(*parts, defs=()):
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" '
        f'height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}">'
        f"<defs>{''.join(defs)}</defs>{''.join(parts)}</svg>"
    )


def shadow(x, y, rx, ry=None, opacity=0.14):
    return ellipse(x, y, rx, ry or rx * 0.18, SHADOW, opacity=opacity)


# Rooms and outdoor settings -------------------------------------------------


def room(wall, floor, horizon=620, skirting="#ffffff"):
    """A back wall down to horizon and a floor below it."""
    return (
        rect(0, 0, WIDTH, horizon, wall)
        + rect(0, horizon, WIDTH, HEIGHT - horizon, floor)
        + rect(0, horizon - 14, WIDTH, 14, skirting, opacity=0.7)
    )


def window(x, y, w, h, outside, frame="#ffffff", panes=2, extra=""):
    """A window with a view: outside is a fill (or gradient url), extra is
    drawn inside it (trees, snow), clipped to the glass by hand."""
    bars = "".join(
        rect(x + w * i / panes - 5, y, 10, h, frame) for i in range(1, panes)
    )
    return (
        rect(x - 14, y - 14, w + 28, h + 28, frame)
        + rect(x, y, w, h, outside)
        + extra
        + bars
        + rect(x - 24, y + h + 10, w + 48, 14, frame)
    )


def building(x, ground, w, h, colour, glass, rows, cols, lit=()):
    """A block of flats: rows × cols windows; lit is a set of (row, col)."""
    parts = [rect(x, ground - h, w, h, colour)]
    gap_x, gap_y = w / cols, (h - 40) / rows
    for row in range(rows):
        for col in range(cols):
            fill = "#ffd98a" if (row, col) in lit else glass
            parts.append(
                rect(
                    x + col * gap_x + gap_x * 0.25,
                    ground - h + 24 + row * gap_y,
                    gap_x * 0.5,
                    gap_y * 0.55,
                    fill,
                    rx=2,
                )
            )
    return "".join(parts)


def tree(x, ground, size, kind="round", leaf="#6f9a5a", trunk="#6b4a32"):
    if kind == "pine":
        layers = [
            poly(
                [
                    (x, ground - size * (1.0 - i * 0.22)),
                    (x - size * (0.22 + i * 0.08), ground - size * (0.55 - i * 0.2)),
                    (x + size * (0.22 + i * 0.08), ground - size * (0.55 - i * 0.2)),
                ],
                leaf,
            )
            for i in range(3)
        ]
        return rect(
            x - size * 0.03, ground - size * 0.2, size * 0.06, size * 0.2, trunk
        ) + "".join(layers)
    stem = "#f2efe8" if kind == "birch" else trunk
    crown = ellipse(x, ground - size * 0.7, size * 0.32, size * 0.36, leaf)
    return (
        rect(x - size * 0.035, ground - size * 0.5, size * 0.07, size * 0.5, stem)
        + crown
    )


def bush(x, ground, size, leaf="#7aa363"):
    return "".join(
        ellipse(x + dx * size, ground - size * 0.35, size * 0.45, size * 0.38, leaf)
        for dx in (-0.4, 0.0, 0.4)
    )


def plant(x, ground, size=60, pot="#c46b4e", leaf="#5e8f55"):
    leaves = "".join(
        ellipse(
            x + dx * size,
            ground - size * (1.0 + dy),
            size * 0.16,
            size * 0.42,
            leaf,
            transform=f"rotate({angle} {x + dx * size} {ground - size * (1.0 + dy)})",
        )
        for dx, dy, angle in ((-0.25, 0.1, -30), (0.25, 0.1, 30), (0, 0.25, 0))
    )
    return leaves + poly(
        [
            (x - size * 0.3, ground - size * 0.6),
            (x + size * 0.3, ground - size * 0.6),
            (x + size * 0.22, ground),
            (x - size * 0.22, ground),
        ],
        pot,
    )


# Furniture and things on tables ---------------------------------------------


def table(x, ground, w, top, colour="#b98a5e", leg="#7d5a3c", cloth=None):
    """A table seen from the front: x is its left edge, top its height."""
    y = ground - top
    parts = [shadow(x + w / 2, ground, w * 0.5, 16)]
    parts += [rect(x + 16, y, 14, top, leg), rect(x + w - 30, y, 14, top, leg)]
    parts.append(rect(x, y - 18, w, 22, colour, rx=4))
    if cloth:
        parts.append(rect(x - 6, y - 20, w + 12, 70, cloth, rx=6))
    return "".join(parts)


def chair(x, ground, colour="#3f6e8c", back=True, height=180, width=92):
    """A chair seen from the front, x its centre."""
    seat, half = ground - height * 0.5, width / 2
    parts = [
        rect(x - half + 6, seat, 10, height * 0.5, colour),
        rect(x + half - 16, seat, 10, height * 0.5, colour),
        rect(x - half, seat - 10, width, 16, colour, rx=4),
    ]
    if back:
        parts.insert(
            0,
            rect(
                x - half + 6, ground - height, width - 12, height * 0.45, colour, rx=8
            ),
        )
    return "".join(parts)


def cup(x, y, size=22, colour="#ffffff", drink="#6b3f22"):
    """A cup standing at (x, y)."""
    return (
        path(
            f"M{x + size * 0.45} {y - size * 0.75} a{size * 0.25} {size * 0.22} 0 1 1 "
            f"0 {size * 0.45}",
            stroke=colour,
            stroke_width=size * 0.12,
        )
        + rect(x - size * 0.5, y - size, size, size, colour, rx=size * 0.15)
        + ellipse(x, y - size, size * 0.5, size * 0.12, drink)
    )


def bun(x, y, size=26):
    return ellipse(x, y - size * 0.3, size * 0.6, size * 0.35, "#c98a46") + path(
        f"M{x - size * 0.35} {y - size * 0.35} q{size * 0.35} -{size * 0.3} "
        f"{size * 0.7} 0",
        stroke="#f4e3c5",
        stroke_width=size * 0.08,
    )


def chair_back(x, seat, colour="#6b4a32", height=180):
    """The back of a chair seen from behind, drawn over the person on it."""
    return (
        rect(x - 40, seat, 10, height * 0.5, colour)
        + rect(x + 30, seat, 10, height * 0.5, colour)
        + rect(x - 44, seat - height * 0.42, 88, height * 0.3, colour, rx=8)
        + rect(x - 40, seat - height * 0.14, 8, height * 0.14, colour)
        + rect(x + 32, seat - height * 0.14, 8, height * 0.14, colour)
    )
