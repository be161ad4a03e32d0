"""Private servers for tests: a free loopback port, a process, and cleanup.

Like the browser suite, a missing program skips the test locally and fails it
in CI, where .ci/run installs what these tests need.
"""

import os
import shutil
import socket
import subprocess
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

__all__ = [
    "free_port",
    "port_answers",
    "private_cluster",
    "require",
    "running",
    "unavailable",
]


def unavailable(reason):
    if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
        pytest.fail(f"Cannot run in CI: {reason}", pytrace=False)
    pytest.skip(reason)


def require(program):
    """The full path of program, or skip (fail in CI) naming what is missing."""
    path = shutil.which(program) or shutil.which(program, path="/usr/sbin:/sbin")
    if path is None:
        unavailable(f"{program} is not installed")
    return path


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def port_answers(port):
    try:
        socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
    except OSError:
        return False
    return True


@contextmanager
def running(argv, port, log_path, timeout=20, **popen):
    """Start argv, wait until port accepts connections; stop it afterwards."""
    with open(log_path, "wb") as log:
        process = subprocess.Popen(  # noqa: S603 - argv built by the test
            argv, stdout=log, stderr=subprocess.STDOUT, **popen
        )
    try:
        deadline = time.monotonic() + timeout
        while not port_answers(port):
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"{argv[0]} did not start:\n{log_path.read_text()}")
            time.sleep(0.05)
        yield process
    finally:
        stop(process)


def stop(process):
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


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


class Cluster:
    """A running private PostgreSQL cluster: its port, URL, stop() and start()."""

    def __init__(self, pg_ctl, options, log, port):
        self._pg_ctl, self._options, self._log = pg_ctl, options, log
        self.port = port
        self.url = f"postgres://postgres@127.0.0.1:{port}/postgres"

    def _ctl(self, *args):
        subprocess.run(  # noqa: S603 - fixed arguments
            [*self._pg_ctl, *args], check=True, capture_output=True, timeout=60
        )

    def start(self):
        self._ctl("-o", self._options, "-l", self._log, "-w", "start")

    def stop(self, mode="fast"):
        self._ctl("-m", mode, "-w", "stop")


@contextmanager
def private_cluster():
    """A PostgreSQL cluster of its own on a free loopback port; yields a Cluster.

    Its folder is outside pytest's (which only root may enter when run as root).
    """
    bin_dir, port = postgres_bin(), free_port()
    tmp = Path(tempfile.mkdtemp(prefix="portal-pg-"))
    data = tmp / "pgdata"
    data.mkdir(mode=0o700)
    if os.geteuid() == 0:
        shutil.chown(tmp, "postgres")
        shutil.chown(data, "postgres")
    made = subprocess.run(  # noqa: S603 - fixed arguments
        as_cluster_owner([str(bin_dir / "initdb"), "-D", str(data), "-A", "trust"])
        + ["-U", "postgres", "--no-sync"],
        capture_output=True,
        text=True,
        cwd=tmp,  # the cluster's owner may not enter the caller's folder
    )
    if made.returncode:
        shutil.rmtree(tmp, ignore_errors=True)
        pytest.fail(f"initdb failed:\n{made.stdout}{made.stderr}")
    options = f"-p {port} -k {tmp} -c listen_addresses=127.0.0.1 -c fsync=off"
    pg_ctl = as_cluster_owner([str(bin_dir / "pg_ctl"), "-D", str(data)])
    cluster = Cluster(pg_ctl, options, str(tmp / "postgres.log"), port)
    cluster.start()
    try:
        yield cluster
    finally:
        subprocess.run([*pg_ctl, "-m", "immediate", "stop"], capture_output=True)  # noqa: S603
        shutil.rmtree(tmp, ignore_errors=True)
