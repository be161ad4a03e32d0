"""Turn the content modules' short block notation into raw StreamField data.

("heading", text[, level])        ("paragraph", text or [text, ...])
("quote", text[, attribution])    ("key_figure", number, label)
("image", image key, alt[, caption])
("cta", link text, "page:<key>" | "page:<site>:<key>" | "https://...")
"""

import uuid

from .text import sv


def rich_text(value, tag="p"):
    items = value if isinstance(value, list) else [value]
    return "".join(f"<{tag}>{sv(item)}</{tag}>" for item in items)


def bullet_list(items):
    return f"<ul>{rich_text(items, 'li')}</ul>" if items else ""


def heading(text, level="h2"):
    return {"text": sv(text), "level": level}


def quote(text, attribution=""):
    return {"text": sv(text), "attribution": sv(attribution), "language": ""}


def key_figure(number, label):
    return {"number": sv(number), "label": sv(label)}


# Notation names that differ from the StoryBlock child names.
BLOCK_NAMES = {"cta": "call_to_action"}

CONVERTERS = {
    "heading": heading,
    "paragraph": rich_text,
    "quote": quote,
    "key_figure": key_figure,
}


def stream(blocks, resolver):
    """Raw stream data (type, value, id) for a list of notation tuples.

    `resolver` turns image keys into Image objects and page references into pages.
    """
    return [
        {
            "type": BLOCK_NAMES.get(name, name),
            "value": block_value(name, args, resolver),
            "id": str(uuid.uuid4()),
        }
        for name, *args in blocks
    ]


def block_value(name, args, resolver):
    if name == "image":
        key, alt, *caption = args
        return {
            "image": resolver.image(key).pk,
            "alt_text": sv(alt),
            "decorative": False,
            "caption": sv(caption[0]) if caption else "",
        }
    if name == "cta":
        text, target = args
        page = resolver.page(target) if target.startswith("page:") else None
        return {
            "text": sv(text),
            "page": page.pk if page else None,
            "url": "" if page else target,
        }
    return CONVERTERS[name](*args)
