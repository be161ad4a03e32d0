"""Signed links in subscription e-mails; nothing about them is stored.

The confirmation link carries the whole request (address, site, language,
source) and the time it was issued, and expires after
PORTAL_SUBSCRIPTION_CONFIRM_MAX_AGE. The issue time lets the confirmation
refuse a link older than the reader's last unsubscribe (blog.views). The
unsubscribe link never expires, so every old message keeps working; it names
the subscriber by id and address, so a reused id cannot unsubscribe another.

Code reads the links through dataclasses with named fields. The signed
payloads keep the short keys the links have always had (see the *_KEYS
maps): links already sitting in inboxes must still read, and short keys keep
the URLs short. Only this module knows those keys.
"""

import datetime
import time
from dataclasses import MISSING, asdict, dataclass, fields, replace

from django.conf import settings
from django.core import signing
from django.utils import timezone

from blog.subscribers import Subscriber

CONFIRM_SALT = "blog.subscription.confirm"
UNSUBSCRIBE_SALT = "blog.subscription.unsubscribe"
LANGUAGE_CODES = {code for code, _name in settings.LANGUAGES}


class InvalidToken(Exception):
    """A link that was forged, mangled or does not fit the portal."""


class ExpiredToken(InvalidToken):
    """A genuine confirmation link that is too old."""


@dataclass(frozen=True)
class PendingSubscription:
    """What a reader asked for; it becomes a Subscriber only once confirmed."""

    email: str
    site_id: int | None  # None: the umbrella portal, every company's posts
    language: str
    source: str  # where the form was, kept as the consent's source
    # Seconds since the epoch, set by confirm_token; None in links mailed
    # before links carried it.
    issued_at: int | None = None

    def issued(self):
        """When the link was mailed; for an older link, as early as it may be."""
        if self.issued_at is None:
            max_age = settings.PORTAL_SUBSCRIPTION_CONFIRM_MAX_AGE
            return timezone.now() - datetime.timedelta(seconds=max_age)
        return datetime.datetime.fromtimestamp(self.issued_at, tz=datetime.UTC)


@dataclass(frozen=True)
class Unsubscription:
    """Which subscriber an unsubscribe link names."""

    subscriber_id: int
    email: str


# Field name -> key in the signed payload. Never change a key: every link
# already e-mailed would stop working.
CONFIRM_KEYS = {
    "email": "e",
    "site_id": "s",
    "language": "l",
    "source": "src",
    "issued_at": "t",
}
UNSUBSCRIBE_KEYS = {"subscriber_id": "id", "email": "e"}


def to_payload(link, keys):
    return {keys[name]: value for name, value in asdict(link).items()}


def from_payload(cls, payload, keys):
    """The link's dataclass; a field with a default may be missing from old links."""
    if not isinstance(payload, dict):
        raise InvalidToken
    try:
        return cls(
            **{
                field.name: payload[keys[field.name]]
                for field in fields(cls)
                if field.default is MISSING or keys[field.name] in payload
            }
        )
    except KeyError as error:
        raise InvalidToken from error


def confirm_token(pending):
    pending = replace(pending, issued_at=int(time.time()))
    payload = to_payload(pending, CONFIRM_KEYS)
    return signing.dumps(payload, salt=CONFIRM_SALT, compress=True)


def read_confirm_token(token):
    """The PendingSubscription of a valid, fresh confirmation link."""
    try:
        payload = signing.loads(
            token,
            salt=CONFIRM_SALT,
            max_age=settings.PORTAL_SUBSCRIPTION_CONFIRM_MAX_AGE,
        )
    except signing.SignatureExpired as error:
        raise ExpiredToken from error
    except signing.BadSignature as error:
        raise InvalidToken from error
    pending = from_payload(PendingSubscription, payload, CONFIRM_KEYS)
    if pending.language not in LANGUAGE_CODES or not isinstance(
        pending.issued_at, int | None
    ):
        raise InvalidToken
    return pending


def unsubscribe_token(subscriber):
    link = Unsubscription(subscriber_id=subscriber.pk, email=subscriber.email)
    return signing.dumps(to_payload(link, UNSUBSCRIBE_KEYS), salt=UNSUBSCRIBE_SALT)


def subscriber_for(token):
    """The subscriber an unsubscribe link names, or None if already erased."""
    try:
        payload = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except signing.BadSignature as error:
        raise InvalidToken from error
    link = from_payload(Unsubscription, payload, UNSUBSCRIBE_KEYS)
    return Subscriber.objects.filter(pk=link.subscriber_id, email=link.email).first()
