"""Every site as a company card: name, logo and home address, cached.

The portal home names the company on each aggregated card and the companies
listing shows each one's logo; looking these up per card would cost a query
per company, so they are read once per content version (saving a site or its
settings, or publishing, bumps it).
"""

from django.core.cache import cache
from django.urls import reverse
from django.utils import translation

from wagtail.models import Site

from portal.caching import keys
from portal.caching.version import content_version
from portal.i18n.languages import default_language
from portal.models import SiteSettings

LOGO_SPEC = "max-240x80"


def site_directory():
    """{site id: {"name", "root_url", "is_default", "logo"}} for every site."""
    directory = cache.get(directory_key())
    if directory is None:
        directory = build_directory()
        # Building may create a site's settings row, which bumps the version.
        cache.set(directory_key(), directory, timeout=3600)
    return directory


def directory_key():
    return keys.site_directory_key(content_version())


def build_directory():
    settings_by_site = {
        row.site_id: row for row in SiteSettings.objects.select_related("logo")
    }
    directory = {}
    for site in Site.objects.order_by("site_name", "hostname"):
        # The site chrome creates a missing row anyway; doing it here first
        # keeps the version it bumps from discarding this directory.
        site_settings = settings_by_site.get(site.pk) or SiteSettings.for_site(site)
        directory[site.pk] = {
            "name": site_settings.organisation_name or site.site_name or site.hostname,
            "root_url": site.root_url,
            "is_default": site.is_default_site,
            "logo": logo_of(site_settings),
        }
    return directory


def logo_of(site_settings):
    if site_settings.logo is None:
        return None
    rendition = site_settings.logo.get_rendition(LOGO_SPEC)
    return {"url": rendition.url, "width": rendition.width, "height": rendition.height}


def company_name(site_id):
    company = site_directory().get(site_id)
    return company["name"] if company else ""


def site_home_url(site_id, language):
    """Absolute URL of the site's home in language, else in the default language.

    Wagtail caches the root paths of every site and translated root, so this
    needs no query.
    """
    urls = {}
    for root in Site.get_site_root_paths():
        if root.site_id == site_id:
            with translation.override(root.language_code):
                path = reverse("wagtail_serve", args=("",))
            urls[root.language_code] = root.root_url + path
    return (
        urls.get(language)
        or urls.get(default_language())
        or next(iter(urls.values()), "")
    )
