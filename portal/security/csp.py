"""django-csp's middleware, choosing the policy by path.

Readers' pages get CONTENT_SECURITY_POLICY. The admin (PORTAL_ADMIN_PATHS)
gets PORTAL_ADMIN_CSP, which Wagtail's inline scripts need. Documents are
served with `sandbox` as well, so an HTML or SVG file that slipped through
runs no script in the portal's origin even when opened directly.
"""

from django.conf import settings

from csp.middleware import CSPMiddleware
from csp.utils import default_config

__all__ = ["PortalCSPMiddleware"]


def is_pdf(response):
    return response.get("Content-Type", "").startswith("application/pdf")


class PortalCSPMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if report_only or parts.config is not None:
            return parts  # a view's own @csp_override wins
        path = request.path_info
        if path.startswith(tuple(settings.PORTAL_ADMIN_PATHS)):
            parts.config = default_config(settings.PORTAL_ADMIN_CSP)
        elif path.startswith(settings.PORTAL_DOCUMENTS_PATH) and not is_pdf(response):
            # Chromium's PDF viewer refuses a sandboxed document; PDFs run no
            # script of ours, everything else is sandboxed.
            parts.update = {**(parts.update or {}), "sandbox": []}
        return parts
