"""How often each search is made, counted off the request's write path.

Wagtail's search promotions log a hit with a write per search (Query.get
creates the query row, add_hit updates the day's count). Here each process
counts in memory and writes its counts at most once a minute
(SEARCH_HITS_FLUSH_SECONDS), in one transaction, on the first search after
the interval; a process that ends loses at most that minute of counts, which
only feed the "popular searches" report. If the database refuses, the counts
are kept for the next try.
"""

import datetime
import logging
import re
import threading
import time
from collections import Counter

from django.conf import settings
from django.db import DatabaseError, transaction
from django.db.models import F
from django.utils import timezone

from wagtail.contrib.search_promotions.models import Query, QueryDailyHits
from wagtail.search.utils import normalise_query_string

from search.query import query_words

__all__ = [
    "count_hit",
    "discard_pending_hits",
    "flush_hits",
    "pending_hits",
    "pending_log",
    "prune_search_log",
]

logger = logging.getLogger(__name__)
_lock = threading.Lock()
_pending = Counter()  # (query string, date) -> hits not yet written
# (site id or None, language, query words, date) -> [searches, without hits]
_log = {}
_flushed_at = time.monotonic()
_pruned_on = None
LOG_DAYS = 90
# A run of six digits or more: a phone or personal identity number, not logged.
LONG_NUMBER = re.compile(r"\d{6,}")


def count_hit(query_text, site_id=None, language="", found=True):
    """Count one search for query_text; write the counts if they are due.

    site_id is the company searched (None: the whole portal); found says
    whether the search had results, for the editors' zero-hit list.
    """
    global _flushed_at
    key = (normalise_query_string(query_text), timezone.now().date())
    today = timezone.localdate()  # the log's days are the readers' days
    words = " ".join(query_words(query_text))
    loggable = words and "@" not in query_text and not LONG_NUMBER.search(words)
    with _lock:
        _pending[key] += 1
        if loggable:
            counts = _log.setdefault((site_id, language, words, today), [0, 0])
            counts[0] += 1
            counts[1] += 0 if found else 1
        due = time.monotonic() - _flushed_at >= settings.SEARCH_HITS_FLUSH_SECONDS
        if due:
            _flushed_at = time.monotonic()
    if due:
        flush_hits()


def pending_hits():
    with _lock:
        return dict(_pending)


def pending_log():
    with _lock:
        return {key: tuple(counts) for key, counts in _log.items()}


def discard_pending_hits():
    with _lock:
        _pending.clear()
        _log.clear()


def flush_hits():
    """Write the counted hits: Wagtail's daily hits and the editors' query log."""
    with _lock:
        counts, log = dict(_pending), dict(_log)
        _pending.clear()
        _log.clear()
    if not counts and not log:
        return
    try:
        with transaction.atomic():
            write_wagtail_hits(counts)
            write_log(log)
    except DatabaseError as exc:
        logger.warning("Search hits not written, kept for the next try: %s", exc)
        with _lock:
            _pending.update(counts)
            for key, (searches, zero) in log.items():
                kept = _log.setdefault(key, [0, 0])
                kept[0] += searches
                kept[1] += zero
        return
    prune_daily()


def write_wagtail_hits(counts):
    for (query_string, date), hits in counts.items():
        query, _created = Query.objects.get_or_create(query_string=query_string)
        daily, _created = QueryDailyHits.objects.get_or_create(query=query, date=date)
        QueryDailyHits.objects.filter(pk=daily.pk).update(hits=F("hits") + hits)


def write_log(log):
    from search.models import SearchQueryDay

    for (site_id, language, words, date), (searches, zero) in log.items():
        row, _created = SearchQueryDay.objects.get_or_create(
            site_id=site_id, language=language, query=words[:200], date=date
        )
        SearchQueryDay.objects.filter(pk=row.pk).update(
            searches=F("searches") + searches, zero_hits=F("zero_hits") + zero
        )


def prune_search_log(before):
    """Delete the query log's days before the date `before`; returns how many.

    The log keeps LOG_DAYS days (each process prunes once a day after writing);
    the retention command calls this too.
    """
    from search.models import SearchQueryDay

    deleted, _by_model = SearchQueryDay.objects.filter(date__lt=before).delete()
    return deleted


def prune_daily():
    global _pruned_on
    today = timezone.localdate()
    if _pruned_on == today:
        return
    _pruned_on = today
    try:
        prune_search_log(today - datetime.timedelta(days=LOG_DAYS))
    except DatabaseError as exc:
        logger.warning("Search log not pruned: %s", exc)
