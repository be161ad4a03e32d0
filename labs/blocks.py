from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from portal.blocks import KeyFigureBlock


class KeyFiguresBlock(blocks.StreamBlock):
    """A lab's headline numbers, e.g. "50 samarbetspartners"."""

    key_figure = KeyFigureBlock()

    class Meta:
        label = _("Key figures")
        template = "labs/blocks/key_figures_block.html"


def timecode_seconds(value):
    """Seconds from "m:ss" or "h:mm:ss", the way editors read a player's clock."""
    total = 0
    for part in (value or "0").split(":"):
        total = total * 60 + int(part)
    return total


def iso_duration(total_seconds):
    """ISO 8601, as schema.org and <time datetime> want it, e.g. PT1M5S."""
    hours, rest = divmod(int(total_seconds), 3600)
    minutes, secs = divmod(rest, 60)
    return "PT" + (f"{hours}H" if hours else "") + f"{minutes}M{secs}S"


class ChapterValue(blocks.StructValue):
    @property
    def seconds(self):
        return timecode_seconds(self.get("start"))

    @property
    def iso(self):
        return iso_duration(self.seconds)


class ChapterBlock(blocks.StructBlock):
    # A RegexBlock, not a CharBlock, so wagtail-localize keeps the time as it
    # is instead of offering "1:05" to translators.
    start = blocks.RegexBlock(
        regex=r"^(\d+:)?[0-5]?\d:[0-5]\d$",
        label=_("Starts at"),
        help_text=_("Minutes and seconds, e.g. 1:05."),
        error_messages={"invalid": _("Write the time as minutes:seconds, e.g. 1:05.")},
    )
    title = blocks.CharBlock(label=_("Chapter title"), max_length=120)

    class Meta:
        icon = "time"
        label = _("Chapter")
        value_class = ChapterValue
        template = "labs/blocks/chapter_block.html"
        preview_value = {"start": "0:02", "title": "Ett femtiotal partner"}

    def get_searchable_content(self, value):
        # As the film's chapter list shows it: "0:02 Ett femtiotal partner".
        return [value.get("start") or "", value.get("title") or ""]


class ChaptersBlock(blocks.StreamBlock):
    chapter = ChapterBlock()

    class Meta:
        label = _("Chapters")
