"""Serializer fields the public API's page types name in their `api_fields`.

Each is given the whole page (source "*") and returns plain JSON: rich text and
StreamFields as rendered HTML in the page's language, images as renditions
with the page's alt text, linked people and pages in the page's locale and
only while they are live and public. Every address is absolute, on the page's
own host, so a consumer on another origin can use it as it is.

Fields that would cost a query per page (translations, people, linked pages,
images) compute their value once for the whole batch the view serialises
(`view.batched`), so a listing costs the same few queries whatever its length.
Wagtail's admin API serialises the same `api_fields`; there each page is its
own batch, and linked pages are still only those the public API shows.
"""

import re

from django.db.models import Prefetch, prefetch_related_objects
from django.utils import translation

from wagtail.api.v2.utils import get_object_detail_url
from wagtail.images import get_image_model
from wagtail.models import Page, Site
from wagtail.rich_text import expand_db_html

from rest_framework.fields import Field

from portal.api.scope import pages_shown
from portal.i18n.localized import localized_all

__all__ = [
    "RENDITION_SPECS",
    "CompanyField",
    "ExcerptField",
    "ImageField",
    "ImageRenditionsField",
    "LinkedPageField",
    "OrganisationsField",
    "ParentPageField",
    "PeopleField",
    "PersonField",
    "RichTextField",
    "StreamHTMLField",
    "StreamItemsField",
    "TagsField",
    "TranslationsField",
    "absolute_html",
    "absolute_url",
    "image_data",
    "page_link",
]

# Two widths of every image: a card or phone, and a full-width column (the
# width the feeds and the body's image blocks already use).
RENDITION_SPECS = ("width-640", "width-1200")
# A root-relative address in an attribute ("/media/…", not "//cdn…").
RELATIVE_ATTRIBUTE = re.compile(r'(\s(?:src|href|poster)=")/(?!/)')


def absolute_url(url, root_url):
    """url on root_url's host if it is root-relative; absolute ones stay."""
    if url and url.startswith("/") and not url.startswith("//"):
        return root_url + url
    return url


def absolute_html(html, root_url):
    """Root-relative src, href and poster attributes made absolute on root_url."""
    return RELATIVE_ATTRIBUTE.sub(rf"\1{root_url}/", html) if root_url else html


def root_url_of(page, request):
    """The scheme and host of page's own site ("" if it is on none)."""
    parts = page.get_url_parts(request)
    return parts[1] if parts else ""


def image_data(image, root_url, alt="", caption=""):
    """An image as its renditions, with the alt text and caption of its use."""
    if image is None:
        return None
    renditions = image.get_renditions(*RENDITION_SPECS)
    data = {
        "id": image.pk,
        "alt": alt,
        "width": image.width,
        "height": image.height,
        "renditions": [
            {
                "width": rendition.width,
                "height": rendition.height,
                "url": absolute_url(rendition.url, root_url),
            }
            for rendition in (renditions[spec] for spec in RENDITION_SPECS)
        ],
    }
    if caption is not None:
        data["caption"] = caption
    return data


def page_link(page, request):
    """How a linked page (a translation, a post's lab) is shown."""
    router = request.wagtailapi_router
    return {
        "id": page.pk,
        "title": page.title,
        "locale": page.locale.language_code,
        "html_url": page.full_url,
        "detail_url": get_object_detail_url(router, request, Page, page.pk),
    }


class ImageRenditionsField(Field):
    """An image's renditions, on the host the request came to."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, source="*", **kwargs)

    def to_representation(self, image):
        site = Site.find_for_request(self.context["request"])
        return image_data(image, site.root_url if site else "")["renditions"]


class PageField(Field):
    """A read-only field given the whole page, in the page's language."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, source="*", **kwargs)

    @property
    def request(self):
        return self.context["request"]

    def batched(self, key, compute, page):
        """compute(pages) for the view's whole batch, once per request."""
        view = self.context.get("view")
        if hasattr(view, "batched"):
            return view.batched(key, compute)
        return compute([page])

    def shown_pages(self):
        """Pages the public API shows on the request's host."""
        return pages_shown(Page.objects.all(), Site.find_for_request(self.request))

    def to_representation(self, page):
        with translation.override(page.locale.language_code):
            return self.represent(page)

    def represent(self, page):
        raise NotImplementedError


