from .base import *  # noqa: F403

SECRET_KEY = "test-only-key"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# The page cache is off unless a test turns it on (tests/portal/test_page_cache.py);
# then it shares the default cache, which every test starts empty.
PORTAL_PAGE_CACHE = False
PORTAL_PAGE_CACHE_ALIAS = "default"
STORAGES["staticfiles"]["BACKEND"] = (  # noqa: F405
    "django.contrib.staticfiles.storage.StaticFilesStorage"
)
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = BASE_DIR / ".test-media"  # noqa: F405
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
WAGTAILADMIN_BASE_URL = "http://testserver"
# The test client's login() authenticates without a request, which django-axes
# refuses; the lockout's own tests turn it on (tests/portal/test_login_throttling.py).
AXES_ENABLED = False
# Search hits are written when a test says so (search.hits.flush_hits), never
# in the middle of a counted request.
SEARCH_HITS_FLUSH_SECONDS = 10**9
