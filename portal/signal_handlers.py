"""Signal handlers of the shared packages, connected in PortalConfig.ready()."""

from wagtail.signals import page_published, page_unpublished

from portal.caching import invalidation  # noqa: F401  (connects the receivers)
from portal.caching.purge import purge_listings
from portal.i18n.translation import draft_new_page_translations

# A new Swedish page gets an untranslated English draft (see portal.i18n.translation).
page_published.connect(
    draft_new_page_translations, dispatch_uid="portal-draft-translations"
)

# Varnish drops the listings that show a changed page (Wagtail purges the page).
page_published.connect(purge_listings, dispatch_uid="portal-purge-published")
page_unpublished.connect(purge_listings, dispatch_uid="portal-purge-unpublished")
