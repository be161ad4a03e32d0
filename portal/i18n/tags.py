"""Tags translated with the page they are on, in the translation editor.

wagtail-localize copies a page's tags unchanged into its translation, so an
English post kept its Swedish tags. TranslatableTags is modelcluster's
ClusterTaggableManager whose tag names are strings of the page's translation
(one segment per tag, under "Tags", in the editor and in PO files): the English
post gets the English tags the translator wrote, so each language has its own
tags, its own tag archives and tag links, and listings need no lookup. An
untranslated tag stays as it is. See docs/upstream.md, "Translatable tags".
"""

from modelcluster.contrib.taggit import ClusterTaggableManager
from wagtail_localize.segments import StringSegmentValue

__all__ = ["TranslatableTags"]


class TranslatableTags(ClusterTaggableManager):
    """A page's tags, translated like its text."""

    def get_translatable_segments(self, value):
        # Keyed by slug: a tag's translation stays with it when others change.
        return [StringSegmentValue(tag.slug, tag.name) for tag in value]

    def restore_translated_segments(self, value, segments):
        return [segment.render_text() for segment in segments]

    def __set__(self, instance, names):
        # wagtail-localize assigns the restored value to the field's name.
        self.__get__(instance, type(instance)).set(list(dict.fromkeys(names)))
