"""What the public API may show on a host: live, public pages of its site.

A company's host shows its own site's pages in every language (the sitemap's
scope, portal.models.querysets.site_pages_q); the umbrella portal's host, the
default site, shows every site's pages. Pages behind a view restriction are
left out whoever asks, as the sitemap and search leave them out: the API's
answers are cached by shared caches, so nobody's session may open them.
Images are those the shown pages use (Wagtail's reference index), outside any
restricted collection.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Q
from django.db.models.functions import Cast

from wagtail.images import get_image_model
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    Page,
    ReferenceIndex,
    Site,
)

from portal.caching.restrictions import private_q
from portal.models.querysets import site_pages_q, under_roots_q

__all__ = ["images_shown", "pages_q", "pages_shown"]

NOTHING = Q(pk__in=[])


def pages_q(site):
    """The pages of site's tree (of every site on the default site)."""
    if site is None:
        return NOTHING
    if site.is_default_site:
        return under_roots_q(Site.get_site_root_paths())
    return site_pages_q(site)


def pages_shown(queryset, site):
    """Live, public pages of queryset that site's host may show."""
    return queryset.live().filter(pages_q(site)).exclude(private_q())


def restricted_collections_q():
    q = Q()
    for path in Collection.objects.filter(
        pk__in=CollectionViewRestriction.objects.values("collection")
    ).values_list("path", flat=True):
        q |= Q(collection__path__startswith=path)
    return q if q else NOTHING


def images_shown(site):
    """Images that site's shown pages use, outside restricted collections."""
    image_model = get_image_model()
    pages = pages_shown(Page.objects.all(), site).annotate(
        key=Cast("pk", output_field=CharField())
    )
    used = ReferenceIndex.objects.filter(
        base_content_type=ContentType.objects.get_for_model(Page),
        to_content_type=ContentType.objects.get_for_model(image_model),
        object_id__in=pages.values("key"),
    )
    return (
        image_model.objects.annotate(key=Cast("pk", output_field=CharField()))
        .filter(key__in=used.values("to_object_id"))
        .exclude(restricted_collections_q())
    )
