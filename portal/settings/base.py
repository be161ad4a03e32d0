"""Shared, production-safe settings. Environment variables are read only here."""

import os
from datetime import timedelta
from pathlib import Path

from django.utils.translation import gettext_lazy as _

import dj_database_url

from portal.security.policies import (
    DENIED_FEATURES,
    admin_directives,
    public_directives,
)

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_bool(name, default=False):
    return os.environ.get(name, str(default)).strip().lower() in {
        "1",
        "true",
        "yes",
        "on",
    }


def env_list(name, default=""):
    return [
        item.strip()
        for item in os.environ.get(name, default).split(",")
        if item.strip()
    ]


DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "portal",
    "home",
    "blog",
    "labs",
    "search",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "wagtailmedia",
    "modelcluster",
    "taggit",
    "django_filters",
    "corsheaders",
    "csp",
    "axes",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    # First: load balancers probe by IP over HTTP (no Host check, no redirect).
    "portal.web.health.HealthMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # CORS headers on the public API's answers (304s too) for
    # PORTAL_API_CORS_ORIGINS only; answers its preflight requests.
    "corsheaders.middleware.CorsMiddleware",
    # ETag and 304 on the final body; the portal's own page cache
    # (portal/caching/pages.py) keeps what Cache-Control below marks public
    # (portal/caching/headers.py).
    "django.middleware.http.ConditionalGetMiddleware",
    "portal.caching.pages.PageCacheMiddleware",
    "portal.caching.headers.CacheHeadersMiddleware",
    # Content-Security-Policy by path (portal/security/csp.py), Permissions-Policy.
    "portal.security.csp.PortalCSPMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # The request's Wagtail Site and root page from the cache, not three
    # queries (portal/caching/sites.py).
    "portal.caching.sites.SiteMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    # Django's CSRF token; public forms: same-origin check instead
    # (portal/security/origin.py).
    "portal.security.origin.OriginCsrfMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "labs.publishing.VideoNotReadyMiddleware",
    "portal.editing.workflow_messages.WorkflowActionMessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: it turns a lockout into its response.
    "axes.middleware.AxesMiddleware",
]
# Django's security.W003 looks for CsrfViewMiddleware by name and so misses
# OriginCsrfMiddleware, which extends it; portal.security.checks (portal.E001)
# checks for any CsrfViewMiddleware instead.
SILENCED_SYSTEM_CHECKS = ["security.W003"]

# Content-Security-Policy (django-csp 4). Readers' pages: only our own files,
# nonces for the one inline <style>, the privacy-enhanced video players in
# frames. The admin needs more (portal/security/policies.py says what and why).
# Production adds the object storage's origin to images and media.
PORTAL_CSP_REPORT_URI = os.environ.get("CSP_REPORT_URI", "")
CONTENT_SECURITY_POLICY = {"DIRECTIVES": public_directives((), PORTAL_CSP_REPORT_URI)}
PORTAL_ADMIN_CSP = admin_directives((), PORTAL_CSP_REPORT_URI)
PORTAL_ADMIN_PATHS = ["/admin/", "/django-admin/"]
PORTAL_DOCUMENTS_PATH = "/documents/"
# Permissions-Policy: deny what the portal never uses (portal/security/policies.py).
PERMISSIONS_POLICY = {feature: [] for feature in DENIED_FEATURES}

