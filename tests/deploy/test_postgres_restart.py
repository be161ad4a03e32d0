"""PostgreSQL restarting under gunicorn: a branded 503 while it is down (pages
the page cache holds are still served), then recovery without restarting the
app server.

The test runs a private PostgreSQL cluster (initdb on a free loopback port)
so that stopping it disturbs nothing else; it runs in the PostgreSQL run of
.ci/run (DATABASE_URL=postgres://…), where the server programs are installed.
"""

import os
import time

import pytest

from tests.deploy.production import gunicorn, http_get, manage, production_env
from tests.portal.servers import private_cluster

HOST = "portal.example.se"

pytestmark = pytest.mark.skipif(
    not os.environ.get("DATABASE_URL", "").startswith("postgres"),
    reason="runs in the PostgreSQL run: needs DATABASE_URL=postgres://…",
)


def wait_for(predicate, seconds):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.2)
    return False


def test_requests_during_a_restart_get_503_and_the_portal_recovers(tmp_path, migrated):
    with private_cluster() as cluster:
        env = production_env(tmp_path, HOST, database=cluster.url)
        (tmp_path / "static").symlink_to(migrated / "static", target_is_directory=True)
        (tmp_path / "media").mkdir()
        manage(env, "migrate", "--noinput", timeout=600)
        with gunicorn(env, tmp_path / "gunicorn.log") as app:
            assert http_get(app, "/", HOST)[0] == 200
            # Kept now: the first view created the site's settings, a change.
            assert http_get(app, "/", HOST)[0] == 200
            cluster.stop()
            # Kept by the page cache: served without the database.
            status, headers, _body = http_get(app, "/", HOST)
            assert (status, headers.get("X-Page-Cache")) == (200, "hit")
            # A search reads the database whatever is cached.
            status, headers, body = http_get(app, "/sok/?q=bostad", HOST)
            assert status == 503, body[:500]
            assert headers["Retry-After"] and "no-store" in headers["Cache-Control"]
            assert "Försök igen".encode() in body
            assert http_get(app, "/healthz", HOST)[0] == 200
            assert http_get(app, "/readyz", "10.0.0.1")[0] == 503
            cluster.start()
            # The same gunicorn process answers again: no restart needed.
            assert wait_for(lambda: http_get(app, "/", HOST)[0] == 200, 15)
            assert http_get(app, "/readyz", "10.0.0.1")[0] == 200
