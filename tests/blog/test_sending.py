"""send_new_posts: each post once, to confirmed subscribers of its site and language."""

import datetime
from io import StringIO
from unittest import mock

from django.core import mail
from django.core.management import call_command
from django.utils import timezone

import pytest

from blog import sending
from blog.models import Delivery, Subscriber
from tests.factories.pages import BlogIndexPageFactory, BlogPostPageFactory

pytestmark = pytest.mark.django_db

LONG_AGO = timezone.now() - datetime.timedelta(days=30)


def subscriber(email, site=None, language="sv", **fields):
    fields.setdefault("confirmed_at", LONG_AGO)
    return Subscriber.objects.create(
        email=email, site=site, language=language, consent_source="footer", **fields
    )


def new_post(**fields):
    """A post published as editors do, which sets first_published_at."""
    post = BlogPostPageFactory(**fields)
    if post.live:
        post.save_revision().publish()
        post.refresh_from_db()
    return post


def send():
    out, err = StringIO(), StringIO()
    call_command("send_new_posts", stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def recipients():
    return sorted(address for message in mail.outbox for address in message.to)


@pytest.fixture
def blogs(home_page, other_site):
    return (
        BlogIndexPageFactory(parent=home_page, slug="blogg"),
        BlogIndexPageFactory(parent=other_site.root_page, slug="blogg"),
    )


def test_sends_each_new_post_once_to_confirmed_subscribers_of_its_site(
    blogs, other_site
):
    portal_blog, company_blog = blogs
    subscriber("company@example.se", site=other_site)
    subscriber("portal@example.se")  # portal-wide: every company
    subscriber("pending@example.se", confirmed_at=None)
    subscriber("left@example.se", site=other_site, unsubscribed_at=timezone.now())
    subscriber("english@example.se", site=other_site, language="en")
    new_post(parent=company_blog, title="Nytt i Södertälje")
    send()
    assert recipients() == ["company@example.se", "portal@example.se"]
    message = mail.outbox[0]
    assert "Nytt i Södertälje" in message.subject
    assert "http://sodertalje.localhost/blogg/" in message.body
    assert message.alternatives[0][1] == "text/html"
    mail.outbox.clear()
    send()
    assert mail.outbox == []


def test_other_sites_posts_and_old_posts_are_not_sent(blogs, other_site):
    portal_blog, company_blog = blogs
    new_post(parent=company_blog, title="Före prenumerationen")
    subscriber("company@example.se", site=other_site, confirmed_at=timezone.now())
    new_post(parent=portal_blog, title="Portalens eget")
    send()
    assert mail.outbox == []


def test_english_subscribers_get_english_posts(blogs, other_site, translate):
    _portal_blog, company_blog = blogs
    subscriber("sv@example.se", site=other_site)
    subscriber("en@example.se", site=other_site, language="en")
    post = new_post(parent=company_blog, title="Svenskt")
    translate(post, title="In English")
    send()
    subjects = {message.to[0]: message.subject for message in mail.outbox}
    assert "Svenskt" in subjects["sv@example.se"]
    assert "In English" in subjects["en@example.se"]
    english = next(m for m in mail.outbox if m.to == ["en@example.se"])
    assert "/en/subscribe/unsubscribe/" in english.extra_headers["List-Unsubscribe"]


def test_every_message_has_one_click_unsubscribe(client, blogs, other_site):
    subscriber("company@example.se", site=other_site)
    new_post(parent=blogs[1])
    send()
    headers = mail.outbox[0].extra_headers
    assert headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    url = headers["List-Unsubscribe"].strip("<>")
    assert url.startswith("http://sodertalje.localhost/prenumerera/avsluta/")
    assert url in mail.outbox[0].body
    response = client.post(
        url.removeprefix("http://sodertalje.localhost"),
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
        headers={"host": "sodertalje.localhost"},
    )
    assert response.status_code == 200
    assert not Subscriber.objects.active().exists()


def test_weekly_subscribers_get_one_digest_a_week(blogs, other_site):
    subscriber("weekly@example.se", site=other_site, frequency="weekly")
    for number in range(3):
        new_post(parent=blogs[1], title=f"Veckans {number}")
    send()
    (digest,) = mail.outbox
    assert "Nya inlägg från" in digest.subject
    assert all(f"Veckans {number}" in digest.body for number in range(3))
    mail.outbox.clear()
    new_post(parent=blogs[1], title="Nästa vecka")
    send()
    assert mail.outbox == []  # the next digest waits a week
    later = timezone.now() + datetime.timedelta(days=8)
    sending.send_new_posts(now=later)
    (digest,) = mail.outbox
    assert "Nästa vecka" in digest.body
    assert "Veckans 0" not in digest.body


def test_new_weekly_subscriber_waits_a_week_for_the_first_digest(blogs, other_site):
    subscriber(
        "weekly@example.se",
        site=other_site,
        frequency="weekly",
        confirmed_at=timezone.now() - datetime.timedelta(days=1),
    )
    new_post(parent=blogs[1])
    send()
    assert mail.outbox == []


@pytest.mark.parametrize("batch_size", [1, 2, 100])
def test_crash_mid_batch_resumes_without_duplicates(
    blogs, other_site, settings, batch_size
):
    settings.PORTAL_SUBSCRIPTION_BATCH_SIZE = batch_size
    for number in range(5):
        subscriber(f"s{number}@example.se", site=other_site)
    new_post(parent=blogs[1])
    real_mark_sent = sending.mark_sent
    calls = []

    def crash_on_third(subscriber, posts):
        calls.append(subscriber)
        if len(calls) == 3:
            raise KeyboardInterrupt  # the process dies after sending, before marking
        real_mark_sent(subscriber, posts)

    with (
        mock.patch.object(sending, "mark_sent", crash_on_third),
        pytest.raises(KeyboardInterrupt),
    ):
        send()
    assert len(mail.outbox) == 3
    out, err = send()
    assert recipients() == [f"s{number}@example.se" for number in range(5)]
    assert "1 deliveries" in err  # the one in flight is reported, not resent
    assert Delivery.objects.count() == 5


def test_smtp_failure_releases_the_claim_for_the_next_run(blogs, other_site):
    import smtplib

    subscriber("company@example.se", site=other_site)
    new_post(parent=blogs[1])
    with mock.patch(
        "django.core.mail.backends.locmem.EmailBackend.send_messages",
        side_effect=smtplib.SMTPServerDisconnected("gone"),
    ):
        out, _err = send()
    assert "failed (retried next run): 1" in out
    assert not Delivery.objects.exists()
    send()
    assert recipients() == ["company@example.se"]


def test_a_second_claim_is_refused(blogs, other_site):
    person = subscriber("company@example.se", site=other_site)
    post = new_post(parent=blogs[1])
    assert sending.claim(person, [post])
    assert not sending.claim(person, [post])
    assert Delivery.objects.count() == 1


def test_draft_and_private_posts_are_not_sent(blogs, other_site):
    from wagtail.models import PageViewRestriction

    subscriber("company@example.se", site=other_site)
    new_post(parent=blogs[1], live=False)
    hidden = BlogIndexPageFactory(parent=other_site.root_page, slug="intern")
    PageViewRestriction.objects.create(page=hidden, restriction_type="login")
    new_post(parent=hidden)
    send()
    assert mail.outbox == []
