"""Swedish and English: texts in both languages, translation links, translations.

bilingual holds the Tr pair; links, each page's published translations for the
switcher and hreflang; localized, what a page links (people, labs) in the
page's locale; translation, starting translations of pages and snippets; po,
filling them through wagtail-localize's PO round trip; moderation, submitting
a translation for moderation from the translation editor; tags, a post's tags
translated with it.

languages says which languages the portal speaks (read from settings);
routes, URL words translated per language.
"""

__all__ = [
    "bilingual",
    "languages",
    "links",
    "localized",
    "moderation",
    "po",
    "routes",
    "tags",
    "translation",
]
