"""Page querysets the page types share: public pages, and pages listed as cards.

Each card model's for_cards() joins the card image in; Wagtail keeps renditions
in the default cache, so after the first view a card costs no query of its own.
"""

from django.core.cache import cache
from django.db.models import Q

from wagtail.models import Page, Site
from wagtail.query import PageQuerySet

from portal.caching.keys import top_level_paths_key
from portal.caching.restrictions import private_q
from portal.caching.version import content_version

__all__ = ["CardQuerySet", "PortalPageQuerySet", "site_pages_q", "under_roots_q"]


def under_roots_q(roots):
    """Pages below any of roots (Wagtail's SiteRootPath tuples), by URL path."""
    q = Q()
    for root in roots:
        q |= Q(url_path__startswith=root.root_path)
    return q if q else Q(pk__in=[])


def site_pages_q(site, roots=None):
    """Pages of site in every language, by URL path, without nested sites' pages.

    roots defaults to Wagtail's cached site root paths (each site's translated
    roots too); another site whose root lies inside this one's tree keeps its
    own pages.
    """
    roots = Site.get_site_root_paths() if roots is None else roots
    own = [root for root in roots if root.site_id == site.pk]
    nested = [
        root
        for root in roots
        if root.site_id != site.pk
        and any(
            root.root_path.startswith(mine.root_path)
            and root.root_path != mine.root_path
            for mine in own
        )
    ]
    q = under_roots_q(own)
    return q & ~under_roots_q(nested) if nested else q


def in_any_site_q(roots):
    """Pages below any of roots, when roots are every site's (and translation's).

    With a hundred sites, a prefix test per root and row made the portal's
    listings scan every page a hundred times. When every root is a top-level
    page (a child of Wagtail's root, as create_company_site makes them), a
    page is in some site unless it is below one of the few top-level pages
    that root no site: that exclusion is usually empty.
    """
    root_paths = {root.root_path for root in roots}
    if any(path.count("/") != 2 for path in root_paths):
        return under_roots_q(roots)  # a site rooted deeper: test each root
    key = top_level_paths_key(content_version())
    tops = cache.get(key)
    if tops is None:
        tops = list(Page.objects.filter(depth=2).values_list("url_path", flat=True))
        cache.set(key, tops, timeout=3600)
    q = Q()
    for path in tops:
        if path not in root_paths:
            q &= ~Q(url_path__startswith=path)
    return q


class PortalPageQuerySet(PageQuerySet):
    # PageQuerySet's filters read every restriction per call; ours use the
    # cached paths and must select the same pages (docs/upstream.md,
    # "PageQuerySet.public").
    def public(self):
        return self.exclude(private_q())

    def not_public(self):
        return self.filter(private_q())

    def private(self):
        return self.filter(private_q())


class CardQuerySet(PortalPageQuerySet):
    """Pages shown as cards: newest first, with their hero image."""

    def for_cards(self):
        return self.select_related("locale", "hero_image").order_by(
            "-first_published_at", "-pk"
        )

    def below(self, root):
        """Pages below root (descendant_of) by a range on the indexed tree path.

        A LIKE 'path%' filter is not served by the index on SQLite (nor on
        PostgreSQL without a pattern index): it read every page. Tree paths
        use 0-9 and A-Z, so every descendant sorts before the path plus "~".
        """
        return self.filter(path__gt=root.path, path__lt=f"{root.path}~")

    def siblings_of(self, page):
        """Pages beside page, without it (sibling_of), by the same range as below()."""
        parent = page.path[: -page.steplen]
        return self.filter(
            path__gt=parent, path__lt=f"{parent}~", depth=page.depth
        ).exclude(pk=page.pk)

    def cards_under(self, root):
        """Live, public pages below root, ready to render as cards."""
        return self.live().public().below(root).for_cards()

    def cards_across_sites(self, locale_id, roots=None):
        """Live, public pages on any site (or below roots) in one locale, as cards.

        Pages outside every site have no address, so they are left out; the
        Wagtail-cached root paths include each site's translated roots.
        """
        if roots is None:
            within = in_any_site_q(Site.get_site_root_paths())
        else:
            within = under_roots_q(roots)
        pages = self.live().filter(within, locale_id=locale_id)
        return pages.public().for_cards()
