"""Which cached URLs a change makes stale, and purging them: one list, one function.

`affected_urls(page)` is the list for a page: the page and its translations,
its parent in each language, its site's home, sitemap (the index and every
part) and search, the same of the portal's own site (its home aggregates
every company), and what feature apps add with a PURGE_URLS_HOOK function
(feeds, archives, indexes elsewhere in the tree), so this module knows no
feature app. Some changes show on every page of a site (its settings, its
footer, a menu page, its home): those purge the whole site.

`purge(urls, sites)` is the one function that purges: the portal's own page
cache (caching.pages) and the frontend cache (wagtail.contrib.frontend_cache,
WAGTAILFRONTENDCACHE, set by PORTAL_FRONTEND_CACHE_URL). A whole site goes to
the frontend cache as `<root url>/*`, which the shipped Varnish config bans
(every object of that host), as CloudFront and Azure do; for the own cache it
is a new generation of the host (a new epoch for the portal's own site, which
also answers unknown hosts).

Changes are collected while their transaction runs and purged once it has
committed (a reader in between would otherwise cache the old page again): the
state before a change is read when it starts (pre_save, pre_delete,
pre_page_move), the state after it when it has committed. The receivers are
in caching.changes.

Nothing is collected unless there is something to purge (PORTAL_PAGE_CACHE
or WAGTAILFRONTENDCACHE).
"""

import math
import threading
from collections import Counter
from types import SimpleNamespace
from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import translation

from wagtail import hooks
from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache
from wagtail.models import Page, Site

from portal.caching.pages import purge_pages
from portal.i18n.languages import language_codes
from portal.models.pages import HOME_DEPTH
from portal.models.querysets import under_roots_q
from portal.web.sitemaps import SITEMAP_LIMIT

__all__ = [
    "PURGE_SNIPPET_URLS_HOOK",
    "PURGE_URLS_HOOK",
    "affected_urls",
    "current_batch",
    "discard_pending_purges",
    "live_urls",
    "purge",
    "purge_enabled",
    "schedule",
    "shows_on_every_page",
    "site_urls",
]

# Hook name: functions (page) -> iterable of full URLs a change to page makes
# stale, besides those affected_urls lists itself. page is as it was before the
# change, or as it is after it; each function is called for both.
PURGE_URLS_HOOK = "portal_purge_urls"
# Hook name: functions (snippet) -> iterable of full URLs that show the snippet
# itself, not through a page that references it (a person's author archives).
# Called with the snippet as it was before an edit and as it is after it.
PURGE_SNIPPET_URLS_HOOK = "portal_purge_snippet_urls"
SEARCH_VIEWS = ("search", "search_suggest")

_local = threading.local()


def purge_enabled():
    return bool(
        settings.PORTAL_PAGE_CACHE or getattr(settings, "WAGTAILFRONTENDCACHE", None)
    )


# -- the list ------------------------------------------------------------------


def live_urls(page):
    """The full URLs of page and its live translations."""
    pages = page.get_translations(inclusive=True).live()
    return [url for url in (p.get_full_url() for p in pages) if url]


def own_urls(page):
    """page's own URL, live or not, and its live translations' (whose language
    links name it)."""
    urls = set(live_urls(page))
    url = page.get_full_url()
    if url:
        urls.add(url)
    return urls


def default_site():
    return Site.objects.filter(is_default_site=True).first()


def in_each_language(build):
    """[build(language)] with each language active (translated URL words)."""
    found = []
    for language in language_codes():
        with translation.override(language):
            found.append(build(language))
    return found


def sitemap_parts(site):
    """How many parts the site's sitemap has (portal.web.sitemaps), at least 1."""
    roots = [root for root in Site.get_site_root_paths() if root.site_id == site.pk]
    count = Page.objects.live().filter(under_roots_q(roots)).count()
    return max(1, math.ceil(count / SITEMAP_LIMIT))


def site_urls(site):
    """What lists every page of site: its home in each language, its sitemap
    (the index and every part, one more for a part that just went away) and
    its search and suggestions in each language."""
    base = site.root_url
    urls = set(live_urls(site.root_page))
    urls.update([f"{base}/sitemap.xml", f"{base}/sitemap-pages.xml"])
    parts = sitemap_parts(site)
    urls.update(f"{base}/sitemap-pages.xml?p={n}" for n in range(1, parts + 2))
    for paths in in_each_language(lambda _: [reverse(name) for name in SEARCH_VIEWS]):
        urls.update(base + path for path in paths)
    return urls


