"""Editors' search analytics: per company, batched, no personal data, 90 days."""

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

import pytest

from search import hits
from search.models import SearchQueryDay
from tests.factories.pages import BlogPostPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_counts():
    hits.discard_pending_hits()
    yield
    hits.discard_pending_hits()


@pytest.fixture
def searched(client, company, publish):
    publish(BlogPostPageFactory(parent=company["blog"], title="Odling", body=[]))
    host = {"host": company["host"]}
    for typed in ("Odling", "odling", "odling", "solceller", "solceller"):
        client.get("/sok/", {"q": typed}, headers=host)
    client.get("/sok/", {"q": "portalens ord"})  # the whole portal's search
    return company


def test_searches_are_logged_per_company_in_batches(client, searched):
    with CaptureQueriesContext(connection) as queries:
        client.get("/sok/", {"q": "odling"}, headers={"host": searched["host"]})
    assert not [q for q in queries if q["sql"].lstrip().startswith("INSERT")]
    hits.flush_hits()
    rows = {
        (row.site_id, row.query): (row.searches, row.zero_hits)
        for row in SearchQueryDay.objects.all()
    }
    assert rows == {
        (searched["site"].pk, "odling"): (4, 0),
        (searched["site"].pk, "solceller"): (2, 2),
        (None, "portalens ord"): (1, 1),
    }
    assert SearchQueryDay.objects.filter(language="sv").count() == 3


@pytest.mark.parametrize(
    "typed", ["199001011234", "ring 0701234567", "anna@example.se"]
)
def test_numbers_and_addresses_are_never_logged(client, site, typed):
    client.get("/sok/", {"q": typed})
    hits.flush_hits()
    assert not SearchQueryDay.objects.exists()


def test_prune_search_log_deletes_days_before_the_date():
    today = timezone.localdate()
    for days in (0, 89, 90, 200):
        SearchQueryDay.objects.create(
            language="sv",
            query=f"ord {days}",
            date=today - datetime.timedelta(days=days),
            searches=1,
        )
    assert hits.prune_search_log(today - datetime.timedelta(days=89)) == 2
    assert sorted(SearchQueryDay.objects.values_list("query", flat=True)) == [
        "ord 0",
        "ord 89",
    ]


def test_writing_prunes_the_log_to_90_days(client, site):
    old = timezone.localdate() - datetime.timedelta(days=91)
    SearchQueryDay.objects.create(language="sv", query="gammal", date=old)
    hits._pruned_on = None
    client.get("/sok/", {"q": "ny"})
    hits.flush_hits()
    assert list(SearchQueryDay.objects.values_list("query", flat=True)) == ["ny"]


def test_editors_see_their_companys_frequent_and_zero_hit_searches(
    client, searched, django_user_model
):
    from portal.companies.access import ensure_company_access

    hits.flush_hits()
    SearchQueryDay.objects.create(
        language="sv",
        query="för länge sedan",
        date=timezone.localdate() - datetime.timedelta(days=30),
        searches=50,
        site=searched["site"],
    )
    editor = django_user_model.objects.create_user("redaktor", password="x")
    editor.groups.add(ensure_company_access(searched["site"]).editors)
    client.force_login(editor)
    response = client.get("/admin/search-analytics/")
    assert response.status_code == 200
    assert response.context["frequent"] == [("odling", 3), ("solceller", 2)]
    assert response.context["zero"] == [("solceller", 2)]
    assert "portalens ord" not in response.content.decode()
