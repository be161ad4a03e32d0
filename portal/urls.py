from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from portal.api import urls as api_urls
from portal.companies.browsing import browsing_urls
from portal.companies.localize import localize_urls
from portal.composition.company_admin import add_company
from portal.web import views as portal_views
from portal.web.sitemaps import sitemap_or_index, sitemap_section
from search import views as search_views

# Each host gets its own error pages, robots.txt, favicon and sitemap.
handler404 = "portal.web.views.page_not_found"
handler500 = "portal.web.views.server_error"

urlpatterns = [
    path("admin/", include(browsing_urls)),  # company isolation, then Wagtail
    path("admin/", include(localize_urls)),  # the same for wagtail-localize
    path("admin/companies/add/", add_company, name="portal_add_company"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # The public read-only API (portal/api/, docs/api.md).
    path("api/v2/", include(api_urls.urls)),
    path("sitemap.xml", sitemap_or_index, name="sitemap"),
    path("sitemap-<section>.xml", sitemap_section, name="sitemap-section"),
    path("robots.txt", portal_views.robots_txt, name="robots_txt"),
    path("favicon.ico", portal_views.favicon, name="favicon"),
]

if settings.PORTAL_DJANGO_ADMIN:  # off unless the setting enables it
    urlpatterns.insert(0, path("django-admin/", admin.site.urls))

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Swedish (the default) is unprefixed; English lives under /en/.
urlpatterns += i18n_patterns(
    # Translated routes: /sok/ in Swedish, /en/search/ in English.
    path(_("search/"), search_views.search, name="search"),
    path(_("search/suggest/"), search_views.suggest, name="search_suggest"),
    path("opensearch.xml", search_views.opensearch, name="opensearch"),
    path("", include("blog.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
