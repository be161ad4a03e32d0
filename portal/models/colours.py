"""Accent colours companies may choose: only ones that keep WCAG 2.1 AA contrast."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

HEX_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
WHITE = (255, 255, 255)
MIN_CONTRAST = 4.5
# portal.css mixes a 9% tint of the accent into white for panels that carry
# accent-coloured text, so the accent must also pass against that tint.
TINT_SHARE = 0.09


def parse_hex(value):
    return tuple(int(value[i : i + 2], 16) for i in (1, 3, 5))


def relative_luminance(rgb):
    def channel(value):
        value /= 255
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (channel(value) for value in rgb)
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(first, second):
    lighter, darker = sorted(
        (relative_luminance(first), relative_luminance(second)), reverse=True
    )
    return (lighter + 0.05) / (darker + 0.05)


def tint(rgb, share=TINT_SHARE):
    return tuple(round(c * share + 255 * (1 - share)) for c in rgb)


def validate_accent_colour(value):
    if not HEX_COLOUR.match(value or ""):
        raise ValidationError(
            _("Give the colour as # and six hex digits, e.g. #00676b.")
        )
    rgb = parse_hex(value)
    ratio = min(contrast_ratio(rgb, WHITE), contrast_ratio(rgb, tint(rgb)))
    if ratio < MIN_CONTRAST:
        raise ValidationError(
            _(
                "The colour contrasts %(ratio).1f:1 with the white page; text needs at "
                "least 4.5:1. Choose a darker shade."
            ),
            params={"ratio": ratio},
        )
