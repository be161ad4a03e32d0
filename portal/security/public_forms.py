"""What every public form (contact, accessibility feedback, subscribe) shares.

MAX_LENGTHS is the one list of how long a reader's text may be, per kind of
field; a longer text gets TOO_LONG as its form error, and the reader's text
stays in the form. HONEYPOT_FIELD names the field people never see (the
forms' templates hide it from sight and from assistive technology): only a
bot fills it, and it is answered as if the message was sent. RATE_PER_IP is
how many messages one client address may send per hour through one form of
one site (counted by portal.security.throttle).
"""

from django.utils.translation import gettext_lazy as _

__all__ = [
    "HONEYPOT_FIELD",
    "MAX_LENGTHS",
    "RATE_PER_IP",
    "TOO_LONG",
    "filled_honeypot",
    "length_limit",
]

MAX_LENGTHS = {
    "line": 200,  # a name, a phone number, any one-line answer
    "email": 254,  # RFC 5321's longest address
    "url": 2000,
    "location": 500,  # an address or a description of a place on the site
    "message": 5000,
}
HONEYPOT_FIELD = "website"
RATE_PER_IP = 10
TOO_LONG = _(
    "Write at most %(limit_value)d characters (you wrote %(show_value)d). "
    "Shorten the text and send it again."
)


def length_limit(kind):
    """A form field's options for a text of this kind."""
    return {"max_length": MAX_LENGTHS[kind], "error_messages": {"max_length": TOO_LONG}}


def filled_honeypot(data):
    """Whether the posted data fills the field only bots see."""
    return bool(data.get(HONEYPOT_FIELD))
