"""Slugs an editor may leave empty: made from the title, in plain ASCII.

Wagtail's editor script fills the slug from the title when the title field
changes; an editor who types a title and saves at once can post an empty slug,
and the "required" error then sits on the Promote tab, out of sight. The
server makes the slug as the script would (WAGTAIL_ALLOW_UNICODE_SLUGS is off,
so "Språkcafé" becomes "sprakcafe") and, since the editor chose none, takes
the first one free below the parent.
"""

from django.utils.text import slugify

__all__ = ["SlugFromTitleMixin", "free_slug"]


def free_slug(title, parent_page, page):
    """The title's ASCII slug, with -2, -3… if a sibling of page already has it."""
    base = slugify(title or "") or "sida"
    if parent_page is None:
        return base
    taken = set(
        parent_page.get_children()
        .exclude(pk=page.pk)
        .filter(slug__startswith=base)
        .values_list("slug", flat=True)
    )
    candidate, suffix = base, 1
    while candidate in taken:
        suffix += 1
        candidate = f"{base}-{suffix}"
    return candidate


class SlugFromTitleMixin:
    """For WagtailAdminPageForm subclasses: an empty slug is made from the title."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "slug" in self.fields:
            self.fields["slug"].required = False

    def clean_slug(self):
        slug = self.cleaned_data.get("slug")
        if slug:
            return slug
        title = self.cleaned_data.get("title") or self.data.get(
            self.add_prefix("title")
        )
        parent = self.parent_page or (
            self.instance.get_parent() if self.instance.pk else None
        )
        return free_slug(title, parent, self.instance)
