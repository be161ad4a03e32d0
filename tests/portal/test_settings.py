"""Settings are driven by the environment; production settings are deploy-safe.

Settings modules read the environment once, at import, so each case either runs
``portal/settings/base.py`` afresh with ``runpy`` or starts a subprocess.
"""

import json
import os
import re
import runpy
import secrets
import subprocess
import sys
from pathlib import Path

from django.db import connection

import pytest

BASE_DIR = Path(__file__).resolve().parents[2]
SETTINGS_ENV = (
    "DJANGO_SETTINGS_MODULE",
    "SECRET_KEY",
    "DEBUG",
    "ALLOWED_HOSTS",
    "CSRF_TRUSTED_ORIGINS",
    "DATABASE_URL",
    "DB_CONN_MAX_AGE",
    "REDIS_URL",
    "EMAIL_HOST",
    "EMAIL_PORT",
    "EMAIL_USE_TLS",
    "STATIC_ROOT",
    "MEDIA_ROOT",
    "SECURE_SSL_REDIRECT",
    "SECURE_HSTS_SECONDS",
    "WAGTAILADMIN_BASE_URL",
    "PORTAL_DJANGO_ADMIN",
    "AWS_STORAGE_BUCKET_NAME",
)
PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "portal.settings.production",
    "SECRET_KEY": secrets.token_urlsafe(50),
    "ALLOWED_HOSTS": "portal.example.se,.portal.example.se",
    "WAGTAILADMIN_BASE_URL": "https://portal.example.se",
}
PRINT_SETTINGS = (
    "import json, sys; from django.conf import settings; "
    "print(json.dumps({n: getattr(settings, n) for n in sys.argv[1:]}, default=str))"
)


def run(args, **env):
    """Run Python in a clean settings environment plus ``env``."""
    clean = {k: v for k, v in os.environ.items() if k not in SETTINGS_ENV}
    return subprocess.run(  # noqa: S603 - fixed argv, our own interpreter
        [sys.executable, *args],
        cwd=BASE_DIR,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def production_settings(*names, **env):
    result = run(["-c", PRINT_SETTINGS, *names], **{**PRODUCTION_ENV, **env})
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.fixture
def base_settings(monkeypatch):
    """Execute base.py afresh under the given environment; returns its names."""

    def load(**env):
        for name in SETTINGS_ENV:
            monkeypatch.delenv(name, raising=False)
        for name, value in env.items():
            monkeypatch.setenv(name, value)
        return runpy.run_path(str(BASE_DIR / "portal" / "settings" / "base.py"))

    return load


@pytest.mark.skipif(
    not (
        os.environ.get("CI")
        and os.environ.get("DATABASE_URL", "").startswith("postgres")
    ),
    reason="guards CI runs with a PostgreSQL DATABASE_URL",
)
def test_ci_postgres_run_really_uses_postgresql(db):
    assert connection.vendor == "postgresql"


def test_production_settings_pass_deploy_checks_without_warnings():
    result = run(
        ["manage.py", "check", "--deploy", "--fail-level", "WARNING"], **PRODUCTION_ENV
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.parametrize("entry", ["portal.wsgi", "portal.asgi"])
def test_server_entry_points_keep_what_they_loaded_out_of_full_collections(entry):
    code = f"import gc, {entry}; print(gc.get_freeze_count())"
    result = run(["-c", code], **PRODUCTION_ENV)
    assert result.returncode == 0, result.stderr
    # Django, Wagtail and the portal's modules: tens of thousands of objects.
    assert int(result.stdout) > 10_000


def test_production_settings_refuse_to_start_without_secret_key():
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != "SECRET_KEY"}
    result = run(["-c", PRINT_SETTINGS, "DEBUG"], **env)
    assert result.returncode != 0
    assert "KeyError: 'SECRET_KEY'" in result.stderr


@pytest.mark.parametrize("name", ["SECRET_KEY", "WAGTAILADMIN_BASE_URL"])
def test_production_settings_refuse_to_start_half_set(name):
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != name}
    result = run(["-c", PRINT_SETTINGS, "DEBUG"], **env)
    assert result.returncode != 0
    assert f"KeyError: '{name}'" in result.stderr


def test_admin_calls_no_outside_service_and_django_admin_is_off():
    values = production_settings(
        "WAGTAIL_ENABLE_UPDATE_CHECK",
        "WAGTAIL_GRAVATAR_PROVIDER_URL",
        "PORTAL_DJANGO_ADMIN",
        "WAGTAILADMIN_BASE_URL",
    )
    assert values == {
        "WAGTAIL_ENABLE_UPDATE_CHECK": False,
        "WAGTAIL_GRAVATAR_PROVIDER_URL": None,
        "PORTAL_DJANGO_ADMIN": False,
        "WAGTAILADMIN_BASE_URL": "https://portal.example.se",
    }


def test_django_admin_url_exists_only_when_enabled():
    # Without it, /django-admin/ falls through to Wagtail's page serving (404).
    probe = "from django.urls import resolve as r; print(r('/django-admin/').namespace)"
    script = ["-c", f"import django; django.setup(); {probe}"]
    off = run(script, **PRODUCTION_ENV)
    on = run(script, **PRODUCTION_ENV, PORTAL_DJANGO_ADMIN="true")
    assert off.returncode == on.returncode == 0, off.stderr + on.stderr
    assert off.stdout.strip() != "admin"
    assert on.stdout.strip() == "admin"


