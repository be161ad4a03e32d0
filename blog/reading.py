"""How long a post takes to read, from its body's stored text (no rendering)."""

import math

from django.utils.html import strip_tags

__all__ = ["reading_minutes"]

# Words a minute for Swedish and English non-fiction read on a screen.
WORDS_PER_MINUTE = 200
# Struct block fields a reader reads; the others are levels, alt texts, links.
TEXT_FIELDS = {"text", "attribution", "caption", "label", "title"}


def text_words(value):
    """Words in a block's raw value: its strings and the read fields of structs."""
    if isinstance(value, str):
        return len(strip_tags(value).split())
    if isinstance(value, list):
        return sum(text_words(item) for item in value)
    if isinstance(value, dict):
        if "type" in value and "value" in value:  # a stream or list child
            return text_words(value["value"])
        return sum(
            text_words(item)
            for key, item in value.items()
            if key in TEXT_FIELDS or isinstance(item, (list, dict))
        )
    return 0


def reading_minutes(stream_value, *texts):
    """Whole minutes, at least one, to read the stream's text and texts."""
    count = text_words(list(stream_value.raw_data)) + text_words(list(texts))
    return max(1, math.ceil(count / WORDS_PER_MINUTE))
