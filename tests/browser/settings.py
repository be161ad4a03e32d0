"""The server the browser suite drives: the dev settings as production would answer.

DEBUG is off so missing pages get the portal's own 404 template, as readers
see it; static files come from `runserver --insecure`, media from urls.py here.
"""

from portal.settings.dev import *  # noqa: F403

DEBUG = False
ROOT_URLCONF = "tests.browser.urls"
# The demo's accounts are hashed at seeding and checked at every login of the
# journeys: Django's deliberately slow default would cost seconds per run.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
