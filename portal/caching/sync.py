"""Tell the other processes on this machine that cached content is stale.

The local-memory cache (no REDIS_URL) is private to one process: a company
created by `manage.py create_company_site`, a page published by the
`publish_scheduled` timer or a settings change in another gunicorn worker
would reach a running server only when its copies expire (Wagtail keeps the
site root paths for an hour). So, with the local-memory cache and an SQLite
file, every invalidation also replaces a small marker file beside the database
once its transaction commits, and each request first compares the marker's
inode and mtime with what this process saw last (one stat(), no query); if it
changed, the process drops its own copies (see portal.caching.invalidation).

Processes sharing an SQLite file share its directory, so the marker always
reaches them. With Redis the cache itself is shared and nothing here runs;
with PostgreSQL and no Redis, more than one process needs Redis (see
docs/deployment.md).
"""

import logging
import os
import secrets
import threading
from pathlib import Path

from django.core.cache import caches
from django.core.cache.backends.locmem import LocMemCache
from django.db import connection, transaction

__all__ = ["announce", "changed_elsewhere", "marker_path"]

logger = logging.getLogger(__name__)
_lock = threading.Lock()
_seen = {}  # marker path -> (inode, mtime_ns) this process last acted on


def marker_path():
    """The marker file of this database, or None when no marker is needed."""
    if not isinstance(caches["default"], LocMemCache):
        return None
    if connection.vendor != "sqlite":
        return None
    name = str(connection.settings_dict["NAME"])
    if not name or name == ":memory:" or "mode=memory" in name:
        return None
    return Path(name).with_name(Path(name).name + ".cache-version")


def _stamp(path):
    try:
        stat = os.stat(path)
    except FileNotFoundError:
        return None
    return (stat.st_ino, stat.st_mtime_ns)


def _write(path):
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        temporary.write_text(secrets.token_hex(8))
        os.replace(temporary, path)
    except OSError as exc:
        logger.warning("Could not tell other processes about a change: %s", exc)
        return
    with _lock:
        _seen[path] = _stamp(path)  # this process has already dropped its copies


def announce():
    """After the current transaction commits, mark cached content stale."""
    path = marker_path()
    if path is not None:
        transaction.on_commit(lambda: _write(path))


def changed_elsewhere():
    """True once per change another process announced since this one looked."""
    path = marker_path()
    if path is None:
        return False
    stamp = _stamp(path)
    with _lock:
        first_look = path not in _seen
        if not first_look and _seen[path] == stamp:
            return False
        _seen[path] = stamp
    # On its first request a process has cached nothing from before it looked.
    return not first_look
