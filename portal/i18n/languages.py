"""Which languages the portal speaks, read from settings in one place.

settings.LANGUAGE_CODE is the default language (unprefixed URLs, the source
of every translation); settings.LANGUAGES lists every language the sites are
served in, and WAGTAIL_CONTENT_LANGUAGES equals it. Code asks these helpers
rather than naming "sv" or "en", so adding a language is a settings change.
"""

from django.conf import settings
from django.utils import translation
from django.utils.text import capfirst

__all__ = [
    "active_language",
    "default_language",
    "language_codes",
    "local_name",
    "translate_in",
]


def default_language():
    return settings.LANGUAGE_CODE


def language_codes():
    return [code for code, _name in settings.LANGUAGES]


def active_language():
    """The active language, or the default one outside a request or when unknown."""
    language = translation.get_language()
    return language if language in language_codes() else default_language()


def local_name(language):
    """The language's name in itself ("Svenska", "English") for the switcher."""
    return capfirst(translation.get_language_info(language)["name_local"])


def translate_in(language, message):
    with translation.override(language):
        return translation.gettext(message)
