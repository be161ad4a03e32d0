"""Help text beside every field an editor fills in the page editor.

A page type says what its fields are for in `editor_help` ({field name: text});
the mixin merges those along the class hierarchy (a mixin's help applies to
every type that uses it) and puts each text on its form field, replacing a
library's default (taggit's English "A comma-separated list of tags."). Kept
on the form, not as model help_text, so a wording change is no migration;
Wagtail's own publishing fields get theirs here.
"""

from django.utils.translation import gettext_lazy as _

__all__ = ["COMMON_HELP", "EditorHelpMixin", "editor_help"]

COMMON_HELP = {
    "body": _(
        "The page's main text. Add headings, paragraphs, images, quotes and more "
        "with the + button; every image needs alt text."
    ),
    "go_live_at": _(
        "Leave empty to publish at once. With a date and time the page goes live "
        "then, once it is published or approved."
    ),
    "expire_at": _(
        "Leave empty to keep the page live. With a date and time the page is "
        "unpublished then; it stays in the admin as a draft."
    ),
}


def editor_help(model):
    """{field name: help} for model, more specific classes winning."""
    merged = dict(COMMON_HELP)
    for cls in reversed(model.__mro__):
        merged.update(vars(cls).get("editor_help", {}))
    return merged


class EditorHelpMixin:
    """For page forms: the page type's help text on each of its fields."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, text in editor_help(self._meta.model).items():
            if name in self.fields:
                self.fields[name].help_text = text
