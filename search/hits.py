"""How often each search is made, counted off the request's write path.

Wagtail's search promotions log a hit with a write per search (Query.get
creates the query row, add_hit updates the day's count). Here each process
counts in memory and writes its counts at most once a minute
(SEARCH_HITS_FLUSH_SECONDS), in one transaction, on the first search after
the interval; a process that ends loses at most that minute of counts, which
only feed the "popular searches" report. If the database refuses, the counts
are kept for the next try.
"""

import logging
import threading
import time
from collections import Counter

from django.conf import settings
from django.db import DatabaseError, transaction
from django.db.models import F
from django.utils import timezone

from wagtail.contrib.search_promotions.models import Query, QueryDailyHits
from wagtail.search.utils import normalise_query_string

__all__ = ["count_hit", "discard_pending_hits", "flush_hits", "pending_hits"]

logger = logging.getLogger(__name__)
_lock = threading.Lock()
_pending = Counter()  # (query string, date) -> hits not yet written
_flushed_at = time.monotonic()


def count_hit(query_text):
    """Count one search for query_text; write the counts if they are due."""
    global _flushed_at
    key = (normalise_query_string(query_text), timezone.now().date())
    with _lock:
        _pending[key] += 1
        due = time.monotonic() - _flushed_at >= settings.SEARCH_HITS_FLUSH_SECONDS
        if due:
            _flushed_at = time.monotonic()
    if due:
        flush_hits()


def pending_hits():
    with _lock:
        return dict(_pending)


def discard_pending_hits():
    with _lock:
        _pending.clear()


def flush_hits():
    """Write the counted hits to Wagtail's daily hits, one row per query and day."""
    with _lock:
        counts = dict(_pending)
        _pending.clear()
    if not counts:
        return
    try:
        with transaction.atomic():
            for (query_string, date), hits in counts.items():
                query, _created = Query.objects.get_or_create(query_string=query_string)
                daily, _created = QueryDailyHits.objects.get_or_create(
                    query=query, date=date
                )
                QueryDailyHits.objects.filter(pk=daily.pk).update(hits=F("hits") + hits)
    except DatabaseError as exc:
        logger.warning("Search hits not written, kept for the next try: %s", exc)
        with _lock:
            _pending.update(counts)
