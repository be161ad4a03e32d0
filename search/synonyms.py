"""Editors' synonyms (models.SearchSynonym) as the query uses them.

On a company's site (or with its filter) its own synonyms and the portal-wide
ones apply; on the whole portal only the portal-wide ones. One query per search.
"""

from django.db.models import Q

from portal.caching.version import kept_for_version
from search.models import SearchSynonym
from search.query import base_form
from search.snippets import stem

__all__ = ["synonym_key", "synonyms_for"]


def synonym_key(base, language):
    """Forms of a word meet at its stem: "boendet" and "boende" are one word."""
    return stem(base, language)


def synonyms_for(scope):
    """{stem of a word: [tuples of bases of each phrase meaning the same]}.

    Cached per content version, which a synonym's change bumps
    (search.signal_handlers).
    """
    name = f"search-synonyms:{scope.site_id}:{scope.language}"
    return kept_for_version(name, lambda: synonyms_from_database(scope))


def synonyms_from_database(scope):
    owners = Q(site__isnull=True)
    if scope.site_id is not None:
        owners |= Q(site_id=scope.site_id)
    rows = SearchSynonym.objects.filter(owners, language=scope.language)
    found = {}
    for row in rows.only("words"):
        phrases = [
            tuple(base_form(word, scope.language) for word in phrase)
            for phrase in row.groups()
        ]
        for phrase in phrases:
            if len(phrase) != 1:  # a query word is one word; phrases are targets
                continue
            others = [other for other in phrases if other != phrase]
            key = synonym_key(phrase[0], scope.language)
            found.setdefault(key, []).extend(others)
    return found
