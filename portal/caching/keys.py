"""Every cache key the portal's shared packages use, and what invalidates it.

Key (module that builds it): what it holds. What invalidates it.

- portal:content-version (caching.version): the content version number.
  Bumped by caching.invalidation on publish, unpublish, move, slug change and
  page delete, on a view restriction change, when a Site, SiteSettings,
  FooterText or Locale is saved or deleted, and once an image, document or
  film that existed is changed or deleted (its renditions and addresses go).
- portal:chrome:<version>:<site>:<language> (caching.chrome): a site's menu,
  identity and footer. A new content version; old keys expire in an hour.
- portal:site-directory:<version> (caching.company_cards): every site's name,
  logo and home paths. A new content version.
- portal:translations:<version>:<translation key>:<site> (i18n.links): a
  page's published translations. A new content version.
- portal:site:<version>:<hostname>:<port> (caching.sites): the Site a host
  and port are served by, its root page as its specific type with its live
  translations. A new content version.
- portal:site-hostnames:<version> (caching.sites): every Site's hostname, so
  a host no site has shares one key (the default site's). A new content
  version.
- portal:locales:<version> (i18n.localized): every Locale by language code.
  A new content version (a Locale saved or deleted bumps it).
- portal:stream:<version>:<site>:<language>:<page>:<field> (caching.fragments):
  a page's StreamField rendered as HTML. A new content version; previews
  never read or write it.
- portal:kept:<version>:<name> (caching.version.kept_for_version): what an
  app derives from published content and keeps until it changes: a listing's
  size or the ids of one of its pages (caching.listings), a blog's explore
  links (blog.explore), a site's search root and synonyms (search.scope,
  search.synonyms). A new content version.
- template.cache.portal_listings.<digest> (Django's {% cache %} in
  home/home_page.html): the portal home's listings as HTML, per content
  version, language and page numbers. A new content version.
- portal:top-level-paths:<version> (models.querysets): URL paths of the
  pages right below Wagtail's root. A new content version.
- portal:restricted-paths (caching.restrictions): tree paths behind a view
  restriction. Deleted on a view restriction change or a page move.
- portal:readyz-probe (web.health, caching.resilient): written and read back
  by /readyz; expires in 30 seconds.
- portal:pages:epoch, portal:pages:host:<hostname>, portal:pages:path:<hostname>:
  <path digest> (caching.pages): random tokens in every kept page's key, for
  every site, one host, one path (all its query strings and languages).
  Deleted by caching.purge (the epoch also when Redis answers again after an
  outage, and in each other process when caching.sync announces a change);
  they expire after a day, which only costs misses.
- portal:pages:page:<digest> (caching.pages): a whole public response, in the
  PORTAL_PAGE_CACHE_ALIAS cache. Never deleted: a new token makes readers ask
  for new keys; it expires after its s-maxage.

When Redis answers again after an outage, caching.resilient bumps the content
version and deletes the restricted paths and the page cache's epoch:
invalidations during the outage were lost.

With the local-memory cache each process has its own copies: caching.sync
tells the other processes on the machine of every bump, and each then bumps
its own version and drops the restricted paths and Wagtail's site root paths
(wagtail_site_root_paths) before its next request.

Versioned keys are never deleted: a bump makes every reader ask for new keys,
which works the same on every app server sharing one Redis. Rate limits keep
their own keys (portal:ratelimit:…) in portal/security/throttle.py.
"""

__all__ = [
    "CONTENT_VERSION_KEY",
    "PAGE_EPOCH_KEY",
    "READYZ_PROBE_KEY",
    "RESTRICTED_PATHS_KEY",
    "chrome_key",
    "page_host_token_key",
    "page_key",
    "page_path_token_key",
    "locales_key",
    "site_directory_key",
    "site_hostnames_key",
    "site_key",
    "stream_key",
    "top_level_paths_key",
    "translations_key",
]

CONTENT_VERSION_KEY = "portal:content-version"
RESTRICTED_PATHS_KEY = "portal:restricted-paths"
READYZ_PROBE_KEY = "portal:readyz-probe"
PAGE_EPOCH_KEY = "portal:pages:epoch"


def chrome_key(version, site_id, language):
    return f"portal:chrome:{version}:{site_id}:{language}"


def site_directory_key(version):
    return f"portal:site-directory:{version}"


def translations_key(version, translation_key, site_id):
    return f"portal:translations:{version}:{translation_key}:{site_id}"


def page_host_token_key(hostname):
    return f"portal:pages:host:{hostname}"


def page_path_token_key(hostname, path_digest):
    return f"portal:pages:path:{hostname}:{path_digest}"


def page_key(digest):
    return f"portal:pages:page:{digest}"


def site_key(version, hostname, port):
    return f"portal:site:{version}:{hostname}:{port}"


def site_hostnames_key(version):
    return f"portal:site-hostnames:{version}"


def locales_key(version):
    return f"portal:locales:{version}"


def stream_key(version, site_id, language, page_id, field):
    return f"portal:stream:{version}:{site_id}:{language}:{page_id}:{field}"


def top_level_paths_key(version):
    return f"portal:top-level-paths:{version}"
