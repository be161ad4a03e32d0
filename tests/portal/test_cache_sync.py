"""The marker file that tells other processes sharing an SQLite file that
cached content is stale (portal.caching.sync), in this process.

tests/deploy/test_app_servers.py proves it between two gunicorn servers; here
each branch runs where coverage sees it: which setups need a marker, a change
announced after commit, another process's change seen once, a marker that
cannot be written.
"""

import logging

from django.core.cache.backends.locmem import LocMemCache
from django.db import connections, transaction

import pytest

from portal.caching import sync

pytestmark = pytest.mark.django_db


@pytest.fixture
def sqlite_file(tmp_path, monkeypatch):
    """The process looks like one serving tmp_path/db.sqlite3 with local memory."""
    database = tmp_path / "db.sqlite3"
    connection = connections["default"]  # not the proxy: monkeypatch must undo
    monkeypatch.setattr(sync, "caches", {"default": LocMemCache("sync", {})})
    monkeypatch.setattr(connection, "vendor", "sqlite")
    monkeypatch.setitem(connection.settings_dict, "NAME", str(database))
    monkeypatch.setattr(sync, "_seen", {})
    return database


def test_marker_sits_beside_the_database(sqlite_file):
    assert sync.marker_path() == sqlite_file.with_name("db.sqlite3.cache-version")


@pytest.mark.parametrize("name", ["", ":memory:", "file:x?mode=memory&cache=shared"])
def test_no_marker_for_a_database_in_memory(sqlite_file, monkeypatch, name):
    monkeypatch.setitem(connections["default"].settings_dict, "NAME", name)
    assert sync.marker_path() is None
    assert sync.changed_elsewhere() is False


def test_no_marker_with_a_shared_cache_or_another_database(sqlite_file, monkeypatch):
    connection = connections["default"]
    monkeypatch.setattr(connection, "vendor", "postgresql")
    assert sync.marker_path() is None
    monkeypatch.setattr(connection, "vendor", "sqlite")
    monkeypatch.setattr(sync, "caches", {"default": object()})  # Redis, say
    assert sync.marker_path() is None
    sync.announce()  # nothing to announce to
    assert not list(sqlite_file.parent.iterdir())


def test_a_change_is_announced_once_its_transaction_commits(
    sqlite_file, django_capture_on_commit_callbacks
):
    marker = sync.marker_path()
    with (
        django_capture_on_commit_callbacks(execute=False) as callbacks,
        transaction.atomic(),
    ):
        sync.announce()
    assert not marker.exists()  # not before the commit
    for callback in callbacks:
        callback()
    assert marker.exists()
    # The announcing process has dropped its own copies already.
    assert sync.changed_elsewhere() is False


def test_another_process_change_is_seen_once(sqlite_file):
    marker = sync.marker_path()
    assert sync.changed_elsewhere() is False  # the first look
    other = marker.with_name("other.tmp")
    other.write_text("another process")
    other.replace(marker)  # a new inode, as _write makes it
    assert sync.changed_elsewhere() is True
    assert sync.changed_elsewhere() is False


def test_an_unwritable_marker_is_a_warning_not_an_error(sqlite_file, caplog):
    missing = sqlite_file.parent / "gone" / "db.sqlite3.cache-version"
    with caplog.at_level(logging.WARNING, logger="portal.caching.sync"):
        sync._write(missing)
    assert "Could not tell other processes" in caplog.text
    assert missing not in sync._seen
