"""The portal as production runs it, for the deploy tests: environment,
management commands and gunicorn on a free loopback port.

Every server gets its own copy of one migrated SQLite file (the `migrated`
fixture in conftest.py), so the slow `migrate` and `collectstatic` run once
per session.
"""

import os
import re
import secrets
import shutil
import subprocess
import sys
import urllib.error
import urllib.request
import uuid
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from tests.portal.servers import free_port, running

__all__ = [
    "ROOT",
    "copy_migrated",
    "gunicorn",
    "http_get",
    "manage",
    "nginx_conf",
    "on_postgresql",
    "postgres_database",
    "production_env",
    "seed_demo_portal",
    "shell",
]

ROOT = Path(__file__).resolve().parents[2]
NGINX_SITE = ROOT / "deploy" / "nginx" / "portal.conf"


def production_env(tmp, hosts, database=None, redis_url=None):
    """portal.settings.production on tmp's SQLite file (or database), no S3."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DJANGO_SETTINGS_MODULE", "DATABASE_URL", "REDIS_URL"}
        and not k.startswith("AWS_")
    }
    env.update(
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS=hosts,
        WAGTAILADMIN_BASE_URL=f"https://{hosts.lstrip('.').split(',')[0]}",
        DATABASE_URL=database or f"sqlite:///{tmp / 'db.sqlite3'}",
        SECURE_SSL_REDIRECT="false",
        STATIC_ROOT=str(tmp / "static"),
        MEDIA_ROOT=str(tmp / "media"),
        LOG_LEVEL="WARNING",
    )
    if redis_url:
        env["REDIS_URL"] = redis_url
    return env


def manage(env, *args, timeout=300):
    """Run manage.py args in a new process; its CompletedProcess."""
    return subprocess.run(  # noqa: S603 - arguments built by the tests
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def seed_demo_portal(env, tmp):
    """Migrate env's database, seed the demo and collect static files into tmp
    (the benchmarks' portal); returns env."""
    env["WAGTAILADMIN_BASE_URL"] = "http://localhost"
    (tmp / "media").mkdir()
    for command in (
        ("migrate", "--noinput"),
        ("seed_demo", "--port", "80"),
        ("collectstatic", "--noinput"),
    ):
        manage(env, *command, timeout=900)
    return env


def shell(env, code):
    """Run Python code in `manage.py shell`, another process than the servers."""
    return manage(env, "shell", "--no-imports", "-c", code).stdout


def copy_migrated(migrated, tmp):
    """tmp gets a copy of the migrated database and collected static files."""
    shutil.copy(migrated / "db.sqlite3", tmp / "db.sqlite3")
    (tmp / "static").symlink_to(migrated / "static", target_is_directory=True)
    (tmp / "media").mkdir(exist_ok=True)


@contextmanager
def gunicorn(env, log_path, workers=1):
    """gunicorn serving env's portal on a free port; yields the port."""
    port = free_port()
    argv = [sys.executable, "-m", "gunicorn", "portal.wsgi:application"]
    argv += ["--bind", f"127.0.0.1:{port}", "--workers", str(workers)]
    with running(argv, port, log_path, timeout=60, cwd=ROOT, env=env):
        yield port


def http_get(port, path, host, **headers):
    """(status, headers, body) of GET path from 127.0.0.1:port with Host host."""
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}{path}", headers={"Host": host, **headers}
    )
    try:
        with urllib.request.urlopen(request, timeout=20) as response:  # noqa: S310
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def nginx_conf(tmp, port, app_ports, site=NGINX_SITE, tls_port=None, server_root=None):
    """nginx.conf in tmp/nginx running the nginx site file site on port.

    The site's upstream points at app_ports, its HTTPS server (if any) listens
    on tls_port, and its server paths (/srv/portal/, /etc/ssl/portal/,
    /var/www/) point into tmp, or below server_root, the folder that
    deploy/install.sh installed into. The snippet comes from deploy/nginx/.
    """

    def local(text):
        text = text.replace("/etc/nginx/snippets/", f"{tmp}/nginx/")
        for path in ("/srv/portal/", "/etc/ssl/portal/", "/var/www/"):
            text = text.replace(
                path, f"{server_root}{path}" if server_root else f"{tmp}/"
            )
        return text

    text = local(Path(site).read_text())
    servers = "".join(f"    server 127.0.0.1:{app};\n" for app in app_ports)
    text = text.replace("    server 127.0.0.1:8000;\n", servers)
    text = re.sub(r"listen 80( default_server)?;", f"listen 127.0.0.1:{port};", text)
    if tls_port:
        text = re.sub(
            r"listen 443 ssl[^;]*;", f"listen 127.0.0.1:{tls_port} ssl;", text
        )
    (tmp / "nginx").mkdir()
    (tmp / "nginx" / "portal.conf").write_text(text)
    snippet = local((NGINX_SITE.parent / "portal-locations.conf").read_text())
    (tmp / "nginx" / "portal-locations.conf").write_text(snippet)
    temp = "".join(
        f"    {kind}_temp_path {tmp}/nginx/{kind};\n"
        for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    user = "user root;\n" if os.geteuid() == 0 else ""  # tmp dirs are private
    conf = tmp / "nginx" / "nginx.conf"
    conf.write_text(
        f"{user}daemon off;\nworker_processes 1;\npid {tmp}/nginx/nginx.pid;\n"
        f"error_log {tmp}/nginx/error.log;\nevents {{}}\nhttp {{\n"
        f"    include /etc/nginx/mime.types;\n"
        f"    access_log {tmp}/nginx/access.log;\n{temp}"
        f"    include {tmp}/nginx/portal.conf;\n}}\n"
    )
    return conf


def on_postgresql():
    """Whether this is the PostgreSQL run (DATABASE_URL=postgres://…)."""
    return os.environ.get("DATABASE_URL", "").startswith("postgres")


@contextmanager
def postgres_database():
    """The URL of a fresh database on DATABASE_URL's server, dropped afterwards."""
    import psycopg

    parts = urlsplit(os.environ["DATABASE_URL"])
    admin = urlunsplit(parts._replace(path="/postgres"))
    name = f"portal_deploy_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    try:
        yield urlunsplit(parts._replace(path=f"/{name}"))
    finally:
        with psycopg.connect(admin, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
