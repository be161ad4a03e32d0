"""Search hits are counted in memory and written in batches (search/hits.py)."""

import logging

from django.db import DatabaseError, connection
from django.test.utils import CaptureQueriesContext

from wagtail.contrib.search_promotions.models import Query, QueryDailyHits

import pytest

from search import hits

pytestmark = pytest.mark.django_db


def writes(queries):
    return [q["sql"] for q in queries if not q["sql"].lstrip().startswith("SELECT")]


def test_a_search_writes_nothing_to_the_database(client, site):
    client.get("/sok/", {"q": "uppvärmning"})  # the first request fills caches
    hits.discard_pending_hits()
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/sok/", {"q": "Solceller"}).status_code == 200
    assert writes(queries) == []
    assert not Query.objects.exists()
    assert list(hits.pending_hits().values()) == [1]


def test_counted_hits_are_written_in_one_batch(client, site):
    for _ in range(3):
        client.get("/sok/", {"q": "Solceller"})
    client.get("/en/search/", {"q": "solar panels"})
    hits.flush_hits()
    assert Query.get("solceller").hits == 3
    assert Query.get("solar panels").hits == 1
    assert hits.pending_hits() == {}
    client.get("/sok/", {"q": "solceller"})
    hits.flush_hits()
    assert Query.get("solceller").hits == 4
    assert QueryDailyHits.objects.count() == 2


def test_hits_are_written_once_the_interval_has_passed(client, site, settings):
    settings.SEARCH_HITS_FLUSH_SECONDS = 0
    client.get("/sok/", {"q": "odling"})
    assert Query.get("odling").hits == 1
    assert hits.pending_hits() == {}


def test_a_refused_write_keeps_the_counts(client, site, monkeypatch, caplog):
    client.get("/sok/", {"q": "odling"})

    def refuse(*args, **kwargs):
        raise DatabaseError("database is restarting")

    monkeypatch.setattr(Query.objects, "get_or_create", refuse)
    with caplog.at_level(logging.WARNING, logger="search.hits"):
        hits.flush_hits()
    assert "kept for the next try" in caplog.text
    monkeypatch.undo()
    hits.flush_hits()
    assert Query.get("odling").hits == 1
