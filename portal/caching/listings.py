"""Listings whose order and size are cached per content version.

Sorting every live post of every company by date, and counting them, is what
makes the portal's home slower as the portal grows; the answer changes only
when something is published (a new content version). So a listing's size and
the ids on each of its pages are cached, and a page's rows are fetched by id
with a plain query: the filters that chose them (one per site) cost more to
build than the rows to read.
"""

from django.utils.functional import SimpleLazyObject

from portal.caching.version import kept_for_version

__all__ = ["CachedListing"]


class CachedListing:
    """select()'s queryset for a Paginator, its count and slices' ids cached.

    select is called only when the cache has no answer. name must say
    everything that selects the rows (e.g. type and locale); rows fetches them
    by id, with what they are shown with.
    """

    def __init__(self, select, name, rows):
        self.select, self.name, self.rows = select, name, rows

    def cached(self, part, compute):
        return kept_for_version(f"listing:{self.name}:{part}", compute)

    def count(self):
        return self.cached("count", lambda: self.select().count())

    def __getitem__(self, window):
        if not isinstance(window, slice):
            raise TypeError("a listing is read in pages (slices)")
        ids = self.cached(
            f"{window.start}-{window.stop}",
            lambda: list(self.select().values_list("pk", flat=True)[window]),
        )
        # Read when shown: a listing rendered from a cached fragment needs
        # only its page numbers.
        return SimpleLazyObject(lambda: self.fetch(ids))

    def fetch(self, ids):
        found = {page.pk: page for page in self.rows.filter(pk__in=ids)}
        return [found[pk] for pk in ids if pk in found]
