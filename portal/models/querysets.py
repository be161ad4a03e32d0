"""Page querysets the page types share: public pages, and pages listed as cards.

Each card model's for_cards() joins the card image in; Wagtail keeps renditions
in the default cache, so after the first view a card costs no query of its own.
"""

from django.db.models import Q

from wagtail.models import Site
from wagtail.query import PageQuerySet

from portal.caching.restrictions import private_q

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

    def cards_under(self, root):
        """Live, public pages below root, ready to render as cards."""
        return self.live().public().descendant_of(root).for_cards()

    def cards_across_sites(self, locale_id, roots=None):
        """Live, public pages on any site (or below roots) in one locale, as cards.

        Pages outside every site have no address, so they are left out; the
        Wagtail-cached root paths include each site's translated roots.
        """
        roots = Site.get_site_root_paths() if roots is None else roots
        pages = self.live().filter(under_roots_q(roots), locale_id=locale_id)
        return pages.public().for_cards()
