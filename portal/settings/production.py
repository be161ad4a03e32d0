import os

from portal.security.policies import (
    admin_directives,
    public_directives,
    storage_origins,
)
from portal.web.storage import s3_client_config

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = os.environ["SECRET_KEY"]
# Links in admin e-mails (password reset, moderation) must not say localhost.
WAGTAILADMIN_BASE_URL = os.environ["WAGTAILADMIN_BASE_URL"]
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")  # noqa: F405
# The portal's own page cache, on unless PORTAL_PAGE_CACHE=false (base.py).
PORTAL_PAGE_CACHE = env_bool("PORTAL_PAGE_CACHE", True)  # noqa: F405

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)  # noqa: F405
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
# Wagtail's admin preview sets its own SAMEORIGIN override; nothing else is framed.
X_FRAME_OPTIONS = "DENY"

# Media (images and their renditions, documents, films, caption tracks) in
# S3-compatible object storage when a bucket is named; else MEDIA_ROOT, which
# several app servers must share (docs/deployment.md).
AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")
if AWS_STORAGE_BUCKET_NAME:
    # A public CDN or bucket host serves unsigned URLs; without one the bucket
    # stays private and every URL is signed for a day.
    AWS_S3_CUSTOM_DOMAIN = os.environ.get("AWS_S3_CUSTOM_DOMAIN", "") or None
    STORAGES["default"] = {  # noqa: F405
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": AWS_STORAGE_BUCKET_NAME,
            # Any S3-compatible provider; empty for AWS itself.
            "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
            # Empty: boto3 finds credentials itself (instance role, ~/.aws).
            "access_key": os.environ.get("AWS_ACCESS_KEY_ID") or None,
            "secret_key": os.environ.get("AWS_SECRET_ACCESS_KEY") or None,
            "custom_domain": AWS_S3_CUSTOM_DOMAIN,
            "querystring_auth": AWS_S3_CUSTOM_DOMAIN is None,
            "querystring_expire": 24 * 3600,
            # Two uploads with one name must never replace each other.
            "file_overwrite": False,
        },
    }
    # Give up on a storage that stops answering within seconds, not minutes.
    AWS_S3_CLIENT_CONFIG = s3_client_config()
    # Images and films are fetched from the bucket or its CDN: allow that origin.
    media_origins = storage_origins(
        AWS_STORAGE_BUCKET_NAME,
        AWS_S3_CUSTOM_DOMAIN or "",
        os.environ.get("AWS_S3_ENDPOINT_URL", ""),
        os.environ.get("AWS_S3_REGION_NAME", ""),
    )
    CONTENT_SECURITY_POLICY = {
        "DIRECTIVES": public_directives(media_origins, PORTAL_CSP_REPORT_URI)  # noqa: F405
    }
    PORTAL_ADMIN_CSP = admin_directives(media_origins, PORTAL_CSP_REPORT_URI)  # noqa: F405
# Documents in private collections are checked by Wagtail's view and streamed
# through it, never handed out as a storage URL that works for anyone.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
