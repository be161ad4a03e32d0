"""Signed links in subscription e-mails; nothing about them is stored.

The confirmation link carries the whole request (address, site, language,
source) and expires after PORTAL_SUBSCRIPTION_CONFIRM_MAX_AGE. The
unsubscribe link never expires, so every old message keeps working; it names
the subscriber by id and address, so a reused id cannot unsubscribe another.
"""

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


def confirm_token(email, site_id, language, source):
    payload = {"e": email, "s": site_id, "l": language, "src": source}
    return signing.dumps(payload, salt=CONFIRM_SALT, compress=True)


def read_confirm_token(token):
    """{e, s, l, src} of a valid, fresh confirmation link."""
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
    if not isinstance(payload, dict) or payload.get("l") not in LANGUAGE_CODES:
        raise InvalidToken
    return payload


def unsubscribe_token(subscriber):
    return signing.dumps(
        {"id": subscriber.pk, "e": subscriber.email}, salt=UNSUBSCRIBE_SALT
    )


def subscriber_for(token):
    """The subscriber an unsubscribe link names, or None if already erased."""
    try:
        payload = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except signing.BadSignature as error:
        raise InvalidToken from error
    if not isinstance(payload, dict):
        raise InvalidToken
    return Subscriber.objects.filter(
        pk=payload.get("id"), email=payload.get("e")
    ).first()
