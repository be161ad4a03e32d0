"""Subscribers through the admin: company A's publisher lists, counts, exports and
erases A's subscribers only; B's and portal-wide ones stay out of reach whatever
the URL; A's editors see only A's counts; portal moderators see every one."""

import csv
import io

from django.utils import timezone

import pytest

from blog.models import Subscriber
from tests.portal.isolation import refused

pytestmark = pytest.mark.django_db


def subscriber(email, site, language="sv"):
    return Subscriber.objects.create(
        email=email,
        site=site,
        language=language,
        confirmed_at=timezone.now(),
        consent_source="footer",
    )


@pytest.fixture
def subscribers(world):
    return {
        "a": subscriber("anna@a.example.se", world.a.site),
        "b": subscriber("hemlig@b.example.se", world.b.site, "en"),
        "portal": subscriber("hemlig@portal.example.se", None),
    }


@pytest.fixture
def as_publisher(client, world):
    client.force_login(world.publisher)
    return client


def text(response):
    assert response.status_code == 200
    return response.content.decode()


def exported(client, **params):
    response = client.get("/admin/subscribers/", {"export": "csv", **params})
    assert response.status_code == 200
    content = b"".join(response.streaming_content).decode("utf-8-sig")
    return [row["E-post"] for row in csv.DictReader(io.StringIO(content))]


def test_publisher_lists_and_searches_own_company_only(as_publisher, subscribers):
    listing = text(as_publisher.get("/admin/subscribers/"))
    assert "anna@a.example.se" in listing
    assert "hemlig@" not in listing
    assert "Bolag B" not in listing  # nor in the site filter
    for query in ({"q": "hemlig"}, {"site": subscribers["b"].site_id}):
        page = text(as_publisher.get("/admin/subscribers/", query))
        assert "hemlig@" not in page


def test_publisher_exports_own_company_only(as_publisher, subscribers):
    assert exported(as_publisher) == ["anna@a.example.se"]
    assert exported(as_publisher, q="hemlig") == []


def test_publisher_counts_own_company_only(as_publisher, subscribers):
    counts = text(as_publisher.get("/admin/subscriber-counts/"))
    assert "Bolag A" in counts
    assert "Bolag B" not in counts
    assert "hela portalen" not in counts


@pytest.mark.parametrize("whose", ["b", "portal"])
def test_other_subscribers_direct_urls_refused(as_publisher, subscribers, whose):
    pk = subscribers[whose].pk
    for url in ("inspect", "delete", "edit", "history", "usage"):
        assert refused(as_publisher.get(f"/admin/subscribers/{url}/{pk}/")), url
    assert refused(as_publisher.post(f"/admin/subscribers/delete/{pk}/"))
    edit = as_publisher.post(f"/admin/subscribers/edit/{pk}/", {"frequency": "weekly"})
    assert refused(edit)
    kept = Subscriber.objects.get(pk=pk)
    assert kept.frequency == Subscriber.Frequency.IMMEDIATE


def test_publisher_inspects_and_erases_own_subscriber(as_publisher, subscribers):
    pk = subscribers["a"].pk
    assert "anna@a.example.se" in text(
        as_publisher.get(f"/admin/subscribers/inspect/{pk}/")
    )
    assert as_publisher.post(f"/admin/subscribers/delete/{pk}/").status_code == 302
    assert not Subscriber.objects.filter(pk=pk).exists()
    assert Subscriber.objects.count() == 2


def test_editors_see_their_company_counts_but_no_subscriber(client, world, subscribers):
    client.force_login(world.editor)
    counts = text(client.get("/admin/subscriber-counts/"))
    assert "Bolag A" in counts
    assert "Bolag B" not in counts and "hela portalen" not in counts
    assert "@a.example.se" not in counts and "/admin/subscribers/" not in counts
    pk = subscribers["a"].pk
    for url in ("/admin/subscribers/", f"/admin/subscribers/inspect/{pk}/"):
        assert refused(client.get(url)), url
    assert refused(client.get("/admin/subscribers/", {"export": "csv"}))
    assert refused(client.post(f"/admin/subscribers/delete/{pk}/"))
    assert Subscriber.objects.filter(pk=pk).exists()
    assert "/admin/subscribers/" not in text(client.get("/admin/"))


def test_moderators_see_every_company_and_the_portal(client, world, subscribers):
    client.force_login(world.moderator)
    assert sorted(exported(client)) == sorted(s.email for s in subscribers.values())
    counts = text(client.get("/admin/subscriber-counts/"))
    assert "Bolag A" in counts and "Bolag B" in counts and "hela portalen" in counts
    pk = subscribers["portal"].pk
    assert client.post(f"/admin/subscribers/delete/{pk}/").status_code == 302
    assert not Subscriber.objects.filter(pk=pk).exists()
