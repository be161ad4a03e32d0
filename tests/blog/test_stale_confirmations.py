"""A confirmation link cannot undo a later unsubscribe or outlive its site."""

import datetime

from django.core import signing
from django.utils import timezone

import pytest
from pytest_django.asserts import assertContains

from blog.models import Subscriber
from blog.tokens import CONFIRM_SALT, PendingSubscription, confirm_token

pytestmark = pytest.mark.django_db

REPLAYED = "Du avslutade prenumerationen efter att länken skickades"
SITE_GONE = "Webbplatsen som länken gällde finns inte längre"


def link(site_id=None, language="sv"):
    pending = PendingSubscription("anna@example.se", site_id, language, "footer")
    path = "prenumerera/bekrafta" if language == "sv" else "en/subscribe/confirm"
    return f"/{path}/{confirm_token(pending)}/"


def unsubscribed(minutes_ago, site=None):
    return Subscriber.objects.create(
        email="anna@example.se",
        site=site,
        language="sv",
        confirmed_at=timezone.now() - datetime.timedelta(days=30),
        consent_source="footer",
        unsubscribed_at=timezone.now() - datetime.timedelta(minutes=minutes_ago),
    )


def test_link_replayed_after_unsubscribing_is_refused(client, home_page):
    url = link()
    subscriber = unsubscribed(minutes_ago=-1)  # after the link was mailed
    assertContains(client.get(url), REPLAYED, status_code=400)
    response = client.post(url, {"frequency": "weekly"})
    assertContains(response, REPLAYED, status_code=400)
    subscriber.refresh_from_db()
    assert subscriber.unsubscribed_at is not None
    assert not Subscriber.objects.active().exists()


def test_link_mailed_after_unsubscribing_subscribes_again(client, home_page):
    subscriber = unsubscribed(minutes_ago=10)
    client.post(link(), {"frequency": "weekly"})
    subscriber.refresh_from_db()
    assert subscriber.unsubscribed_at is None
    assert subscriber.frequency == "weekly"


def test_unsubscribing_elsewhere_does_not_block_the_link(client, home_page, other_site):
    unsubscribed(minutes_ago=-1, site=other_site)
    client.post(link(), {"frequency": "weekly"})
    assert Subscriber.objects.active().get().site is None


def test_link_without_an_issue_time_is_refused_after_a_recent_unsubscribe(
    client, home_page
):
    # Links mailed before they carried "t": they may be as old as max age.
    payload = {"e": "anna@example.se", "s": None, "l": "sv", "src": "footer"}
    token = signing.dumps(payload, salt=CONFIRM_SALT, compress=True)
    unsubscribed(minutes_ago=60)
    response = client.post(f"/prenumerera/bekrafta/{token}/", {"frequency": "weekly"})
    assertContains(response, REPLAYED, status_code=400)
    assert not Subscriber.objects.active().exists()


def test_link_with_a_mangled_issue_time_is_refused(client, home_page):
    payload = {"e": "a@example.se", "s": None, "l": "sv", "src": "footer", "t": "x"}
    token = signing.dumps(payload, salt=CONFIRM_SALT, compress=True)
    response = client.post(f"/prenumerera/bekrafta/{token}/", {"frequency": "weekly"})
    assertContains(response, "Länken är inte giltig", status_code=400)


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("sv", SITE_GONE),
        ("en", "The website this link was for no longer exists"),
    ],
)
def test_link_for_a_removed_site_is_refused_not_made_portal_wide(
    client, home_page_en, other_site, language, message
):
    url = link(site_id=other_site.pk, language=language)
    other_site.delete()
    assertContains(client.get(url), message, status_code=410)
    response = client.post(url, {"frequency": "weekly"})
    assertContains(response, message, status_code=410)
    assert not Subscriber.objects.exists()