# Public pages set no cookie, so shared caches may keep them: public forms are
# checked by Origin/Referer, not by a token (portal/security/origin.py), and
# cookies are never sent along with a cross-site POST.
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
# Cache-Control for readers without a session (portal/caching/headers.py), in
# seconds: browsers, shared caches (CDN, proxy), and the shorter shared life
# of search results (the views named) and of 404 pages.
PORTAL_CACHE_MAX_AGE = int(os.environ.get("PORTAL_CACHE_MAX_AGE", "60"))
PORTAL_CACHE_S_MAXAGE = int(os.environ.get("PORTAL_CACHE_S_MAXAGE", "600"))
PORTAL_CACHE_SHORT_S_MAXAGE = 60
PORTAL_CACHE_SHORT_VIEWS = ["search", "search_suggest"]
# URL namespaces with the short shared life too: the API's listings are not
# purged on publish (their queries are too many to name).
PORTAL_CACHE_SHORT_NAMESPACES = ["portal_api"]
PORTAL_CACHE_NOT_FOUND_S_MAXAGE = 60
# The portal's own page cache (portal/caching/pages.py): anonymous readers'
# public pages, kept for their s-maxage and purged on every change
# (portal/caching/purge.py). Off here and in dev and tests; production turns
# it on unless PORTAL_PAGE_CACHE=false. The cache alias it uses: Redis when
# REDIS_URL is set, else a local-memory cache of its own (CACHES below).
PORTAL_PAGE_CACHE = env_bool("PORTAL_PAGE_CACHE", False)
# Varnish (or another proxy or CDN) in front (deploy/varnish/portal.vcl): every
# change sends it PURGE requests for what it made stale (portal/caching/purge.py).
# Unset in dev and tests: no network call. Wagtail's frontend_cache app is not
# installed: its own receivers would purge a page's URL a second time, outside
# the transaction; portal.caching.purge sends every URL itself, in each
# language already (so no WAGTAILFRONTENDCACHE_LANGUAGES rewriting).
PORTAL_FRONTEND_CACHE_URL = os.environ.get("PORTAL_FRONTEND_CACHE_URL", "")
WAGTAILFRONTENDCACHE_LANGUAGES = []
if PORTAL_FRONTEND_CACHE_URL:
    WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": PORTAL_FRONTEND_CACHE_URL,
        }
    }

# The public read-only API at /api/v2/ (portal/api/, docs/api.md): requests
# per window of seconds from one client address; the most items a listing
# shows, and skips; the origins (scheme://host[:port]) whose scripts may read
# it in a browser (CORS), e.g. https://intranet.boden.example.
PORTAL_API_RATE_LIMIT = int(os.environ.get("PORTAL_API_RATE_LIMIT", "300"))
PORTAL_API_RATE_WINDOW = int(os.environ.get("PORTAL_API_RATE_WINDOW", "300"))
PORTAL_API_LIMIT_MAX = 50
PORTAL_API_MAX_OFFSET = 10_000
PORTAL_API_CORS_ORIGINS = env_list("PORTAL_API_CORS_ORIGINS")
# django-cors-headers: only the API, only reading, no credentials.
CORS_ALLOWED_ORIGINS = PORTAL_API_CORS_ORIGINS
CORS_URLS_REGEX = r"^/api/v2/"
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]
CORS_ALLOW_HEADERS = ["accept", "if-none-match", "if-modified-since"]
CORS_EXPOSE_HEADERS = ["ETag", "Retry-After"]
CORS_ALLOW_CREDENTIALS = False

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# SQLite file by default so the demo needs no other service; PostgreSQL by DATABASE_URL.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            # Django's RedisCache that serves from the database while Redis is
            # down (portal/caching/resilient.py).
            "BACKEND": "portal.caching.resilient.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "portal",
            "TIMEOUT": 600,
            "OPTIONS": {
                # A dead host must not hold a request for long.
                "socket_connect_timeout": 1,
                "socket_timeout": 1,
                # Seconds without trying Redis after a failure; between warnings.
                "RETRY_SECONDS": 10,
                "WARN_SECONDS": 60,
            },
        }
    }
    PORTAL_PAGE_CACHE_ALIAS = "default"
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "TIMEOUT": 600,
        },
        # Whole pages, in a cache of their own so that they never push out
        # the chrome and versions (300 entries by default). Per process.
        "pages": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "TIMEOUT": 600,
            "OPTIONS": {"MAX_ENTRIES": 2000},
        },
    }
    PORTAL_PAGE_CACHE_ALIAS = "pages"

# Login throttling (django-axes): after AXES_FAILURE_LIMIT failed logins an
# account, and separately an address, is locked for the cool-off; a
# superuser unlocks earlier (Django admin's "Access attempts" or
# `manage.py axes_reset_username NAME` / `axes_reset_ip ADDRESS`).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("PORTAL_LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(
    minutes=int(os.environ.get("PORTAL_LOGIN_COOLOFF_MINUTES", "30"))
)
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "portal/lockout.html"
AXES_CLIENT_IP_CALLABLE = "portal.security.client_ip.client_ip"
# Proxies in front of the app (nginx: 1; a load balancer before it: 2). Every
# rate limit and the login lockout read the client's address through them.
PORTAL_TRUSTED_PROXIES = int(os.environ.get("PORTAL_TRUSTED_PROXIES", "0"))
# Password-reset e-mails asked for per hour from one address, per site.
PORTAL_PASSWORD_RESET_RATE_PER_IP = 5
WAGTAILADMIN_USER_PASSWORD_RESET_FORM = (
    "portal.security.password_reset.ThrottledPasswordResetForm"  # noqa: S105
)

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": f"django.contrib.auth.password_validation.{name}"}
    for name in (
        "UserAttributeSimilarityValidator",
        "MinimumLengthValidator",
        "CommonPasswordValidator",
        "NumericPasswordValidator",
    )
]

