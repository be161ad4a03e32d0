"""Redis down, refusing or killed mid-test: pages, search, subscriptions and the
admin keep working from the database, and the outage is logged once.

Each test runs its own redis-server on a free loopback port (portal.settings.test
uses local memory whatever REDIS_URL says).
"""

import logging

from django.core import mail
from django.core.cache import cache
from django.test import override_settings

import pytest
import redis

from portal.caching import resilient
from portal.caching.keys import CONTENT_VERSION_KEY
from tests.portal.servers import free_port, require, running

pytestmark = pytest.mark.django_db

LOGGER = "portal.caching.resilient"


def redis_caches(port, retry_seconds=60):
    return {
        "default": {
            "BACKEND": "portal.caching.resilient.ResilientRedisCache",
            "LOCATION": f"redis://127.0.0.1:{port}/0",
            "KEY_PREFIX": "portal",
            "OPTIONS": {
                "socket_connect_timeout": 0.5,
                "socket_timeout": 0.5,
                "RETRY_SECONDS": retry_seconds,
                "WARN_SECONDS": 600,
            },
        }
    }


@pytest.fixture
def redis_server(tmp_path):
    """start() runs a private redis-server on a fixed free port; stop() kills it."""
    program = require("redis-server")
    port = free_port()
    argv = [program, "--port", str(port), "--bind", "127.0.0.1", "--save", ""]
    argv += ["--appendonly", "no", "--dir", str(tmp_path)]

    class Server:
        def __init__(self):
            self.port = port
            self._context = None

        def start(self):
            self._context = running(argv, port, tmp_path / "redis.log")
            self.process = self._context.__enter__()

        def kill(self):
            self.process.kill()
            self.process.wait()

        def stop(self):
            if self._context is not None:
                self._context.__exit__(None, None, None)
                self._context = None

    server = Server()
    yield server
    server.stop()
    resilient._health_by_location.pop(f"redis://127.0.0.1:{port}/0", None)


def subscribe(client, email, ip="127.0.0.1"):
    data = {"email": email, "source": "footer"}
    return client.post("/prenumerera/", data, REMOTE_ADDR=ip)


def warnings(caplog):
    return [r for r in caplog.records if r.name == LOGGER]


def test_closed_port_from_the_start_serves_everything(
    client, admin_client, home_page, caplog
):
    port = free_port()  # nothing listens there
    with override_settings(CACHES=redis_caches(port)), caplog.at_level(logging.INFO):
        for _ in range(3):
            assert client.get("/").status_code == 200
        assert client.get("/sok/", {"q": "portal"}).status_code == 200
        assert admin_client.get("/admin/").status_code == 200
        assert admin_client.get("/admin/pages/").status_code == 200
        assert cache.get("anything") is None
    assert len(warnings(caplog)) == 1, [r.getMessage() for r in warnings(caplog)]
    assert "unavailable" in warnings(caplog)[0].getMessage()


@override_settings(PORTAL_SUBSCRIPTION_RATE_PER_IP=2)
def test_rate_limit_still_counts_while_redis_is_down(client, home_page):
    with override_settings(CACHES=redis_caches(free_port())):
        assert subscribe(client, "a1@example.se").status_code == 302
        assert subscribe(client, "a2@example.se").status_code == 302
        assert subscribe(client, "a3@example.se").status_code == 429
    assert len(mail.outbox) == 2


def test_redis_killed_mid_test_then_back(client, home_page, redis_server, caplog):
    redis_server.start()
    direct = redis.Redis(port=redis_server.port)
    with override_settings(CACHES=redis_caches(redis_server.port, retry_seconds=0)):
        assert client.get("/").status_code == 200
        assert direct.dbsize() > 0, "the page should have filled the cache"
        version = cache.get(CONTENT_VERSION_KEY)

        redis_server.kill()
        with caplog.at_level(logging.INFO):
            for _ in range(3):
                assert client.get("/").status_code == 200
            assert client.get("/sok/", {"q": "portal"}).status_code == 200
        assert len(warnings(caplog)) == 1

        redis_server.start()  # empty again, on the same port
        direct.set("portal:1:" + CONTENT_VERSION_KEY, version)
        assert client.get("/").status_code == 200
        # Invalidations during the outage were lost: recovery bumps the version.
        assert cache.get(CONTENT_VERSION_KEY) == version + 1
    assert "reachable again" in warnings(caplog)[-1].getMessage()


def test_readyz_is_degraded_not_failing_without_redis(client, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    with override_settings(CACHES=redis_caches(free_port())):
        response = client.get("/readyz")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "degraded"
    assert "ConnectionError" in body["checks"]["cache"]
    assert body["checks"]["database"] == "ok"


def test_every_cache_call_answers_its_fallback_while_redis_is_down(caplog):
    """What each call of the cache API gives callers during an outage."""
    port = free_port()  # nothing listens there
    with override_settings(CACHES=redis_caches(port)), caplog.at_level(logging.INFO):
        assert cache.get("k", "fallback") == "fallback"
        assert cache.get_many(["k", "l"]) == {}
        assert cache.has_key("k") is False
        assert cache.set("k", 1) is None
        assert cache.set_many({"k": 1}) == []
        assert cache.touch("k") is False
        assert cache.delete("k") is False
        assert cache.delete_many(["k"]) is None
        assert cache.clear() is False
        # Counters fall back to this process, so rate limits keep counting.
        assert cache.add("n", 1) is True
        assert cache.add("n", 1) is False
        assert cache.incr("n") == 2
    resilient._health_by_location.pop(f"redis://127.0.0.1:{port}/0", None)
    assert len(warnings(caplog)) == 1
