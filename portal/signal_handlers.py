"""Keep cached site chrome (menu, footer) fresh when editors change it."""

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.models import Site
from wagtail.signals import (
    page_published,
    page_slug_changed,
    page_unpublished,
    post_page_move,
)

from portal.models import FooterText, SiteSettings

CHROME_VERSION_KEY = "portal:chrome-version"


def chrome_version():
    return cache.get_or_set(CHROME_VERSION_KEY, 1, timeout=None)


def bump_chrome_version(**kwargs):
    try:
        cache.incr(CHROME_VERSION_KEY)
    except ValueError:
        cache.set(CHROME_VERSION_KEY, 1, timeout=None)


page_published.connect(bump_chrome_version, dispatch_uid="chrome-published")
page_unpublished.connect(bump_chrome_version, dispatch_uid="chrome-unpublished")
post_page_move.connect(bump_chrome_version, dispatch_uid="chrome-moved")
page_slug_changed.connect(bump_chrome_version, dispatch_uid="chrome-slug")


@receiver(post_save, sender=SiteSettings, dispatch_uid="chrome-settings")
@receiver(post_save, sender=FooterText, dispatch_uid="chrome-footer")
@receiver(post_delete, sender=FooterText, dispatch_uid="chrome-footer-delete")
@receiver(post_save, sender=Site, dispatch_uid="chrome-site")
@receiver(post_delete, sender=Site, dispatch_uid="chrome-site-delete")
def on_chrome_change(**kwargs):
    bump_chrome_version()