def affected_urls(page):
    """Sorted full URLs a change to page (in the state given) makes stale."""
    page = page.specific
    urls = own_urls(page)
    parent = page.get_parent()
    if parent is not None and parent.depth >= HOME_DEPTH:
        urls.update(live_urls(parent))
    for site in {page.get_site(), default_site()}:
        if site is not None:
            urls.update(site_urls(site))
    for extra in hooks.get_hooks(PURGE_URLS_HOOK):
        urls.update(extra(page))
    return sorted(urls)


def in_chrome(page):
    """A site's home, or a page the chrome of every page shows: a menu item or
    a section the footer links (a page type's site_section)."""
    if page.depth <= HOME_DEPTH:
        return True
    return page.depth == HOME_DEPTH + 1 and bool(
        page.show_in_menus or getattr(page.specific_class, "site_section", None)
    )


def visible_fields(page):
    """What other pages show of page: menus, links, breadcrumbs."""
    if page is None:
        return None
    return (page.live, page.title, page.slug)


def shows_on_every_page(old, new):
    """Whether changing a page from old to new (None: it did not exist) changes
    what every page of its site shows."""
    pages = [page for page in (old, new) if page is not None]
    if not any(page.live for page in pages):
        return False  # a draft shows nowhere
    if not any(in_chrome(page) for page in pages):
        return False
    menu = [page.show_in_menus for page in (old, new) if page is not None]
    return visible_fields(old) != visible_fields(new) or len(set(menu)) > 1


def shown_by_descendants(old, new):
    """Whether old -> new changes the breadcrumbs or URLs of the page's descendants."""
    return visible_fields(old) != visible_fields(new)


def url_cache():
    """Pass as `request` to get_full_url: Wagtail keeps the site root paths on it."""
    return SimpleNamespace()


def descendant_urls(page, cache=None):
    """Full URLs of page's live descendants (as the database has them now)."""
    cache = cache or url_cache()
    pages = Page.objects.descendant_of(page).live().defer_streamfields()
    return {url for url in (p.get_full_url(cache) for p in pages) if url}


# -- the one function ----------------------------------------------------------


def purge(urls=(), sites=(), everything=False):
    """Purge urls and whole sites (or every site) from the page cache and the
    frontend cache."""
    urls = set(urls)
    sites = list(Site.objects.all()) if everything else [s for s in sites if s]
    whole_hosts = {site.hostname.lower() for site in sites}
    urls = sorted(
        url for url in urls if (urlsplit(url).hostname or "") not in whole_hosts
    )
    portal_too = any(site.is_default_site for site in sites)
    purge_pages(
        urls,
        hostnames=[site.hostname for site in sites if not site.is_default_site],
        everything=everything or portal_too,
    )
    if getattr(settings, "WAGTAILFRONTENDCACHE", None):
        wildcards = sorted({f"{site.root_url}/*" for site in sites})
        purge_urls_from_cache([*wildcards, *urls])


# -- collected per transaction -------------------------------------------------


class Batch:
    """What one transaction changed: purged once, after it commits.

    urls and sites are final; pages (ids) get affected_urls and own (ids) their
    own URLs as the database has them after the commit. Every add registers
    the flush with on_commit, which runs it at once outside a transaction; the
    first run purges, later ones find nothing left. A batch whose transaction
    rolled back is purged with the next one: too much, never too little.
    """

    def __init__(self):
        self.urls = set()
        self.site_ids = set()
        self.pages = set()
        self.own = set()
        self.everything = False
        self.seen = set()  # (kind, id) already handled in this transaction
        self.counts = Counter()  # kind -> how many were handled
        self.flushed = False

    def add(self, urls=(), sites=(), pages=(), own=(), everything=False):
        self.urls.update(urls)
        self.site_ids.update(getattr(site, "pk", site) for site in sites)
        self.pages.update(pages)
        self.own.update(own)
        self.everything = self.everything or everything
        transaction.on_commit(self.flush)

    def flush(self):
        if self.flushed:
            return
        self.flushed = True
        if getattr(_local, "batch", None) is self:
            _local.batch = None
        urls = set(self.urls)
        cache = url_cache()
        for page in Page.objects.filter(pk__in=self.pages).specific():
            if page.live:
                urls.update(affected_urls(page))
        for page in Page.objects.filter(pk__in=self.own).live().defer_streamfields():
            url = page.get_full_url(cache)
            if url:
                urls.add(url)
        sites = Site.objects.filter(pk__in=self.site_ids - {None})
        purge(urls, sites, everything=self.everything)


def current_batch():
    """The batch of the running transaction (of this thread)."""
    batch = getattr(_local, "batch", None)
    if batch is None or batch.flushed:
        batch = _local.batch = Batch()
    return batch


def discard_pending_purges():
    """Forget what was collected for a transaction that will never commit (a
    test's)."""
    _local.batch = None


def schedule(**changes):
    """Purge these once the running transaction commits (at once outside one)."""
    if purge_enabled():
        current_batch().add(**changes)
