"""django-csp's middleware, choosing the policy by path.

Readers' pages get CONTENT_SECURITY_POLICY. The admin (PORTAL_ADMIN_PATHS)
gets PORTAL_ADMIN_CSP, which Wagtail's inline scripts need. A document file
(under PORTAL_DOCUMENTS_PATH) keeps Wagtail's own `default-src 'none'` and,
unless it is a PDF, gets `sandbox` as well, so an HTML or SVG file that slipped
through runs no script in the portal's origin even when opened directly.

A cacheable page's nonce is derived from the page itself (`stable_nonce`, an
HMAC of the body under SECRET_KEY): the same page gets the same body, so its
ETag holds and a 304 keeps the browser's copy consistent with the header.
Markup injected into a page cannot know the nonce, which depends on the
secret and on that very markup.
"""

import base64
import hashlib
import hmac

from django.conf import settings

from csp.constants import HEADER
from csp.middleware import CSPMiddleware
from csp.utils import default_config

__all__ = ["PortalCSPMiddleware"]


def is_pdf(response):
    return response.get("Content-Type", "").startswith("application/pdf")


def is_document_file(request, response):
    """A file Wagtail's document view streams; not its password form or a 404."""
    return request.path_info.startswith(settings.PORTAL_DOCUMENTS_PATH) and (
        response.streaming
    )


def stable_nonce(request, response):
    """Swap the random nonce of a GET's HTML for one derived from the body."""
    nonce = getattr(request, "_csp_nonce", None)
    if (
        not isinstance(nonce, str)
        or request.method not in {"GET", "HEAD"}
        or response.streaming
        or not response.get("Content-Type", "").startswith("text/html")
    ):
        return
    marker = nonce.encode()
    body = response.content.replace(marker, b"")
    digest = hmac.new(settings.SECRET_KEY.encode(), body, hashlib.sha256).digest()
    stable = base64.b64encode(digest[:16]).decode("ascii")
    response.content = response.content.replace(marker, stable.encode())
    request._csp_nonce = stable  # django-csp writes the header from it


def with_sandbox(policy):
    directives = [part.strip() for part in policy.split(";") if part.strip()]
    if any(part.split()[0] == "sandbox" for part in directives):
        return policy
    return "; ".join([*directives, "sandbox"])


class PortalCSPMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if report_only or parts.config is not None:
            return parts  # a view's own @csp_override wins
        if request.path_info.startswith(tuple(settings.PORTAL_ADMIN_PATHS)):
            parts.config = default_config(settings.PORTAL_ADMIN_CSP)
        return parts

    def process_response(self, request, response):
        # Wagtail's document view sets its own policy, which django-csp keeps.
        stable_nonce(request, response)
        response = super().process_response(request, response)
        if is_document_file(request, response) and not is_pdf(response):
            # Chromium's PDF viewer refuses a sandboxed document; PDFs run no
            # script of ours, everything else is sandboxed.
            response[HEADER] = with_sandbox(response.get(HEADER, ""))
        return response
