"""Signed links in subscription e-mails; nothing about them is stored.

The confirmation link carries the whole request (address, site, language,
source) and expires after PORTAL_SUBSCRIPTION_CONFIRM_MAX_AGE. The
unsubscribe link never expires, so every old message keeps working; it names
the subscriber by id and address, so a reused id cannot unsubscribe another.

Code reads the links through dataclasses with named fields. The signed
payloads keep the short keys the links have always had (see the *_KEYS
maps): links already sitting in inboxes must still read, and short keys keep
the URLs short. Only this module knows those keys.
"""

from dataclasses import asdict, dataclass, fields

from django.conf import settings
from django.core import signing

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


@dataclass(frozen=True)
class Unsubscription:
    """Which subscriber an unsubscribe link names."""

    subscriber_id: int
    email: str


# Field name -> key in the signed payload. Never change a key: every link
# already e-mailed would stop working.
CONFIRM_KEYS = {"email": "e", "site_id": "s", "language": "l", "source": "src"}
UNSUBSCRIBE_KEYS = {"subscriber_id": "id", "email": "e"}


def to_payload(link, keys):
    return {keys[name]: value for name, value in asdict(link).items()}


def from_payload(cls, payload, keys):
    if not isinstance(payload, dict):
        raise InvalidToken
    try:
        return cls(**{field.name: payload[keys[field.name]] for field in fields(cls)})
    except KeyError as error:
        raise InvalidToken from error


def confirm_token(pending):
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
    if pending.language not in LANGUAGE_CODES:
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
