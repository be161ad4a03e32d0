"""PostgreSQL restarting under gunicorn: a branded 503 while it is down, then
recovery without restarting the app server.

The test runs a private PostgreSQL cluster (initdb on a free loopback port)
so that stopping it disturbs nothing else; it runs in the PostgreSQL run of
.ci/run (DATABASE_URL=postgres://…), where the server programs are installed.
"""

import os
import shutil
import subprocess
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.deploy.production import gunicorn, http_get, manage, production_env
from tests.portal.servers import free_port, unavailable

HOST = "portal.example.se"

pytestmark = pytest.mark.skipif(
    not os.environ.get("DATABASE_URL", "").startswith("postgres"),
    reason="runs in the PostgreSQL run: needs DATABASE_URL=postgres://…",
)


def postgres_bin():
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    if not found:
        unavailable("PostgreSQL's server programs are missing (/usr/lib/postgresql)")
    return found[-1].parent


def as_cluster_owner(argv):
    """initdb and pg_ctl refuse to run as root: run them as `postgres` then."""
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *argv]
    return argv


@contextmanager
def private_cluster():
    """A PostgreSQL cluster of its own; yields (ctl, start options, log, port).

    Its folder is outside pytest's (which only root may enter when run as root).
    """
    bin_dir, port = postgres_bin(), free_port()
    tmp = Path(tempfile.mkdtemp(prefix="portal-pg-"))
    data = tmp / "pgdata"
    data.mkdir(mode=0o700)
    if os.geteuid() == 0:
        shutil.chown(tmp, "postgres")
        shutil.chown(data, "postgres")
    subprocess.run(  # noqa: S603 - fixed arguments
        as_cluster_owner([str(bin_dir / "initdb"), "-D", str(data), "-A", "trust"])
        + ["-U", "postgres", "--no-sync"],
        check=True,
        capture_output=True,
    )
    options = f"-p {port} -k {tmp} -c listen_addresses=127.0.0.1 -c fsync=off"
    pg_ctl = as_cluster_owner([str(bin_dir / "pg_ctl"), "-D", str(data)])
    log = str(tmp / "postgres.log")

    def ctl(*args):
        subprocess.run(  # noqa: S603 - fixed arguments
            [*pg_ctl, *args], check=True, capture_output=True, timeout=60
        )

    ctl("-o", options, "-l", log, "-w", "start")
    try:
        yield ctl, options, log, port
    finally:
        subprocess.run([*pg_ctl, "-m", "immediate", "stop"], capture_output=True)  # noqa: S603
        shutil.rmtree(tmp, ignore_errors=True)


def wait_for(predicate, seconds):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.2)
    return False


def test_requests_during_a_restart_get_503_and_the_portal_recovers(tmp_path, migrated):
    with private_cluster() as (ctl, options, log, port):
        database = f"postgres://postgres@127.0.0.1:{port}/postgres"
        env = production_env(tmp_path, HOST, database=database)
        (tmp_path / "static").symlink_to(migrated / "static", target_is_directory=True)
        (tmp_path / "media").mkdir()
        manage(env, "migrate", "--noinput", timeout=600)
        with gunicorn(env, tmp_path / "gunicorn.log") as app:
            assert http_get(app, "/", HOST)[0] == 200
            ctl("-m", "fast", "-w", "stop")
            status, headers, body = http_get(app, "/", HOST)
            assert status == 503, body[:500]
            assert headers["Retry-After"] and "no-store" in headers["Cache-Control"]
            assert "Försök igen".encode() in body
            assert http_get(app, "/healthz", HOST)[0] == 200
            assert http_get(app, "/readyz", "10.0.0.1")[0] == 503
            ctl("-o", options, "-l", log, "-w", "start")
            # The same gunicorn process answers again: no restart needed.
            assert wait_for(lambda: http_get(app, "/", HOST)[0] == 200, 15)
            assert http_get(app, "/readyz", "10.0.0.1")[0] == 200
