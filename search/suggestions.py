"""'Menade du …?': the closest words of the searched sites, for a query without hits.

PostgreSQL only: pg_trgm's trigram similarity over the words of the site (or
every site) in the query's language (models.SearchWord, GIN-indexed). Other
databases make no suggestion. A suggestion is offered only if it finds pages.
"""

from django.db import connection

from search.query import match

__all__ = ["suggestion"]

MIN_LENGTH = 4  # shorter words are too often other real words
SIMILAR = """
    SELECT word FROM search_searchword
    WHERE language = %s AND word %% %s {site}
    ORDER BY similarity(word, %s) DESC, word
    LIMIT 1
"""  # word % typed: the trigram index finds candidates at or above the threshold


def closest_word(word, scope):
    site = "AND site_id = %s" if scope.site_id is not None else ""
    params = [scope.language, word]
    if scope.site_id is not None:
        params.append(scope.site_id)
    params.append(word)
    with connection.cursor() as cursor:
        cursor.execute(SIMILAR.format(site=site), params)
        row = cursor.fetchone()
    return row[0] if row else None


def suggestion(scope, words):
    """A corrected query (str) that finds pages in scope, or None."""
    if connection.vendor != "postgresql" or not words:
        return None
    corrected, changed = [], False
    for word in words:
        better = closest_word(word, scope) if len(word) >= MIN_LENGTH else None
        if better and better != word:
            corrected.append(better)
            changed = True
        else:
            corrected.append(word)
    if not changed or not match(scope.entries(), corrected, scope.language).exists():
        return None
    return " ".join(corrected)