def test_production_settings_are_secure_and_never_debug():
    values = production_settings(
        "DEBUG",
        "SECURE_SSL_REDIRECT",
        "SECURE_HSTS_SECONDS",
        "SESSION_COOKIE_SECURE",
        "CSRF_COOKIE_SECURE",
        "ALLOWED_HOSTS",
        DEBUG="true",
    )
    assert values["DEBUG"] is False
    assert values["SECURE_SSL_REDIRECT"] is True
    assert values["SECURE_HSTS_SECONDS"] >= 31_536_000
    assert values["SESSION_COOKIE_SECURE"] is values["CSRF_COOKIE_SECURE"] is True
    assert values["ALLOWED_HOSTS"] == ["portal.example.se", ".portal.example.se"]


def test_base_settings_are_production_safe(base_settings):
    values = base_settings()
    assert values["DEBUG"] is False
    assert "SECRET_KEY" not in values
    assert values["ALLOWED_HOSTS"] == []


def test_database_defaults_to_sqlite_file(base_settings):
    database = base_settings()["DATABASES"]["default"]
    assert database["ENGINE"] == "django.db.backends.sqlite3"
    assert Path(database["NAME"]) == BASE_DIR / "db.sqlite3"


def test_database_url_selects_postgresql(base_settings):
    values = base_settings(
        DATABASE_URL="postgres://portal:hemligt@db.example.se:5433/portal",
        DB_CONN_MAX_AGE="120",
    )
    database = values["DATABASES"]["default"]
    assert database["ENGINE"] == "django.db.backends.postgresql"
    assert (database["NAME"], database["HOST"], database["PORT"]) == (
        "portal",
        "db.example.se",
        5433,
    )
    assert database["CONN_MAX_AGE"] == 120


def test_cache_is_local_memory_by_default(base_settings):
    cache = base_settings()["CACHES"]["default"]
    assert cache["BACKEND"] == "django.core.cache.backends.locmem.LocMemCache"


def test_redis_url_switches_cache_to_redis(base_settings):
    cache = base_settings(REDIS_URL="redis://cache.example.se:6379/1")["CACHES"][
        "default"
    ]
    assert cache["BACKEND"] == "portal.caching.resilient.ResilientRedisCache"
    assert cache["LOCATION"] == "redis://cache.example.se:6379/1"
    assert cache["OPTIONS"]["socket_connect_timeout"] <= 1


def test_email_goes_to_console_without_email_host(base_settings):
    values = base_settings()
    assert values["EMAIL_BACKEND"] == "django.core.mail.backends.console.EmailBackend"


def test_email_host_switches_to_smtp(base_settings):
    values = base_settings(EMAIL_HOST="smtp.example.se", EMAIL_PORT="465")
    assert values["EMAIL_BACKEND"] == "django.core.mail.backends.smtp.EmailBackend"
    assert (values["EMAIL_HOST"], values["EMAIL_PORT"]) == ("smtp.example.se", 465)
    assert values["EMAIL_USE_TLS"] is True
    assert values["EMAIL_TIMEOUT"] == 10  # Django's default waits forever


WHITENOISE_STORAGE = "whitenoise.storage.CompressedManifestStaticFilesStorage"


def test_base_serves_static_files_compressed_and_hashed(base_settings):
    storages = base_settings()["STORAGES"]
    assert storages["staticfiles"]["BACKEND"] == WHITENOISE_STORAGE


def test_production_serves_static_files_compressed_and_hashed():
    values = production_settings("STORAGES", "MIDDLEWARE")
    assert values["STORAGES"]["staticfiles"]["BACKEND"] == WHITENOISE_STORAGE
    assert "whitenoise.middleware.WhiteNoiseMiddleware" in values["MIDDLEWARE"]


def test_collectstatic_writes_hashed_and_compressed_files(tmp_path):
    result = run(
        ["manage.py", "collectstatic", "--noinput"],
        **PRODUCTION_ENV,
        STATIC_ROOT=str(tmp_path),
    )
    assert result.returncode == 0, result.stderr
    manifest = json.loads((tmp_path / "staticfiles.json").read_text())["paths"]
    hashed = manifest["portal/css/portal.css"]
    assert re.fullmatch(r"portal/css/portal\.[0-9a-f]{12}\.css", hashed)
    assert (tmp_path / hashed).is_file()
    # WhiteNoise keeps a compressed copy only where it saves space: large CSS/JS.
    large = [
        tmp_path / name
        for name in manifest.values()
        if name.endswith((".css", ".js")) and (tmp_path / name).stat().st_size > 10_000
    ]
    assert large
    for path in large:
        assert (
            path.with_name(f"{path.name}.gz").is_file()
            or path.with_name(f"{path.name}.br").is_file()
        )


def test_a_missing_csrf_middleware_is_a_system_check_error(settings):
    from portal.security.checks import csrf_middleware_installed

    assert csrf_middleware_installed(None) == []
    settings.MIDDLEWARE = [path for path in settings.MIDDLEWARE if "Csrf" not in path]
    assert [error.id for error in csrf_middleware_installed(None)] == ["portal.E001"]
