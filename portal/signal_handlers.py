"""Signal handlers of the shared packages, connected in PortalConfig.ready()."""

from wagtail.signals import page_published

# Connect the receivers that invalidate caches and purge the page caches.
from portal.caching import changes, invalidation, uploads  # noqa: F401
from portal.i18n.translation import draft_new_page_translations

# A new Swedish page gets an untranslated English draft (see portal.i18n.translation).
page_published.connect(
    draft_new_page_translations, dispatch_uid="portal-draft-translations"
)
