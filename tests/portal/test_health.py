"""/healthz and /readyz answer any Host, over HTTP, never cached; errors stay small."""

import logging

from django.db import OperationalError, connection
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.migration import Migration
from django.test import Client

import pytest
from pytest_django.asserts import assertContains

from portal.web import health

pytestmark = pytest.mark.django_db

UNKNOWN_HOST = {"headers": {"host": "10.1.2.3"}}


@pytest.fixture
def production_like(settings, tmp_path):
    """Only the portal's hostname allowed, HTTPS forced, media in a temp dir."""
    settings.ALLOWED_HOSTS = ["portal.example.se"]
    settings.SECURE_SSL_REDIRECT = True
    settings.DEBUG = False
    settings.MEDIA_ROOT = tmp_path
    return settings


@pytest.fixture
def broken_database(monkeypatch):
    def refuse(*args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr(connection, "cursor", refuse)


def no_store(response):
    return "no-store" in response["Cache-Control"]


@pytest.mark.parametrize("path", ["/healthz", "/healthz/"])
def test_healthz_answers_any_host_over_http_uncached(client, production_like, path):
    response = client.get(path, **UNKNOWN_HOST)
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert no_store(response)


def test_readyz_reports_every_check_ok(client, production_like):
    response = client.get("/readyz", **UNKNOWN_HOST)
    assert response.status_code == 200
    assert response.json() == {
        "status": "ok",
        "checks": {
            "database": "ok",
            "migrations": "ok",
            "storage": "ok",
            "cache": "ok",
        },
    }
    assert no_store(response)


def test_readyz_fails_without_the_database(client, production_like, broken_database):
    response = client.get("/readyz", **UNKNOWN_HOST)
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "fail"
    assert "connection refused" in body["checks"]["database"]
    assert no_store(response)


def test_readyz_fails_with_unapplied_migrations(client, production_like, monkeypatch):
    monkeypatch.setattr(health, "_migrations_applied", False)
    pending = [(Migration("0999_pending", "blog"), False)]
    monkeypatch.setattr(MigrationExecutor, "migration_plan", lambda *a: pending)
    response = client.get("/readyz", **UNKNOWN_HOST)
    assert response.status_code == 503
    assert "blog.0999_pending" in response.json()["checks"]["migrations"]


def test_readyz_fails_when_media_root_is_missing(client, production_like, tmp_path):
    production_like.MEDIA_ROOT = tmp_path / "not-mounted"
    response = client.get("/readyz", **UNKNOWN_HOST)
    assert response.status_code == 503
    assert "not-mounted" in response.json()["checks"]["storage"]


def test_disallowed_host_is_a_400_and_one_warning_line(client, production_like, caplog):
    with caplog.at_level(logging.INFO):
        response = client.get("/", **UNKNOWN_HOST)
    assert response.status_code == 400
    records = [r for r in caplog.records if r.name.startswith("django.security")]
    assert len(records) == 1
    assert records[0].levelno == logging.WARNING
    assert records[0].exc_info is None
    assert "10.1.2.3" in records[0].getMessage()
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


def test_database_down_gives_the_branded_503_page(site, settings, broken_database):
    settings.DEBUG = False
    response = Client(raise_request_exception=False).get("/")
    assertContains(response, "Försök igen om en liten stund", status_code=503)
    assertContains(response, "Please try again in a moment", status_code=503)
    assert response["Retry-After"] == "30"
    assert no_store(response)


def test_other_errors_still_give_the_500_page(settings, monkeypatch):
    settings.DEBUG = False
    monkeypatch.setattr(health.HealthMiddleware, "__call__", broken_middleware)
    response = Client(raise_request_exception=False).get("/")
    assertContains(response, "Något gick fel", status_code=500)


def broken_middleware(self, request):
    raise RuntimeError("a bug")