class RichTextField(PageField):
    """A rich text field as HTML: internal links expanded, addresses absolute."""

    def __init__(self, attribute, **kwargs):
        self.attribute = attribute
        super().__init__(**kwargs)

    def represent(self, page):
        value = getattr(page, self.attribute) or ""
        return absolute_html(expand_db_html(value), root_url_of(page, self.request))


class StreamHTMLField(RichTextField):
    """A StreamField rendered with its blocks' templates, as the page shows it."""

    def represent(self, page):
        stream = getattr(page, self.attribute)
        html = str(stream.render_as_block()) if stream else ""
        return absolute_html(html.strip(), root_url_of(page, self.request))


class ExcerptField(PageField):
    """Plain text describing the page: its intro, else its first paragraph."""

    def represent(self, page):
        return page.share_excerpt()


class CompanyField(PageField):
    """The housing company (site) the page belongs to, with its home address."""

    def represent(self, page):
        # Imported here: portal.models imports this module for its api_fields.
        from portal.caching.company_cards import company_name, site_home_url

        parts = page.get_url_parts(self.request)
        if not parts:
            return None
        site_id = parts[0]
        return {
            "name": company_name(site_id),
            "html_url": site_home_url(site_id, page.locale.language_code),
        }


class TagsField(PageField):
    """The page's tags by name, sorted."""

    def represent(self, page):
        self.batched("tags", lambda pages: prefetch(pages, "tags"), page)
        return sorted(tag.name for tag in page.tags.all())


def prefetch(pages, *lookups):
    prefetch_related_objects(pages, *lookups)
    return pages


class ImageField(PageField):
    """An image field with the page's alt text (and caption) for it."""

    def __init__(self, attribute, alt, caption=None, **kwargs):
        self.attribute, self.alt, self.caption = attribute, alt, caption
        super().__init__(**kwargs)

    def represent(self, page):
        self.batched(f"image:{self.attribute}", self.prefetch_images, page)
        caption = getattr(page, self.caption) if self.caption else None
        return image_data(
            getattr(page, self.attribute),
            root_url_of(page, self.request),
            alt=getattr(page, self.alt),
            caption=caption,
        )

    def prefetch_images(self, pages):
        images = get_image_model().objects.prefetch_renditions(*RENDITION_SPECS)
        return prefetch(pages, Prefetch(self.attribute, queryset=images))


def by_locale(pages, linked, *related):
    """{page pk: [objects]} of linked(page), each swapped into the page's locale.

    One query per locale in the batch (a listing has one), whatever its length;
    related is joined into the swapped objects (localized_all).
    """
    found = {}
    locales = {}
    for page in pages:
        locales.setdefault(page.locale_id, []).append(page)
    for locale_id, group in locales.items():
        objects = [linked(page) for page in group]
        flat = localized_all(
            [obj for row in objects for obj in row], locale_id, *related
        )
        for page, row in zip(group, objects, strict=True):
            found[page.pk], flat = flat[: len(row)], flat[len(row) :]
    return found


def person_data(person):
    organisation = getattr(person, "organisation", None)
    return {
        "name": person.name,
        "role": person.role,
        "organisation": organisation.name if organisation else None,
    }


class PeopleField(PageField):
    """People linked through an inline panel (a post's authors), with their role."""

    def __init__(self, relation, attribute="person", **kwargs):
        self.relation, self.attribute = relation, attribute
        super().__init__(**kwargs)

    def represent(self, page):
        people = self.batched(f"people:{self.relation}", self.people, page)
        return [person_data(person) for person in people[page.pk]]

    def people(self, pages):
        prefetch(pages, f"{self.relation}__{self.attribute}__organisation")
        return by_locale(
            pages,
            self.linked_objects,
            "organisation",
        )

    def linked_objects(self, page):
        return [
            getattr(row, self.attribute) for row in getattr(page, self.relation).all()
        ]


