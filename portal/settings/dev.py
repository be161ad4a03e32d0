import contextlib

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = "django-insecure-dev-only-key-never-use-in-production"  # noqa: S105
ALLOWED_HOSTS = ["localhost", ".localhost", "127.0.0.1", "[::1]"]
PORTAL_DJANGO_ADMIN = env_bool("PORTAL_DJANGO_ADMIN", True)  # noqa: F405
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
STORAGES["staticfiles"]["BACKEND"] = (  # noqa: F405
    "django.contrib.staticfiles.storage.StaticFilesStorage"
)

with contextlib.suppress(ImportError):
    from .local import *  # noqa: F403