# Swedish first: the first migration creates the first Locale from LANGUAGE_CODE.
LANGUAGE_CODE = "sv"
LANGUAGES = [("sv", _("Swedish")), ("en", _("English"))]
# The portal's own catalogue, then its Swedish for strings the admin's packages
# leave untranslated (kept by hand; `make messages` does not touch it). Both
# come before every app's catalogue.
LOCALE_PATHS = [PROJECT_DIR / "locale", PROJECT_DIR / "i18n" / "upstream" / "locale"]
TIME_ZONE = "Europe/Stockholm"
USE_I18N = True
USE_TZ = True

WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# Never let an untranslated copy go live just because its source is live.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

EMAIL_HOST = os.environ.get("EMAIL_HOST", "")
if EMAIL_HOST:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
    EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
    # Seconds: a mail server that stops answering must not hold a request.
    EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "10"))
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = os.environ.get(
    "DEFAULT_FROM_EMAIL", "portalen@allmannyttan.example"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# E-mail subscriptions to new posts (blog/): seconds a confirmation link stays
# valid; messages sent per SMTP connection; subscribe attempts allowed per hour
# from one IP address and for one e-mail address; days between weekly digests.
PORTAL_SUBSCRIPTION_CONFIRM_MAX_AGE = 3 * 24 * 3600
PORTAL_SUBSCRIPTION_BATCH_SIZE = 100
PORTAL_SUBSCRIPTION_RATE_PER_IP = 10
PORTAL_SUBSCRIPTION_RATE_PER_ADDRESS = 3
PORTAL_SUBSCRIPTION_DIGEST_DAYS = 7

WAGTAIL_SITE_NAME = "Allmännyttans innovationsportal"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://localhost:8000")
# The admin calls no outside service: no update check, no Gravatar (a third
# party would learn which editors use the admin, and when).
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Slugs as the seeded pages have them: the editor's script turns "Säsong" into
# "sasong" (å, ä → a, ö → o) instead of keeping å/ä/ö, which URLs percent-encode.
WAGTAIL_ALLOW_UNICODE_SLUGS = False
# Django's own admin at /django-admin/ only when asked for: Wagtail's admin
# does the portal's work, and every extra login page is one more to attack.
PORTAL_DJANGO_ADMIN = env_bool("PORTAL_DJANGO_ADMIN", False)
# Each process writes the search hit counts (popular searches) at most this
# often, not once per search (search/hits.py).
SEARCH_HITS_FLUSH_SECONDS = int(os.environ.get("SEARCH_HITS_FLUSH_SECONDS", "60"))

WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "wagtail.search.backends.database"},
}
# Uploads (SECURITY.md, "Uploads"): nothing an editor uploads runs as script in
# the portal's origin. Images are raster only (an SVG can carry script).
# Documents are office files, text and PDF, never HTML; only a PDF opens in the
# browser, everything else downloads, and portal/security/csp.py sandboxes all
# but PDFs. Films stay under nginx's client_max_body_size (deploy/nginx/).
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "pptx", "odt", "txt", "csv", "vtt"]
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf"]
PORTAL_FILM_MAX_UPLOAD_SIZE = 1000 * 1024 * 1024
WAGTAILMEDIA = {
    "MEDIA_MODEL": "wagtailmedia.Media",
    # Adds the size limit to wagtailmedia's upload form.
    "MEDIA_FORM_BASE": "labs.uploads.FilmForm",
}
# The portal renders no oEmbed at request time; see portal/blocks/media.py.
WAGTAILEMBEDS_FINDERS = []

TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "one_line": {"()": "portal.web.log_filters.DisallowedHostOneLine"},
    },
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        # One line per background task drowns everything else.
        "django_tasks": {"level": "WARNING"},
        # An unknown Host is a 400 and one warning line, not a traceback.
        "django.security.DisallowedHost": {"filters": ["one_line"]},
    },
}
