"""The server the browser suite drives: the dev settings as production would answer.

DEBUG is off so missing pages get the portal's own 404 template, as readers
see it; static files come from `runserver --insecure`, media from urls.py here.
"""

from portal.settings.dev import *  # noqa: F403

DEBUG = False
ROOT_URLCONF = "tests.browser.urls"
