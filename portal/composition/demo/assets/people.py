"""Figures for the demo scenes: flat, faceless people standing or seated."""

from svgkit import circle, ellipse, limb, path, rect, shadow

SKIN = ["#f1c9a5", "#d9a37c", "#a86f4c", "#7a4a2e", "#e8b894", "#5c3a24"]
HAIR = ["#2b1d14", "#5a3b22", "#1b1b1b", "#8a5a2b", "#c9a46a", "#3a2a20"]


def _hair(x, head_y, r, style, colour, back):
    if style is None:
        return "", ""
    behind, front = "", ""
    if style == "long":
        behind = rect(x - r * 1.05, head_y - r * 0.2, r * 2.1, r * 2.2, colour, rx=r)
    if style == "scarf":
        behind = path(
            f"M{x - r * 1.25} {head_y + r * 2.3} Q{x - r * 1.3} {head_y - r * 1.35} "
            f"{x} {head_y - r * 1.3} Q{x + r * 1.3} {head_y - r * 1.35} "
            f"{x + r * 1.25} {head_y + r * 2.3} Z",
            colour,
        )
        return behind, ""
    if back:
        front = circle(x, head_y, r * 1.03, colour)
    else:
        front = path(
            f"M{x - r * 1.02} {head_y + r * 0.1} A{r * 1.02} {r * 1.05} 0 0 1 "
            f"{x + r * 1.02} {head_y + r * 0.1} Q{x} {head_y - r * 0.45} "
            f"{x - r * 1.02} {head_y + r * 0.1} Z",
            colour,
        )
    if style == "bun":
        front += circle(x, head_y - r * 1.1, r * 0.45, colour)
    if style == "cap":
        front = path(
            f"M{x - r * 1.02} {head_y - r * 0.05} A{r * 1.02} {r * 1.02} 0 0 1 "
            f"{x + r * 1.02} {head_y - r * 0.05} Z",
            colour,
        ) + rect(
            x - r * (0.1 if back else 1.4),
            head_y - r * 0.15,
            r * 1.5,
            r * 0.22,
            colour,
            rx=r * 0.1,
        )
    return behind, front


def person(
    x,
    ground,
    height,
    skin,
    top,
    legs="#3b4556",
    hair=None,
    style="short",
    seated=False,
    back=False,
    arms="down",
    vest=None,
):
    """A figure whose feet (or chair seat, when seated) stand at ground.

    arms: "down", "up" (both raised), "forward" (towards the viewer's right),
    "wave" (right arm up) or "table" (both hands forward on a table top).
    style: short, long, bun, cap, scarf (a headscarf) or None.
    """
    h = height
    r = h * 0.075
    hip = ground - (h * 0.03 if seated else h * 0.47)
    shoulder = hip - h * 0.33
    head_y = shoulder - r * 1.25
    width = h * 0.24
    parts = []
    if not seated:
        parts.append(shadow(x, ground, h * 0.16))
        parts += [
            limb(
                [(x - width * 0.22, hip), (x - width * 0.24, ground - 4)],
                legs,
                h * 0.085,
            ),
            limb(
                [(x + width * 0.22, hip), (x + width * 0.24, ground - 4)],
                legs,
                h * 0.085,
            ),
        ]
    else:
        parts += [
            limb(
                [(x - width * 0.25, hip), (x - width * 0.3, ground + h * 0.29)],
                legs,
                h * 0.09,
            ),
            limb(
                [(x + width * 0.25, hip), (x + width * 0.3, ground + h * 0.29)],
                legs,
                h * 0.09,
            ),
        ]
    behind, front = _hair(x, head_y, r, style, hair or HAIR[0], back)
    parts.append(behind)
    arm = h * 0.065
    reach = {
        "down": [
            (-1, shoulder + h * 0.05, hip + h * 0.05),
            (1, shoulder + h * 0.05, hip + h * 0.05),
        ],
        "up": [(-1, shoulder, shoulder - h * 0.3), (1, shoulder, shoulder - h * 0.3)],
        "wave": [
            (-1, shoulder + h * 0.05, hip + h * 0.05),
            (1, shoulder, shoulder - h * 0.28),
        ],
        "forward": [
            (-1, shoulder + h * 0.05, hip + h * 0.05),
            (1, shoulder + h * 0.05, shoulder + h * 0.12),
        ],
        "table": [
            (-1, shoulder + h * 0.05, hip - h * 0.02),
            (1, shoulder + h * 0.05, hip - h * 0.02),
        ],
    }[arms]
    for side, start, end in reach:
        sx = x + side * width * 0.45
        ex = sx + side * (h * 0.04 if end > start else h * 0.1)
        if arms == "forward" and side == 1:
            ex = sx + h * 0.22
        if arms == "table":
            ex = x + side * width * 0.25
        parts.append(limb([(sx, start), (ex, end)], top, arm))
        parts.append(circle(ex, end, arm * 0.55, skin))
    parts.append(
        rect(
            x - width / 2,
            shoulder - h * 0.02,
            width,
            hip - shoulder + h * 0.06,
            top,
            rx=width * 0.35,
        )
    )
    if vest:
        parts.append(
            rect(
                x - width * 0.42,
                shoulder + h * 0.02,
                width * 0.84,
                hip - shoulder - h * 0.02,
                vest,
                rx=width * 0.2,
            )
        )
        parts.append(
            rect(
                x - width * 0.42,
                shoulder + h * 0.16,
                width * 0.84,
                h * 0.025,
                "#e8e8e0",
            )
        )
    parts.append(rect(x - r * 0.35, shoulder - r * 0.6, r * 0.7, r * 0.8, skin))
    if style == "scarf":
        parts.append(
            path(
                f"M{x - r * 1.25} {shoulder + h * 0.04} Q{x} {shoulder + h * 0.12} "
                f"{x + r * 1.25} {shoulder + h * 0.04} L{x + r * 1.1} {shoulder - r} "
                f"L{x - r * 1.1} {shoulder - r} Z",
                hair or HAIR[0],
            )
        )
        parts.append(circle(x, head_y, r * 1.12, hair or HAIR[0]))
        if not back:
            parts.append(ellipse(x, head_y + r * 0.1, r * 0.78, r * 0.92, skin))
    else:
        parts.append(circle(x, head_y, r, skin))
    parts.append(front)
    return "".join(parts)
