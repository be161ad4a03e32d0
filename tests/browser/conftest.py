"""A real browser against the portal with the demo content, on loopback only.

One server (fresh SQLite database, migrated and seeded) and one Chromium serve
the whole suite; they are package-scoped, so they stop when the suite is done:
Playwright's event loop would otherwise make Django refuse database access to
the tests that run after it in the same process (pytest-xdist). Each test gets
its own page in a fresh browser context that records every request, so a test
fails if anything leaves the portal.
"""

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.browser.helpers import portal_only

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("CHROMIUM_BIN") or "/usr/bin/chromium"
ARTIFACTS = ROOT / "artifacts"
SCREENSHOTS = ARTIFACTS / "screenshots"


def unavailable(reason):
    """Locally a missing browser skips the suite; in CI it must fail it."""
    if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
        pytest.fail(f"Browser suite cannot run in CI: {reason}", pytrace=False)
    pytest.skip(reason)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def server_env(tmp):
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"REDIS_URL", "DATABASE_URL", "DJANGO_SETTINGS_MODULE"}
    }
    env.update(
        DJANGO_SETTINGS_MODULE="tests.browser.settings",
        DATABASE_URL=f"sqlite:///{tmp / 'db.sqlite3'}",
        MEDIA_ROOT=str(tmp / "media"),
        LOG_LEVEL="WARNING",
        PYTHONUNBUFFERED="1",
    )
    return env


def manage(env, *args):
    subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        timeout=600,
    )


def wait_until_ready(process, port, log):
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"runserver exited early:\n{log.read_text()}")
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2)
            return
        except (urllib.error.URLError, OSError):
            time.sleep(0.3)
    pytest.fail(f"runserver did not answer within 60 s:\n{log.read_text()}")


@pytest.fixture(scope="package")
def portal_server(tmp_path_factory):
    """Base port of the demo portal: migrated, seeded, served until the session ends."""
    tmp = tmp_path_factory.mktemp("browser-portal")
    port = free_port()
    env = server_env(tmp)
    manage(env, "migrate", "--noinput")
    manage(env, "seed_demo", "--port", str(port))
    ARTIFACTS.mkdir(exist_ok=True)
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    log = ARTIFACTS / (
        f"browser-server-{worker}.log" if worker else "browser-server.log"
    )
    with log.open("w") as out:
        process = subprocess.Popen(  # noqa: S603
            [sys.executable, "manage.py", "runserver", "--noreload", "--insecure"]
            + [f"127.0.0.1:{port}"],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        wait_until_ready(process, port, log)
        yield port
    finally:
        process.terminate()
        process.wait(timeout=20)
        shutil.rmtree(tmp, ignore_errors=True)


@pytest.fixture(scope="package")
def browser():
    if not Path(CHROMIUM).exists():
        unavailable(f"Chromium is missing at {CHROMIUM} (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        unavailable("Playwright is not installed (pip install -e '.[test]')")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--autoplay-policy=no-user-gesture-required",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser, portal_server):
    """A fresh page at 1280 px; it fails the test if it asked any other host."""
    with portal_only(browser, portal_server) as context:
        yield context.new_page()


@pytest.fixture
def site_url(portal_server):
    def url(hostname, path="/"):
        return f"http://{hostname}:{portal_server}{path}"

    return url


@pytest.fixture(scope="session")
def screenshots():
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS
