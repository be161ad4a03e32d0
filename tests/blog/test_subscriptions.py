"""Subscribe, confirm (double opt-in), unsubscribe; abuse and bad input."""

import re
import time

from django.core import mail, signing
from django.test import Client, override_settings

import pytest
from pytest_django.asserts import assertContains

from blog.models import Subscriber
from blog.tokens import (
    CONFIRM_SALT,
    UNSUBSCRIBE_SALT,
    PendingSubscription,
    confirm_token,
    unsubscribe_token,
)
from tests.factories.pages import BlogIndexPageFactory, BlogPostPageFactory

pytestmark = pytest.mark.django_db

LINK = re.compile(r"https?://\S+/(?:prenumerera/bekrafta|subscribe/confirm)/[^/\s]+/")


def subscribe(client, email="anna@example.se", ip="127.0.0.1", **extra):
    data = {"email": email, "source": "footer", **extra}
    return client.post("/prenumerera/", data, REMOTE_ADDR=ip)


def confirm_link(message):
    return LINK.search(message.body).group(0)


def pending(email="a@example.se", source="footer"):
    return PendingSubscription(email=email, site_id=None, language="sv", source=source)


def test_footer_and_sidebar_show_the_short_form(client, home_page):
    blog = BlogIndexPageFactory(parent=home_page)
    response = client.get(blog.url)
    # Two sections, named apart so each landmark has its own name.
    assertContains(response, "Få nya inlägg i din inkorg", count=1)
    assertContains(response, '<h2 id="sidebar-follow">Följ bloggen</h2>', html=True)
    assertContains(response, 'action="/prenumerera/"', count=2)
    assertContains(response, 'name="source" value="footer"')
    assertContains(response, 'name="source" value="sidebar"')
    assertContains(response, "Vi använder din adress bara för att skicka nya inlägg")


def test_subscribing_stores_nothing_and_mails_a_confirmation_link(client, home_page):
    response = subscribe(client)
    assert response.status_code == 302
    assert response["Location"] == "/prenumerera/tack/"
    assert Subscriber.objects.count() == 0
    (message,) = mail.outbox
    assert message.to == ["anna@example.se"]
    assert confirm_link(message).startswith("http://testserver/prenumerera/bekrafta/")
    assert "Bekräfta din prenumeration" in message.subject


def test_mail_server_down_asks_to_try_again_with_the_form_filled(
    client, home_page, mail_server_down, caplog
):
    response = subscribe(client)
    assertContains(response, "Försök igen om några minuter", status_code=503)
    assertContains(response, 'value="anna@example.se"', status_code=503)
    assert response["Retry-After"] == "300"
    assert Subscriber.objects.count() == 0
    assert "ConnectionRefusedError" in caplog.text
    assert "anna@example.se" not in caplog.text


def test_confirming_creates_the_subscription_with_consent(client, other_site):
    host = {"headers": {"host": "sodertalje.localhost"}}
    client.post(
        "/prenumerera/", {"email": "Anna@Example.se", "source": "sidebar"}, **host
    )
    link = confirm_link(mail.outbox[0])
    page = client.get(link, **host)
    assertContains(page, "Bekräfta prenumerationen")
    assert Subscriber.objects.count() == 0  # a mail scanner's GET confirms nothing
    response = client.post(link, {"frequency": "weekly"}, **host)
    assertContains(response, "Nu prenumererar du")
    subscriber = Subscriber.objects.get()
    assert subscriber.email == "anna@example.se"
    assert subscriber.site == other_site
    assert subscriber.language == "sv"
    assert subscriber.frequency == "weekly"
    assert subscriber.consent_source == "sidebar"
    assert subscriber.confirmed_at and subscriber.consent_at


def test_portal_subscription_is_portal_wide_and_english_under_en(client, home_page_en):
    client.post("/en/subscribe/", {"email": "a@example.se"})
    link = confirm_link(mail.outbox[0])
    assert "/en/subscribe/confirm/" in link
    client.post(link, {"frequency": "immediate"})
    subscriber = Subscriber.objects.get()
    assert subscriber.site is None
    assert subscriber.language == "en"
    assert subscriber.consent_source == "page"


def test_subscribing_again_gives_the_same_answer_and_no_duplicate(client, home_page):
    first = subscribe(client)
    client.post(confirm_link(mail.outbox[0]), {"frequency": "immediate"})
    again = subscribe(client)
    assert (again.status_code, again["Location"]) == (
        first.status_code,
        first["Location"],
    )
    client.post(confirm_link(mail.outbox[1]), {"frequency": "weekly"})
    assert Subscriber.objects.get().frequency == "weekly"


@pytest.mark.parametrize(
    "token",
    ["nonsense", confirm_token(pending())[:-2] + "xx"],
)
def test_forged_confirmation_link_is_refused(client, home_page, token):
    response = client.post(f"/prenumerera/bekrafta/{token}/", {"frequency": "weekly"})
    assertContains(response, "Länken är inte giltig", status_code=400)
    assert Subscriber.objects.count() == 0


def test_expired_confirmation_link_is_refused(client, home_page):
    token = confirm_token(pending())
    with override_settings(PORTAL_SUBSCRIPTION_CONFIRM_MAX_AGE=-1):
        response = client.post(
            f"/prenumerera/bekrafta/{token}/", {"frequency": "weekly"}
        )
    assertContains(response, "Länken har slutat gälla", status_code=400)
    assert Subscriber.objects.count() == 0


def test_token_for_another_purpose_is_refused(client, home_page):
    token = signing.dumps({"e": "a@example.se", "l": "sv"}, salt="other")
    assert client.get(f"/prenumerera/bekrafta/{token}/").status_code == 400
    assert signing.loads(confirm_token(pending(source="x")), salt=CONFIRM_SALT)


def test_confirmation_link_mailed_before_the_named_fields_still_subscribes(
    client, site
):
    # Exactly what confirm_token signed before it took a PendingSubscription.
    payload = {"e": "a@example.se", "s": site.pk, "l": "en", "src": "sidebar"}
    token = signing.dumps(payload, salt=CONFIRM_SALT, compress=True)
    client.post(f"/prenumerera/bekrafta/{token}/", {"frequency": "weekly"})
    subscriber = Subscriber.objects.get()
    assert (subscriber.email, subscriber.site_id) == ("a@example.se", site.pk)
    assert (subscriber.language, subscriber.consent_source) == ("en", "sidebar")


def test_new_links_keep_the_payload_keys_of_links_already_mailed():
    payload = signing.loads(confirm_token(pending()), salt=CONFIRM_SALT)
    issued_at = payload.pop("t")  # added later; links without it still read
    assert abs(issued_at - time.time()) < 60
    assert payload == {"e": "a@example.se", "s": None, "l": "sv", "src": "footer"}


def test_confirmation_link_missing_a_field_is_refused(client, home_page):
    token = signing.dumps({"e": "a@example.se", "l": "sv"}, salt=CONFIRM_SALT)
    response = client.post(f"/prenumerera/bekrafta/{token}/", {"frequency": "weekly"})
    assertContains(response, "Länken är inte giltig", status_code=400)


@pytest.fixture
def subscriber(home_page):
    return Subscriber.objects.create(
        email="anna@example.se",
        language="sv",
        confirmed_at="2026-01-01T00:00Z",
        consent_source="footer",
    )


def test_unsubscribe_link_shows_a_button_and_post_unsubscribes(client, subscriber):
    url = f"/prenumerera/avsluta/{unsubscribe_token(subscriber)}/"
    assertContains(client.get(url), "Avsluta prenumerationen")
    subscriber.refresh_from_db()
    assert subscriber.unsubscribed_at is None
    assertContains(client.post(url), "Du har avslutat prenumerationen")
    subscriber.refresh_from_db()
    assert subscriber.unsubscribed_at is not None
    assert not Subscriber.objects.active().exists()


def test_one_click_unsubscribe_needs_no_csrf_token(subscriber):
    client = Client(enforce_csrf_checks=True)
    response = client.post(
        f"/prenumerera/avsluta/{unsubscribe_token(subscriber)}/",
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.unsubscribed_at is not None


def test_unsubscribe_link_mailed_before_the_named_fields_still_works(
    client, subscriber
):
    payload = {"id": subscriber.pk, "e": subscriber.email}
    token = signing.dumps(payload, salt=UNSUBSCRIBE_SALT)
    assert token == unsubscribe_token(subscriber)  # the same link as before
    assertContains(
        client.post(f"/prenumerera/avsluta/{token}/"), "Du har avslutat prenumerationen"
    )
    subscriber.refresh_from_db()
    assert subscriber.unsubscribed_at is not None


def test_subscribing_from_another_site_is_refused(home_page):
    client = Client(enforce_csrf_checks=True)
    data = {"email": "anna@example.se", "source": "footer"}
    cross_site = client.post("/prenumerera/", data, HTTP_ORIGIN="https://evil.example")
    assert cross_site.status_code == 403
    assert client.post("/prenumerera/", data).status_code == 403  # no Origin/Referer
    assert not mail.outbox


def test_forged_unsubscribe_link_is_refused(client, subscriber):
    response = client.post("/prenumerera/avsluta/1:forged/")
    assert response.status_code == 400
    subscriber.refresh_from_db()
    assert subscriber.unsubscribed_at is None


def test_honeypot_looks_like_success_but_sends_nothing(client, home_page):
    response = subscribe(client, website="http://spam.example")
    assert response.status_code == 302
    assert not mail.outbox


@pytest.mark.parametrize(
    ("email", "message"),
    [
        ("inte-en-adress", "Skriv en e-postadress som namn@example.se."),
        ("", "Skriv din e-postadress."),
        ("a" * 250 + "@example.se", "En e-postadress har högst 254 tecken."),
    ],
)
def test_bad_address_gets_a_clear_message_and_the_form(
    client, home_page, email, message
):
    response = subscribe(client, email=email)
    assertContains(response, message, status_code=400)
    assertContains(response, 'aria-invalid="true"', status_code=400)
    assert not mail.outbox


@override_settings(PORTAL_SUBSCRIPTION_RATE_PER_IP=2)
def test_rate_limit_per_ip(client, home_page):
    for number in range(2):
        assert subscribe(client, email=f"a{number}@example.se").status_code == 302
    response = subscribe(client, email="a3@example.se")
    assertContains(response, "För många försök", status_code=429)
    assert len(mail.outbox) == 2
    other_ip = subscribe(client, email="a4@example.se", ip="10.0.0.2")
    assert other_ip.status_code == 302


@override_settings(PORTAL_SUBSCRIPTION_RATE_PER_ADDRESS=1)
def test_rate_limit_per_address(client, home_page):
    assert subscribe(client).status_code == 302
    response = subscribe(client, ip="10.0.0.9")
    assert response.status_code == 429
    assert len(mail.outbox) == 1


def test_subscription_pages_render_in_english(client, home_page_en):
    response = client.get("/en/subscribe/")
    assertContains(response, "Get new posts in your inbox")
    assertContains(response, '<html lang="en">')


def test_english_subscription_uses_english_words_swedish_unchanged(
    client, home_page_en
):
    response = client.get("/en/subscribe/")
    assertContains(response, 'action="/en/subscribe/"')
    assert client.get("/prenumerera/").status_code == 200
    response = client.post("/en/subscribe/", {"email": "a@example.se"})
    assert response["Location"] == "/en/subscribe/thanks/"
    assert client.get("/prenumerera/tack/").status_code == 200


def test_former_english_addresses_redirect_reads_and_serve_posts(client, home_page_en):
    """/en/ pages once had Swedish words; e-mailed links must keep working."""
    response = client.get("/en/prenumerera/", {"source": "mail"})
    assert response.status_code == 301
    assert response["Location"] == "/en/subscribe/?source=mail"
    token = confirm_token(PendingSubscription("a@example.se", None, "en", "page"))
    response = client.get(f"/en/prenumerera/bekrafta/{token}/")
    assert response["Location"] == f"/en/subscribe/confirm/{token}/"
    client.post(f"/en/prenumerera/bekrafta/{token}/", {"frequency": "weekly"})
    subscriber = Subscriber.objects.get()
    assert subscriber.language == "en"
    # A mail client's one-click unsubscribe POSTs to the old link, without CSRF.
    csrf_client = Client(enforce_csrf_checks=True)
    url = f"/en/prenumerera/avsluta/{unsubscribe_token(subscriber)}/"
    form = "application/x-www-form-urlencoded"
    response = csrf_client.post(url, "List-Unsubscribe=One-Click", content_type=form)
    assert response.status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.unsubscribed_at is not None


def test_post_page_has_the_sidebar_form(client, home_page):
    post = BlogPostPageFactory(parent=BlogIndexPageFactory(parent=home_page))
    assertContains(client.get(post.url), 'id="sidebar-email"')
