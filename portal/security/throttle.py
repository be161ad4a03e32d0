"""A fixed-window rate limit in the shared cache (Redis in production).

Small enough not to need a library: django-ratelimit refuses the local-memory
cache the demo and tests use, and only counting is needed here. Buckets are
per site and per action, so one company's busy form never blocks another's,
and an address comes from portal.security.client_ip (trusted proxies only).
"""

import hashlib

from django.core.cache import cache

from wagtail.models import Site

from portal.security.client_ip import client_ip

__all__ = ["WINDOW", "allow", "allow_request"]

WINDOW = 3600


def allow(scope, identity, limit, window=WINDOW):
    """Count one attempt for identity; False once it exceeds limit in the window."""
    digest = hashlib.sha256(identity.encode()).hexdigest()[:32]
    key = f"portal:ratelimit:{scope}:{digest}"
    if cache.add(key, 1, timeout=window):
        return True
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=window)
        return True
    return count <= limit


def allow_request(request, action, limit, window=WINDOW):
    """Count one attempt of action from this client on this request's site."""
    site = Site.find_for_request(request)
    scope = f"{action}:site-{site.pk if site else 0}"
    return allow(scope, client_ip(request), limit, window)
