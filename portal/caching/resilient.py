"""Django's RedisCache that degrades to "no shared cache" when Redis fails.

Everything the portal caches can be rebuilt from the database, so a Redis
that is down, refusing or timing out must make pages slower, never a 500.
Django's RedisCache raises redis errors into the view; this backend catches
them and then, for RETRY_SECONDS, does not try Redis at all (a dead host
would otherwise cost every cache call a connect timeout):

- reads miss, writes and deletes are dropped, so pages are built from the
  database every time and are never stale;
- add() and incr(), the counters behind the subscription rate limit, count in
  a per-process local-memory cache instead, so the limit still holds (per
  process) rather than failing open or refusing everyone;
- one WARNING per WARN_SECONDS per process says Redis is down, not one per call;
- when Redis answers again, the content version is bumped and the restricted
  paths and the page cache's epoch dropped: edits made during the outage could
  not invalidate or purge what Redis still holds from before it.

Why not django-redis with IGNORE_EXCEPTIONS: see README "Decisions".
"""

import logging
import threading
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.locmem import LocMemCache
from django.core.cache.backends.redis import RedisCache

from redis.exceptions import RedisError

from portal.caching.keys import (
    CONTENT_VERSION_KEY,
    PAGE_EPOCH_KEY,
    READYZ_PROBE_KEY,
    RESTRICTED_PATHS_KEY,
)

__all__ = ["ResilientRedisCache"]

logger = logging.getLogger(__name__)

FAILURES = (RedisError, OSError)


class _Health:
    """Shared by every thread's instance of one cache alias in this process."""

    def __init__(self):
        self.lock = threading.Lock()
        self.down_until = 0.0
        self.warned_at = None
        self.outage = False
        self.counters = LocMemCache("portal-redis-fallback", {"TIMEOUT": 3600})


_health_by_location = {}


class ResilientRedisCache(RedisCache):
    def __init__(self, server, params):
        params = dict(params)
        options = dict(params.get("OPTIONS") or {})
        self.retry_seconds = float(options.pop("RETRY_SECONDS", 10))
        self.warn_seconds = float(options.pop("WARN_SECONDS", 60))
        params["OPTIONS"] = options
        super().__init__(server, params)
        key = str(server)
        self.health = _health_by_location.setdefault(key, _Health())

    # -- the guard ---------------------------------------------------------

    def _guarded(self, call, fallback, *args, **kwargs):
        health = self.health
        if time.monotonic() < health.down_until:
            return fallback(*args, **kwargs)
        try:
            result = call(*args, **kwargs)
        except FAILURES as exc:
            self._failed(exc)
            return fallback(*args, **kwargs)
        if health.outage:
            self._recovered()
        return result

    def _failed(self, exc):
        health = self.health
        now = time.monotonic()
        with health.lock:
            health.down_until = now + self.retry_seconds
            health.outage = True
            if health.warned_at is not None and now - health.warned_at < (
                self.warn_seconds
            ):
                return
            health.warned_at = now
        logger.warning(
            "Redis cache unavailable (%s: %s); serving without the shared cache, "
            "retrying every %gs",
            type(exc).__name__,
            exc,
            self.retry_seconds,
        )

    def _recovered(self):
        with self.health.lock:
            if not self.health.outage:
                return
            self.health.outage = False
            self.health.warned_at = None
        logger.warning("Redis cache reachable again; invalidating cached content")
        try:
            super().delete_many([RESTRICTED_PATHS_KEY, PAGE_EPOCH_KEY])
            super().incr(CONTENT_VERSION_KEY)
        except ValueError:  # no version stored: readers start a new one
            pass
        except FAILURES as exc:
            self._failed(exc)

    def probe(self):
        """Write and read a key through Redis itself, raising on failure (/readyz)."""
        value = str(time.time())
        super().set(READYZ_PROBE_KEY, value, 30)
        if super().get(READYZ_PROBE_KEY) != value:
            raise RedisError("Redis did not return what was written")

    # -- the cache API: each call with what it answers while Redis is down --

    def get(self, key, default=None, version=None):
        return self._guarded(super().get, _returns(default), key, default, version)

    def get_many(self, keys, version=None):
        return self._guarded(super().get_many, _returns({}), keys, version)

    def has_key(self, key, version=None):
        return self._guarded(super().has_key, _returns(False), key, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guarded(super().set, _returns(None), key, value, timeout, version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guarded(super().set_many, _returns([]), data, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guarded(super().touch, _returns(False), key, timeout, version)

    def delete(self, key, version=None):
        return self._guarded(super().delete, _returns(False), key, version)

    def delete_many(self, keys, version=None):
        return self._guarded(super().delete_many, _returns(None), keys, version)

    def clear(self):
        return self._guarded(super().clear, _returns(False))

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        counters = self.health.counters
        return self._guarded(super().add, counters.add, key, value, timeout, version)

    def incr(self, key, delta=1, version=None):
        counters = self.health.counters
        return self._guarded(super().incr, counters.incr, key, delta, version)


def _returns(value):
    return lambda *args, **kwargs: value