class PersonField(PageField):
    """One linked person (a lab's contact), or null."""

    def __init__(self, attribute, **kwargs):
        self.attribute = attribute
        super().__init__(**kwargs)

    def represent(self, page):
        people = self.batched(f"person:{self.attribute}", self.people, page)
        (person,) = people[page.pk]
        return person_data(person) if person else None

    def people(self, pages):
        prefetch(pages, f"{self.attribute}__organisation")
        return by_locale(
            pages, lambda page: [getattr(page, self.attribute)], "organisation"
        )


class OrganisationsField(PeopleField):
    """Organisations linked through an inline panel (a lab's partners)."""

    def __init__(self, relation, attribute="organisation", **kwargs):
        super().__init__(relation, attribute, **kwargs)

    def represent(self, page):
        found = self.batched(f"organisations:{self.relation}", self.people, page)
        return [
            {"name": organisation.name, "website": organisation.website}
            for organisation in found[page.pk]
        ]

    def people(self, pages):
        prefetch(pages, f"{self.relation}__{self.attribute}")
        return by_locale(pages, self.linked_objects)


class LinkedPageField(PageField):
    """A linked page (a post's lab) in the page's locale, if the API shows it."""

    def __init__(self, attribute, **kwargs):
        self.attribute = attribute
        super().__init__(**kwargs)

    def represent(self, page):
        linked = self.batched(f"page:{self.attribute}", self.linked, page)
        target = linked.get(page.pk)
        return page_link(target, self.request) if target else None

    def linked(self, pages):
        prefetch(pages, self.attribute)
        found = by_locale(pages, lambda page: [getattr(page, self.attribute)])
        return self.shown({pk: row[0] for pk, row in found.items() if row[0]})

    def shown(self, targets):
        """Only targets the view itself would list: live, public, in scope."""
        visible = self.shown_pages().filter(
            pk__in={target.pk for target in targets.values()}
        )
        found = {page.pk: page for page in visible.select_related("locale")}
        return {
            pk: found[target.pk] for pk, target in targets.items() if target.pk in found
        }


class ParentPageField(LinkedPageField):
    """The page's parent (a film's lab), if the API shows it."""

    def __init__(self, **kwargs):
        super().__init__("parent", **kwargs)

    def linked(self, pages):
        paths = {page.pk: page.path[: -page.steplen] for page in pages}
        parents = {
            parent.path: parent
            for parent in self.shown_pages()
            .filter(path__in=set(paths.values()))
            .select_related("locale")
        }
        return {pk: parents[path] for pk, path in paths.items() if path in parents}


class TranslationsField(PageField):
    """The page's other live, public translations the API shows."""

    def represent(self, page):
        found = self.batched("translations", self.translations, page)
        return [page_link(other, self.request) for other in found.get(page.pk, [])]

    def translations(self, pages):
        others = (
            self.shown_pages()
            .filter(translation_key__in={page.translation_key for page in pages})
            .select_related("locale")
            .order_by("locale__language_code")
        )
        by_key = {}
        for other in others:
            by_key.setdefault(other.translation_key, []).append(other)
        return {
            page.pk: [
                other
                for other in by_key.get(page.translation_key, [])
                if other.pk != page.pk
            ]
            for page in pages
        }


class StreamItemsField(PageField):
    """A StreamField of small structs (key figures, chapters) as their values."""

    def __init__(self, attribute, **kwargs):
        self.attribute = attribute
        super().__init__(**kwargs)

    def represent(self, page):
        return [
            child.block.get_api_representation(child.value, self.context)
            for child in getattr(page, self.attribute) or []
        ]
