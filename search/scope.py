"""What a search covers: one site's tree in the reader's language, or every site.

Scope is the path of the site's root *in the active language* (the English
home is a translation, not the Site's root page), so the English tree is never
dropped the way PageQuerySet.in_site() drops it.
"""

from dataclasses import dataclass

from django.db.models import Q, Subquery

from wagtail.models import Page, Site

from portal.caching.restrictions import private_q, restricted_paths
from portal.caching.version import kept_for_version
from search.models import SearchEntry


@dataclass
class Scope:
    language: str
    root_path: str | None  # None: every site
    site_id: int | None = None  # the one site searched, if one

    def entries(self, kind=""):
        """Live, public rows of the language inside the scope."""
        entries = SearchEntry.objects.filter(language=self.language, site__isnull=False)
        if self.site_id is not None:
            # The site's index leads SQLite to its rows; a path prefix (LIKE
            # … ESCAPE) cannot use one, and the language's holds half the portal.
            entries = entries.filter(site_id=self.site_id)
        if self.root_path is not None:
            entries = entries.filter(path__startswith=self.root_path)
        if kind:
            entries = entries.filter(kind=kind)
        return entries.exclude(private_q())

    def pages_q(self, prefix="page__"):
        """The same scope for a relation to Page (e.g. promotions)."""
        q = Q(
            **{f"{prefix}live": True, f"{prefix}locale__language_code": self.language}
        )
        if self.root_path is not None:
            q &= Q(**{f"{prefix}path__startswith": self.root_path})
        for path in restricted_paths():
            q &= ~Q(**{f"{prefix}path__startswith": path})
        return q


def root_path(site_id, language):
    """The path of the site's home in language ("-" if untranslated), cached
    per content version (a move, a new translation or a new root bumps it)."""
    name = f"search-root:{site_id}:{language}"
    return kept_for_version(name, lambda: root_path_from_database(site_id, language))


def root_path_from_database(site_id, language):
    root_key = Page.objects.filter(sites_rooted_here=site_id).values("translation_key")
    path = (
        Page.objects.filter(
            translation_key=Subquery(root_key[:1]), locale__language_code=language
        )
        .values_list("path", flat=True)
        .first()
    )
    # No tree path starts with "-": an untranslated site finds nothing.
    return path or "-"


def scope_for(site, language, company=None, everywhere=False):
    if company is not None:
        return Scope(language, root_path(company, language), company)
    if site is None or everywhere or site.is_default_site:
        return Scope(language, None)
    return Scope(language, root_path(site.pk, language), site.pk)


def site_names():
    """({site id: name} of every site, [(id, name)] of the company sites)."""
    sites = Site.objects.order_by("site_name", "hostname").values_list(
        "pk", "site_name", "is_default_site"
    )
    names, companies = {}, []
    for pk, name, is_portal in sites:
        names[pk] = name
        if not is_portal:
            companies.append((pk, name))
    return names, companies
