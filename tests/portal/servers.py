"""Private servers for tests: a free loopback port, a process, and cleanup.

Like the browser suite, a missing program skips the test locally and fails it
in CI, where .ci/run installs what these tests need.
"""

import os
import shutil
import socket
import subprocess
import time
from contextlib import contextmanager

import pytest

__all__ = ["free_port", "port_answers", "require", "running", "unavailable"]


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
