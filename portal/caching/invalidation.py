"""What invalidates the caches: see the key list in portal/caching/keys.py.

What purges the page caches is in portal.caching.changes.
"""

from django.core.signals import request_started
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import (
    page_published,
    page_slug_changed,
    page_unpublished,
    post_page_move,
)

from portal.caching import sync
from portal.caching.pages import forget_local_pages
from portal.caching.restrictions import forget_restricted_paths
from portal.caching.uploads import is_shown_change
from portal.caching.version import bump_content_version, bump_local_content_version
from portal.models import FooterText, SiteSettings

page_published.connect(bump_content_version, dispatch_uid="portal-published")
page_unpublished.connect(bump_content_version, dispatch_uid="portal-unpublished")
post_page_move.connect(bump_content_version, dispatch_uid="portal-moved")
page_slug_changed.connect(bump_content_version, dispatch_uid="portal-slug")


@receiver(post_save, sender=SiteSettings, dispatch_uid="portal-settings")
@receiver(post_save, sender=FooterText, dispatch_uid="portal-footer")
@receiver(post_delete, sender=FooterText, dispatch_uid="portal-footer-delete")
@receiver(post_save, sender=Site, dispatch_uid="portal-site")
@receiver(post_delete, sender=Site, dispatch_uid="portal-site-delete")
@receiver(post_save, sender=Locale, dispatch_uid="portal-locale")
@receiver(post_delete, sender=Locale, dispatch_uid="portal-locale-delete")
def on_chrome_change(**kwargs):
    bump_content_version()


@receiver(post_delete, dispatch_uid="portal-page-deleted")
def on_page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        bump_content_version()


@receiver(post_save, sender=PageViewRestriction, dispatch_uid="portal-restricted")
@receiver(post_delete, sender=PageViewRestriction, dispatch_uid="portal-unrestricted")
def on_restriction_change(**kwargs):
    forget_restricted_paths()
    bump_content_version()


@receiver(post_save, dispatch_uid="portal-upload-changed")
@receiver(post_delete, dispatch_uid="portal-upload-deleted")
def on_upload_change(sender, created=False, raw=False, update_fields=None, **kwargs):
    """An image, document or film changed: cached bodies, chrome and listings
    name it, and a new file also deletes the renditions they link to.

    After the commit: a reader in between would cache the old HTML again
    under the new version.
    """
    if is_shown_change(sender, created, raw, update_fields):
        transaction.on_commit(bump_content_version)


post_page_move.connect(forget_restricted_paths, dispatch_uid="portal-restricted-moved")


@receiver(request_started, dispatch_uid="portal-changed-elsewhere")
def on_request_started(**kwargs):
    """Drop this process's copies when another process announced a change."""
    if sync.changed_elsewhere():
        Site.clear_site_root_paths_cache()
        forget_restricted_paths()
        bump_local_content_version()
        forget_local_pages()
