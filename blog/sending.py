"""Send each new post once to each confirmed subscriber of its site and language.

Claim, then send, then mark: a Delivery row per (subscriber, post) is
committed before the message goes out, and the unique constraint refuses a
second claim. So a post reaches nobody twice, whether runs overlap or a run
dies half-way (the next run skips what is claimed). The price is at-most-once
for the one message in flight when a run dies: its claim stays, unsent
(sent_at empty), and is counted in the command's report rather than retried.
A send that fails with an SMTP or network error is known not to have
happened, so its claim is released and the next run tries again.

Delivery rows are deleted after their retention period (portal.privacy), so
only posts first published within the shortest period allowed are sent: a
post whose rows are gone is too old to go out again.
"""

import datetime
import logging
import smtplib
from dataclasses import dataclass
from itertools import islice

from django.conf import settings
from django.core.mail import get_connection
from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone

from wagtail.models import Page, Site

from blog.mail import posts_message
from blog.personal_data import DELIVERY_LOG_MIN_DAYS
from blog.subscribers import Delivery, Subscriber
from portal.caching.restrictions import public

logger = logging.getLogger(__name__)


@dataclass
class Report:
    sent: int = 0
    failed: int = 0
    unconfirmed: int = 0  # claims a dead run left without knowing if they went out


def batched(iterable, size):
    iterator = iter(iterable)
    while batch := list(islice(iterator, size)):
        yield batch


def new_posts(site_id, language, since):
    """Live, public posts of the site (or all sites) in language since a time."""
    from blog.models import BlogPostPage

    posts = BlogPostPage.objects.live().filter(
        locale__language_code=language, first_published_at__gte=since
    )
    if site_id:
        root = Site.objects.get(pk=site_id).root_page
        localized = Page.objects.filter(
            translation_key=root.translation_key, locale__language_code=language
        ).first()
        if localized is None:
            return []
        posts = posts.descendant_of(localized)
    return list(public(posts).order_by("first_published_at", "pk"))


def send_new_posts(now=None):
    now = now or timezone.now()
    report = Report()
    active = Subscriber.objects.active()
    groups = active.values_list("site_id", "language").distinct().order_by()
    window = now - datetime.timedelta(days=DELIVERY_LOG_MIN_DAYS)
    for site_id, language in groups:
        group = active.filter(site_id=site_id, language=language)
        since = group.order_by("confirmed_at").values_list("confirmed_at", flat=True)
        posts = new_posts(site_id, language, max(since.first(), window))
        if not posts:
            continue
        subscribers = group.annotate(last_claim=Max("deliveries__claimed_at"))
        for batch in batched(
            subscribers.order_by("pk"), settings.PORTAL_SUBSCRIPTION_BATCH_SIZE
        ):
            send_batch(batch, posts, now, report)
    report.unconfirmed = Delivery.objects.filter(sent_at__isnull=True).count()
    return report


def due_messages(subscriber, posts, delivered, now):
    """Lists of posts to send the subscriber, one list per message."""
    pending = [
        post
        for post in posts
        if post.first_published_at >= subscriber.confirmed_at
        and (subscriber.pk, post.pk) not in delivered
    ]
    if not pending:
        return []
    if subscriber.frequency == Subscriber.Frequency.IMMEDIATE:
        return [[post] for post in pending]
    last = subscriber.last_claim or subscriber.confirmed_at
    days = datetime.timedelta(days=settings.PORTAL_SUBSCRIPTION_DIGEST_DAYS)
    return [pending] if last <= now - days else []


def send_batch(batch, posts, now, report):
    delivered = set(
        Delivery.objects.filter(subscriber__in=batch).values_list(
            "subscriber_id", "post_id"
        )
    )
    with get_connection() as connection:
        for subscriber in batch:
            for message_posts in due_messages(subscriber, posts, delivered, now):
                outcome = deliver(subscriber, message_posts, connection)
                if outcome is not None:
                    report.sent += outcome
                    report.failed += not outcome


def claim(subscriber, posts):
    """Record the delivery first, in its own committed transaction."""
    try:
        with transaction.atomic():
            Delivery.objects.bulk_create(
                [Delivery(subscriber=subscriber, post=post) for post in posts]
            )
    except IntegrityError:
        return False  # another run got there first
    return True


def mark_sent(subscriber, posts):
    Delivery.objects.filter(subscriber=subscriber, post__in=posts).update(
        sent_at=timezone.now()
    )


def deliver(subscriber, posts, connection):
    """True when sent, False when it failed (to retry), None when claimed elsewhere.

    The message is rendered before the claim, so an error in a template
    leaves nothing claimed and unsent.
    """
    message = posts_message(subscriber, posts, connection)
    if not claim(subscriber, posts):
        return None
    try:
        message.send()
    except (smtplib.SMTPException, OSError):
        logger.exception("Could not send to subscriber %s; will retry", subscriber.pk)
        Delivery.objects.filter(
            subscriber=subscriber, post__in=posts, sent_at__isnull=True
        ).delete()
        return False
    mark_sent(subscriber, posts)
    return True
