"""Text pairs and the English dictionary derived from the demo content."""

from django.utils.text import slugify

# Re-exported: the content modules take the pair type with the block helpers.
from portal.i18n.bilingual import Tr as Tr
from portal.i18n.bilingual import sv as sv


def slug_pair(title, slug=None):
    """ASCII slugs for both languages, derived from the title unless given."""
    if slug is not None:
        return slug
    if isinstance(title, Tr):
        return Tr(slugify(title.sv), slugify(title.en))
    return Tr(slugify(title), f"{slugify(title)}-en")


def collect_dictionary(*specs):
    """English by Swedish source string, for every text found in the specs.

    Plain strings map to themselves: names, numbers and addresses read the
    same in English, and a translator would copy them unchanged.
    """
    pairs, same = {}, set()

    def walk(value):
        if isinstance(value, Tr):
            pairs[value.sv] = value.en
        elif isinstance(value, str):
            same.add(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list | tuple):
            for item in value:
                walk(item)

    for spec in specs:
        walk(spec)
    return {**{text: text for text in same}, **pairs}


# Block notation for the content modules; blocks.py turns it into StreamField data.
# Each helper takes the Swedish text and its English translation (None when a
# page is deliberately left untranslated).


def _text(sv_text, en_text):
    return sv_text if en_text is None else Tr(sv_text, en_text)


def para(sv_text, en_text=None):
    return ("paragraph", _text(sv_text, en_text))


def heading(sv_text, en_text=None, level="h2"):
    return ("heading", _text(sv_text, en_text), level)


def quote(sv_text, en_text=None, attribution=""):
    return ("quote", _text(sv_text, en_text), attribution)


def figure(number, sv_label, en_label=None):
    return ("key_figure", number, _text(sv_label, en_label))


def cta(target, sv_text, en_text=None):
    """A call to action: target is "page:<key>", "page:<site>:<key>" or a URL."""
    return ("cta", _text(sv_text, en_text), target)


def image(key, alt, caption=None):
    return ("image", key, alt, caption) if caption else ("image", key, alt)
