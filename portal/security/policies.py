"""The two Content-Security-Policies as directive dicts for django-csp 4.

Plain data, no Django import: settings build their policies with these
functions, so production can add the object storage's origin.
"""

from urllib.parse import urlsplit

from csp.constants import NONCE, NONE, SELF, UNSAFE_EVAL, UNSAFE_INLINE

__all__ = [
    "DENIED_FEATURES",
    "VIDEO_FRAME_HOSTS",
    "admin_directives",
    "public_directives",
    "storage_origins",
]

# The privacy-enhanced players portal/blocks/media.py privacy_embed_url builds.
VIDEO_FRAME_HOSTS = ["https://www.youtube-nocookie.com", "https://player.vimeo.com"]

# Permissions-Policy: browser features the portal never uses. Not listed, so
# the film players keep them: autoplay, fullscreen, picture-in-picture,
# encrypted-media.
DENIED_FEATURES = (
    "accelerometer",
    "ambient-light-sensor",
    "bluetooth",
    "browsing-topics",
    "camera",
    "display-capture",
    "geolocation",
    "gyroscope",
    "hid",
    "idle-detection",
    "magnetometer",
    "microphone",
    "midi",
    "payment",
    "publickey-credentials-get",
    "serial",
    "usb",
    "xr-spatial-tracking",
)


def storage_origins(bucket="", custom_domain="", endpoint_url="", region=""):
    """Origins media URLs point at when media lives in object storage."""
    if not bucket:
        return []
    if custom_domain:
        return [f"https://{custom_domain}"]
    if endpoint_url:
        parts = urlsplit(endpoint_url)
        # Path-style and virtual-host-style addresses of the same bucket.
        return [
            f"{parts.scheme}://{parts.netloc}",
            f"{parts.scheme}://{bucket}.{parts.netloc}",
        ]
    hosts = [f"{bucket}.s3.amazonaws.com"]
    if region:
        hosts.append(f"{bucket}.s3.{region}.amazonaws.com")
    return [f"https://{host}" for host in hosts]


def with_report(directives, report_uri):
    if report_uri:
        directives["report-uri"] = [report_uri]
    return directives


def public_directives(media_origins=(), report_uri=""):
    """Readers' pages: nothing inline runs unless it carries the request's nonce."""
    return with_report(
        {
            "default-src": [SELF],
            "script-src": [SELF, NONCE],
            # The site's accent colour is one <style> block with the nonce.
            "style-src": [SELF, NONCE],
            "img-src": [SELF, *media_origins],
            "media-src": [SELF, *media_origins],
            "frame-src": VIDEO_FRAME_HOSTS,
            "form-action": [SELF],
            "frame-ancestors": [NONE],
            "base-uri": [NONE],
            "object-src": [NONE],
        },
        report_uri,
    )


def admin_directives(media_origins=(), report_uri=""):
    """Wagtail 7.4's admin, as strict as it still works.

    Its templates and widgets write inline <script> and style="" (inline
    panels, date pickers, wagtail-localize's editor, focal points), and the
    bundled axe-core of the accessibility checker compiles templates with
    new Function(): hence 'unsafe-inline' and 'unsafe-eval'. Images come as
    data: and blob: URLs (uploads, previews). The preview frames the portal's
    own pages, so the admin may be framed by itself only.
    """
    return with_report(
        {
            "default-src": [SELF],
            "script-src": [SELF, UNSAFE_INLINE, UNSAFE_EVAL],
            "style-src": [SELF, UNSAFE_INLINE],
            "img-src": [SELF, "data:", "blob:", *media_origins],
            "media-src": [SELF, "blob:", *media_origins],
            "font-src": [SELF, "data:"],
            "frame-src": [SELF, *VIDEO_FRAME_HOSTS],
            "worker-src": [SELF, "blob:"],
            "form-action": [SELF],
            "frame-ancestors": [SELF],
            "base-uri": [SELF],
            "object-src": [NONE],
        },
        report_uri,
    )
