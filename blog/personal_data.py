"""What the blog keeps about subscribers, for portal.privacy.

Every subscription an address holds is in a register extract; active ones
are kept while they are used. Attempts never confirmed and subscriptions
ended have periods, as has the log of what each subscriber was sent. A
subscriber without a site (portal-wide) belongs to the umbrella portal.

The shortest delivery log period (DELIVERY_LOG_MIN_DAYS) is also how far
back blog.sending looks for new posts: a post whose delivery rows were
deleted is then never old enough to be sent again.
"""

from django.utils.translation import gettext_lazy as _

from blog.subscribers import Delivery, Subscriber
from portal.privacy.registry import PersonalData, company_of_site_field

__all__ = ["DELIVERY_LOG_MIN_DAYS", "personal_data"]

DELIVERY_LOG_MIN_DAYS = 90


def normalised(address):
    return address.strip().lower()


def hostname(site):
    return site.hostname if site else ""


def iso(moment):
    return moment.isoformat() if moment else None


def describe_subscriber(subscriber):
    return {
        "site": hostname(subscriber.site),
        "email": subscriber.email,
        "language": subscriber.language,
        "frequency": subscriber.frequency,
        "consent_given": iso(subscriber.consent_at),
        "consent_source": subscriber.consent_source,
        "confirmed": iso(subscriber.confirmed_at),
        "unsubscribed": iso(subscriber.unsubscribed_at),
    }


def describe_delivery(delivery):
    return {
        "site": hostname(delivery.subscriber.site),
        "post": delivery.post.title,
        "claimed": iso(delivery.claimed_at),
        "sent": iso(delivery.sent_at),
    }


def subscribers_company(site):
    return company_of_site_field(site, "site")


def deliveries_company(site):
    return company_of_site_field(site, "subscriber__site")


def personal_data():
    # Deliveries first: an erasure counts them before their subscribers go.
    return [
        PersonalData(
            key="delivery_logs",
            label=_("Delivery logs of subscriptions"),
            rows=lambda: Delivery.objects.all(),
            default_days=365,
            min_days=DELIVERY_LOG_MIN_DAYS,
            max_days=730,
            clock="claimed_at",
            company=deliveries_company,
            owned_by=lambda address: Delivery.objects.filter(
                subscriber__email=normalised(address)
            ).select_related("subscriber__site", "post"),
            describe=describe_delivery,
        ),
        PersonalData(
            key="subscriptions",
            label=_("Subscriptions"),
            rows=lambda: Subscriber.objects.all(),
            owned_by=lambda address: Subscriber.objects.filter(
                email=normalised(address)
            ).select_related("site"),
            describe=describe_subscriber,
        ),
        PersonalData(
            key="unconfirmed_subscriptions",
            label=_("Unconfirmed subscription attempts"),
            rows=lambda: Subscriber.objects.filter(confirmed_at__isnull=True),
            # Longer than a confirmation link lives (three days).
            default_days=7,
            min_days=3,
            max_days=30,
            clock="consent_at",
            company=subscribers_company,
        ),
        PersonalData(
            key="unsubscribed_subscribers",
            label=_("Ended subscriptions"),
            rows=lambda: Subscriber.objects.filter(unsubscribed_at__isnull=False),
            # Kept past a confirmation link's life, so a link mailed before the
            # unsubscribe is still refused (blog.views.refused_confirmation).
            default_days=30,
            min_days=7,
            max_days=365,
            clock="unsubscribed_at",
            company=subscribers_company,
        ),
    ]
