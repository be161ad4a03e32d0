"""One sitemap per host: that site's pages in every language, with hreflang links.

Wagtail's stock sitemap lists the site root's descendants, which drops the
English tree (a sibling of the Swedish root, not below it). Here the site's
root paths in every language (Wagtail caches them) scope the pages, and the
translations found among them become each URL's alternates.

Past SITEMAP_LIMIT URLs, /sitemap.xml becomes a sitemap index pointing at the
numbered parts (/sitemap-pages.xml?p=N), as search engines expect.
"""

from wagtail.contrib.sitemaps import Sitemap
from wagtail.contrib.sitemaps.views import index, sitemap
from wagtail.models import Locale, Page

from portal.caching.restrictions import public
from portal.i18n.languages import default_language
from portal.models.querysets import site_pages_q

SITEMAP_LIMIT = 1000


class SiteSitemap(Sitemap):
    limit = SITEMAP_LIMIT

    def items(self):
        pages = Page.objects.live().filter(site_pages_q(self.get_wagtail_site()))
        return public(pages).order_by("path").defer_streamfields().specific()

    def _urls(self, page, protocol, domain):
        # Django's private hook, so alternates cost one query per page of
        # items (docs/upstream.md, "Sitemap._urls").
        pages = list(self.paginator.page(page).object_list)
        alternates = translation_alternates(pages, self.request)
        urls = []
        for item in pages:
            for url_info in item.get_sitemap_urls(self.request):
                url_info["alternates"] = alternates.get(item.translation_key, [])
                urls.append(url_info)
        lastmods = {url_info.get("lastmod") for url_info in urls}
        if lastmods and None not in lastmods:
            self.latest_lastmod = max(lastmods)
        return urls


def translation_alternates(pages, request):
    """{translation key: [{"lang_code", "location"}, …, x-default]} of pages."""
    languages = dict(Locale.objects.values_list("pk", "language_code"))
    by_key = {}
    for page in pages:
        url = page.get_full_url(request)
        if url:
            language = languages[page.locale_id]
            by_key.setdefault(page.translation_key, {})[language] = url
    alternates = {}
    for key, urls in by_key.items():
        links = [
            {"lang_code": code, "location": url} for code, url in sorted(urls.items())
        ]
        default = urls.get(default_language())
        if default:
            links.append({"lang_code": "x-default", "location": default})
        alternates[key] = links
    return alternates


SITEMAPS = {"pages": SiteSitemap}


def sitemap_or_index(request):
    """The sitemap itself, or an index of its parts once it has several."""
    parts = SiteSitemap(request).paginator.num_pages
    if parts > 1 and "p" not in request.GET:
        return index(request, SITEMAPS, sitemap_url_name="sitemap-section")
    return sitemap(request, SITEMAPS)


def sitemap_section(request, section):
    return sitemap(request, SITEMAPS, section=section)
