"""Remove the benchmark data seed_scale made, and nothing else.

Its companies are the sites whose hostname starts with HOST_PREFIX. The
bulk-inserted pages (no revision) go by raw deletes of their rows, which is
what makes this take seconds, not an hour of per-page signals; the pages
create_company_site published, the sites, snippets, groups, collections and
workflows then go the ordinary way.
"""

from django.contrib.auth.models import Group
from django.db import transaction
from django.db.models import Q

from wagtail.images import get_image_model
from wagtail.models import Collection, GroupApprovalTask, Page, Site, Workflow

from blog.models import BlogPostPage, BlogPostPageAuthor, BlogPostPageTag
from labs.models import LabPage, VideoPage
from portal.caching.version import bump_content_version
from portal.models import FooterText, Organisation, Person, SiteSettings
from search.models import SearchEntry

from .builder import COLLECTION, HOST_PREFIX

__all__ = ["clear", "scale_sites"]


def scale_sites():
    return Site.objects.filter(hostname__startswith=HOST_PREFIX).select_related(
        "root_page"
    )


def clear():
    """Delete every benchmark company; returns how many there were."""
    sites = list(scale_sites())
    with transaction.atomic():
        homes = Page.objects.filter(
            translation_key__in=[site.root_page.translation_key for site in sites]
        )
        under = Q(pk__in=[])
        for path in homes.values_list("path", flat=True):
            under |= Q(path__startswith=path)
        bulk = Page.objects.filter(under, latest_revision__isnull=True, depth__gt=2)
        ids = list(bulk.values_list("pk", flat=True))
        for start in range(0, len(ids), 500):
            raw_delete_pages(ids[start : start + 500])
        companies = {site.site_name for site in sites}
        for model in (Person, Organisation, FooterText):
            model.objects.filter(site__in=sites).delete()
        SiteSettings.objects.filter(site__in=sites).delete()
        for home in homes.order_by("-locale_id"):
            home.refresh_from_db()
            home.delete()
        Site.objects.filter(pk__in=[site.pk for site in sites]).delete()
        for name in companies:
            Group.objects.filter(name__startswith=f"{name} ").delete()
            Workflow.objects.filter(name=f"{name} moderation").delete()
            GroupApprovalTask.objects.filter(name=f"{name} publishers approve").delete()
            for collection in Collection.objects.filter(name=name):
                collection.delete()
        forget_images()
        bump_content_version()
    Site.clear_site_root_paths_cache()
    return len(sites)


def raw_delete_pages(ids):
    """Rows of pages nothing but seed_scale's own rows point at."""
    for queryset in (
        SearchEntry.objects.filter(page_id__in=ids),
        BlogPostPageTag.objects.filter(content_object_id__in=ids),
        BlogPostPageAuthor.objects.filter(page_id__in=ids),
        BlogPostPage.objects.filter(pk__in=ids),
        VideoPage.objects.filter(pk__in=ids),
        LabPage.objects.filter(pk__in=ids),
        Page.objects.filter(pk__in=ids),
    ):
        queryset._raw_delete(queryset.db)


def forget_images():
    """The images every benchmark company shares, and their collection."""
    for collection in Collection.objects.filter(name=COLLECTION):
        for image in get_image_model().objects.filter(collection=collection):
            image.delete()
        collection.delete()
