"""The Site each request is for, and its root page, without a query per request.

Wagtail looks the Site up by hostname on every request (a query with a CASE
per site), then fetches the root page as its specific type and, for another
language, its translation: three queries before routing starts. The answer
changes only when a Site is saved or content is published, so it is cached
under the content version and handed to Wagtail as the request's site
(`request._wagtail_site`, docs/upstream.md). Hostnames no Site has all share
the default site's key, so the Host header cannot fill the cache.
"""

from django.core.cache import cache
from django.http.request import split_domain_port

from wagtail.models import Page, Site
from wagtail.models.sites import get_site_for_hostname

from portal.caching import keys
from portal.caching.version import content_version

__all__ = ["SiteMiddleware", "site_for_request"]


def site_for_request(request):
    """The Site Wagtail would find for request (or None), from the cache."""
    version = content_version()
    # The raw host, as Wagtail reads it: an unknown host gets the default site.
    hostname = split_domain_port(request._get_raw_host())[0]
    port = request.get_port()
    if hostname not in known_hostnames(version):
        hostname = port = ""
    key = keys.site_key(version, hostname, port)
    found = cache.get(key)
    if found is None:
        found = (resolve(hostname, port),)
        cache.set(key, found, timeout=3600)
    return found[0]


def known_hostnames(version):
    key = keys.site_hostnames_key(version)
    hostnames = cache.get(key)
    if hostnames is None:
        hostnames = frozenset(Site.objects.values_list("hostname", flat=True))
        cache.set(key, hostnames, timeout=3600)
    return hostnames


def resolve(hostname, port):
    """The site with its root page specific and the root's live translations."""
    site = get_site_for_hostname(hostname, port or 80)
    if site is None:
        return None
    root = site.root_page.specific
    translations = Page.objects.live().filter(translation_key=root.translation_key)
    # As their specific type: routing starts at the translation's route().
    root._portal_translations = {
        page.locale_id: page for page in translations.exclude(pk=root.pk).specific()
    }
    site.root_page = root
    return site


class SiteMiddleware:
    """Resolve the request's Site from the cache before anything asks Wagtail."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request._wagtail_site = site_for_request(request)
        return self.get_response(request)
