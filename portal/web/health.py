"""/healthz and /readyz for load balancers, answered before anything else.

A load balancer probes by IP address over plain HTTP, so these answers come
from the first middleware: before SecurityMiddleware (which would redirect to
HTTPS), before anything reads the Host header (which ALLOWED_HOSTS would turn
into a 400), and never from a cache (Cache-Control: no-store).

/healthz says only that the process answers. /readyz says whether this server
can serve pages: the database answers and has no unapplied migrations, and the
media storage is reachable (503 if not). The cache is reported but does not
make the server unready: the portal serves from the database when Redis is
down (portal.caching.resilient), and taking every server out of the load
balancer because a cache failed would turn "slower" into "down".
"""

import logging
import os
import time
import uuid

from django.core.cache import cache
from django.core.files.storage import FileSystemStorage, default_storage
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.migrations.executor import MigrationExecutor
from django.http import JsonResponse
from django.utils.cache import add_never_cache_headers

from portal.caching.keys import READYZ_PROBE_KEY

__all__ = ["HealthMiddleware", "readiness"]

logger = logging.getLogger(__name__)

LIVENESS_PATHS = {"/healthz", "/healthz/"}
READINESS_PATHS = {"/readyz", "/readyz/"}

# Once the database holds every migration this code knows, that stays true for
# the life of the process (a release with new migrations starts new
# processes), so the migration graph is not reloaded on every probe.
_migrations_applied = False


class HealthMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method in {"GET", "HEAD"}:
            if request.path in LIVENESS_PATHS:
                return answer({"status": "ok"}, 200)
            if request.path in READINESS_PATHS:
                checks = readiness()
                return answer(checks, 200 if checks["status"] != "fail" else 503)
        return self.get_response(request)


def answer(body, status):
    response = JsonResponse(body, status=status)
    add_never_cache_headers(response)  # no-cache, no-store, must-revalidate, private
    return response


def readiness():
    """{"status": "ok" | "degraded" | "fail", "checks": {name: "ok" | error}}."""
    results = {
        "database": run(check_database),
        "migrations": run(check_migrations),
        "storage": run(check_storage),
        "cache": run(check_cache),
    }
    required = ("database", "migrations", "storage")
    if any(results[name] != "ok" for name in required):
        status = "fail"
    elif results["cache"] != "ok":
        status = "degraded"
    else:
        status = "ok"
    return {"status": status, "checks": results}


def run(check):
    try:
        check()
    except Exception as exc:  # noqa: BLE001 - any failure is "not ready", not a 500
        logger.warning("Readiness check %s failed: %s", check.__name__, exc)
        return f"{type(exc).__name__}: {exc}"[:200]
    return "ok"


def check_database():
    with connections[DEFAULT_DB_ALIAS].cursor() as cursor:
        cursor.execute("SELECT 1")


def check_migrations():
    global _migrations_applied
    if _migrations_applied:
        return
    connection = connections[DEFAULT_DB_ALIAS]
    executor = MigrationExecutor(connection)
    plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
    if plan:
        names = ", ".join(f"{m.app_label}.{m.name}" for m, _ in plan[:5])
        raise RuntimeError(f"{len(plan)} unapplied migration(s): {names}")
    _migrations_applied = True


def check_storage():
    """Reachable without writing: a probe costs no upload on object storage."""
    if isinstance(default_storage, FileSystemStorage):
        location = default_storage.location
        if not (os.path.isdir(location) and os.access(location, os.W_OK)):
            raise RuntimeError(f"MEDIA_ROOT {location} is missing or not writable")
        return
    # A missing object is a fine answer; a refused or unreachable store raises.
    default_storage.exists(f"healthz/{uuid.uuid4().hex}")


def check_cache():
    """Write and read back; Redis is probed below its failure guard."""
    probe = getattr(cache, "probe", None)
    if probe is not None:
        probe()
        return
    value = str(time.time())
    cache.set(READYZ_PROBE_KEY, value, timeout=30)
    if cache.get(READYZ_PROBE_KEY) != value:
        raise RuntimeError("the cache did not return what was written")
