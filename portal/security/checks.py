"""System checks for what Django's own security checks cannot see.

Django's security.W003 looks for CsrfViewMiddleware by its dotted path, so it
warns about portal.security.origin.OriginCsrfMiddleware, which extends it
(settings silence W003). This check stands in for it: some CsrfViewMiddleware,
ours or Django's, must be in MIDDLEWARE.
"""

from django.conf import settings
from django.core.checks import Error, Tags, register
from django.middleware.csrf import CsrfViewMiddleware
from django.utils.module_loading import import_string

__all__ = ["csrf_middleware_installed"]


@register(Tags.security)
def csrf_middleware_installed(app_configs, **kwargs):
    for path in settings.MIDDLEWARE:
        middleware = import_string(path)
        if isinstance(middleware, type) and issubclass(middleware, CsrfViewMiddleware):
            return []
    return [
        Error(
            "No CSRF middleware: add portal.security.origin.OriginCsrfMiddleware "
            "to MIDDLEWARE.",
            id="portal.E001",
        )
    ]
