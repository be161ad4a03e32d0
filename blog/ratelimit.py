"""A fixed-window rate limit in the shared cache (Redis in production).

Small enough not to need a library: django-ratelimit refuses the local-memory
cache the demo and tests use, and only counting is needed here.
"""

import hashlib

from django.core.cache import cache

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
