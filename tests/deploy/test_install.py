"""deploy/install.sh from a checkout to the portal on HTTPS, as docs/deployment.md says.

The script runs for real with PORTAL_PREFIX: it creates the service user in a
copy of /etc, a fresh virtualenv with `pip install` of the release, the
environment file, static files, the migrated database (a local PostgreSQL
role and database in the PostgreSQL run, as on a server), nginx's site with a
self-signed certificate and the enabled systemd units. Then the installed
gunicorn command and nginx site serve it: HTTP redirects to HTTPS, the
certificate names every host, health checks and certbot's challenges answer
over plain HTTP. Only starting systemd and asking Let's Encrypt for a
certificate are left out: neither exists on a test machine.
"""

import http.client
import os
import shlex
import shutil
import socket
import sqlite3
import ssl
import subprocess
from contextlib import ExitStack
from pathlib import Path

import pytest

from tests.deploy.production import (
    ROOT,
    nginx_conf,
    on_postgresql,
    postgres_database,
)
from tests.portal.servers import free_port, require, running, unavailable

HOSTS = ["portal.example.se", "boden.example.se"]
APP = "/srv/portal/app"
PACKAGES = ROOT / "deploy" / "debian-packages.txt"


def release_files():
    """The checkout's files as git sees them (tracked, or new and not ignored)."""
    git = [require("git"), "ls-files", "--cached", "--others", "--exclude-standard"]
    listed = subprocess.run(  # noqa: S603 - fixed program
        [*git, "-z"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.decode()
    return [name for name in listed.split("\0") if name and (ROOT / name).is_file()]


def install(server, **extra):
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_", "REDIS_", "AWS_", "VIRTUAL_ENV"))
    }
    env.update(
        PORTAL_PREFIX=str(server),
        PORTAL_HOSTS=",".join(HOSTS),
        PORTAL_TLS="self-signed",
    )
    env.update(extra)
    return subprocess.run(  # noqa: S603 - the shipped script
        [require("bash"), f"{server}{APP}/deploy/install.sh"],
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )


def read_env(path):
    """The KEY=value lines of an environment file, as systemd reads them."""
    lines = path.read_text().splitlines()
    return dict(line.split("=", 1) for line in lines if "=" in line and line[0] != "#")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    if os.geteuid() != 0:
        unavailable("deploy/install.sh runs as root (useradd, chown)")
    for program in ("useradd", "systemctl", "openssl", "nginx"):
        require(program)
    server = tmp_path_factory.mktemp("debian")
    (server / "etc" / "systemd" / "system").mkdir(parents=True)
    for name in ("passwd", "group", "shadow", "gshadow", "login.defs"):
        shutil.copy(f"/etc/{name}", server / "etc" / name)
    app = Path(f"{server}{APP}")
    for name in release_files():
        (app / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, app / name)
    with ExitStack() as stack:
        if on_postgresql():
            url = stack.enter_context(postgres_database())
            admin, name = url.rsplit("/", 1)
            database = {
                "PORTAL_PSQL": f"psql -q {admin}/postgres",
                "PORTAL_DB_NAME": name,
            }
            # install.sh creates the database itself, as on a new server.
            psql(f"{admin}/postgres", f'DROP DATABASE "{name}"')
        else:
            url = f"sqlite:///{server}/srv/portal/db.sqlite3"
            database = {"PORTAL_DATABASE_URL": url}
        first = install(server, **database)
        assert first.returncode == 0, first.stdout + first.stderr
        yield server, database, first


def psql(url, sql):
    subprocess.run([require("psql"), "-q", url, "-c", sql], check=True)  # noqa: S603


@pytest.fixture(scope="module")
def serving(server):
    """The installed gunicorn command behind the installed nginx site."""
    root, _database, _run = server
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_", "REDIS_", "AWS_"))
    }
    env.update(read_env(root / "etc" / "portal.env"))
    env.update(
        STATIC_ROOT=f"{root}{env['STATIC_ROOT']}",
        MEDIA_ROOT=f"{root}{env['MEDIA_ROOT']}",
    )
    env.pop("REDIS_URL")  # the tests' Redis is shared: keep this portal's cache its own
    unit = (root / "etc" / "systemd" / "system" / "portal.service").read_text()
    exec_start = next(
        line
        for line in unit.replace("\\\n", " ").splitlines()
        if line.startswith("ExecStart=")
    )
    app_port = free_port()
    argv = [
        part.replace(APP, f"{root}{APP}").replace(
            "127.0.0.1:8000", f"127.0.0.1:{app_port}"
        )
        for part in shlex.split(exec_start.split("=", 1)[1])
    ]
    http_port, https_port = free_port(), free_port()
    work = root / "run"
    work.mkdir()
    site = root / "etc" / "nginx" / "sites-available" / "portal.conf"
    conf = nginx_conf(
        work, http_port, [app_port], site=site, tls_port=https_port, server_root=root
    )
    nginx = [
        require("nginx"),
        "-p",
        f"{work}/nginx",
        "-c",
        str(conf),
        "-e",
        f"{work}/nginx/error.log",
    ]
    app = running(
        argv, app_port, work / "gunicorn.log", timeout=60, cwd=f"{root}{APP}", env=env
    )
    with app, running(nginx, http_port, work / "nginx.log"):
        yield root, http_port, https_port


def fetch(port, path, host, cafile=None):
    """(status, headers, body) of GET path from 127.0.0.1:port, redirects not
    followed; with cafile over TLS, checking the certificate names host."""
    sock = socket.create_connection(("127.0.0.1", port), timeout=20)
    if cafile:
        context = ssl.create_default_context(cafile=str(cafile))
        sock = context.wrap_socket(sock, server_hostname=host)
    with sock:
        request = f"GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
        sock.sendall(request.encode())
        response = http.client.HTTPResponse(sock)
        response.begin()
        return response.status, dict(response.headers), response.read()


def test_ci_installs_every_debian_package_the_docs_name():
    packages = PACKAGES.read_text().split()
    assert {"nginx", "certbot", "postgresql", "redis-server", "python3-venv"} <= set(
        packages
    )
    run_script = (ROOT / ".ci" / "run").read_text()
    assert "deploy/debian-packages.txt" in run_script
    assert (
        f"apt-get install $(cat {PACKAGES.relative_to(ROOT)})"
        in (ROOT / "docs" / "deployment.md").read_text()
    )
    dpkg_query = require("dpkg-query")
    missing = [
        name
        for name in packages
        if "ok installed"
        not in subprocess.run(  # noqa: S603 - fixed program
            [dpkg_query, "-W", "-f=${Status}", name], capture_output=True, text=True
        ).stdout
    ]
    if missing:
        unavailable(
            f"Debian packages not installed: {', '.join(missing)} (.ci/run installs)"
        )


def test_service_user_environment_and_units(server):
    root, _database, _run = server
    user = next(
        line
        for line in (root / "etc" / "passwd").read_text().splitlines()
        if line.startswith("portal:")
    )
    assert user.endswith(":/srv/portal:/usr/sbin/nologin")
    env_file = root / "etc" / "portal.env"
    assert env_file.stat().st_mode & 0o777 == 0o640
    env = read_env(env_file)
    assert len(env["SECRET_KEY"]) >= 50
    assert env["ALLOWED_HOSTS"] == ",".join(HOSTS)
    assert env["WAGTAILADMIN_BASE_URL"] == "https://portal.example.se"
    assert (
        env["CSRF_TRUSTED_ORIGINS"]
        == "https://portal.example.se,https://boden.example.se"
    )
    assert (
        root / "etc" / "ssl" / "portal" / "privkey.pem"
    ).stat().st_mode & 0o777 == 0o600
    systemd = root / "etc" / "systemd" / "system"
    assert (systemd / "multi-user.target.wants" / "portal.service").is_symlink()
    timers = sorted(path.name for path in (ROOT / "deploy" / "systemd").glob("*.timer"))
    assert "portal-backup.timer" in timers
    enabled = sorted(path.name for path in (systemd / "timers.target.wants").iterdir())
    assert enabled == timers
    assert (Path(f"{root}{APP}") / ".venv" / "bin" / "gunicorn").exists()


def test_the_database_is_created_migrated_and_serves_the_portal_host(server):
    root, database, run = server
    url = read_env(root / "etc" / "portal.env")["DATABASE_URL"]
    query = "SELECT hostname, port FROM wagtailcore_site WHERE is_default_site"
    if "PORTAL_PSQL" in database:
        import psycopg

        assert url.startswith("postgres://portal:")  # the role install.sh made
        with psycopg.connect(url) as connection:
            assert connection.execute(query).fetchall() == [("portal.example.se", 443)]
    else:
        with sqlite3.connect(url.removeprefix("sqlite:///")) as connection:
            assert connection.execute(query).fetchall() == [("portal.example.se", 443)]
    assert "https://portal.example.se/" in run.stdout


def test_a_second_run_keeps_secrets_and_certificate(server):
    root, database, _run = server
    env_before = (root / "etc" / "portal.env").read_text()
    cert_before = (root / "etc" / "ssl" / "portal" / "fullchain.pem").read_bytes()
    again = install(root, **database)
    assert again.returncode == 0, again.stdout + again.stderr
    assert (root / "etc" / "portal.env").read_text() == env_before
    assert (
        root / "etc" / "ssl" / "portal" / "fullchain.pem"
    ).read_bytes() == cert_before


def test_http_redirects_to_https_but_health_and_acme_answer(serving):
    root, http_port, _https_port = serving
    status, headers, _body = fetch(http_port, "/om/?a=1", "boden.example.se")
    assert (status, headers["Location"]) == (301, "https://boden.example.se/om/?a=1")
    assert fetch(http_port, "/healthz", "10.0.0.1")[0] == 200
    challenge = root / "var" / "www" / "letsencrypt" / ".well-known" / "acme-challenge"
    challenge.mkdir(parents=True)
    (challenge / "token-1").write_text("token-1.key")
    assert (
        fetch(http_port, "/.well-known/acme-challenge/token-1", "boden.example.se")[2]
        == b"token-1.key"
    )


def test_https_serves_every_host_with_hsts_and_static_files(serving):
    root, _http_port, https_port = serving
    cafile = root / "etc" / "ssl" / "portal" / "fullchain.pem"
    status, headers, body = fetch(https_port, "/", "portal.example.se", cafile)
    assert status == 200, body[:500]
    assert "max-age=" in headers["Strict-Transport-Security"]
    assert (
        b'href="https://portal.example.se/' in body
        or b'rel="canonical" href="https://' in body
    )
    css = fetch(https_port, "/static/portal/css/portal.css", "boden.example.se", cafile)
    assert css[0] == 200
    with pytest.raises(ssl.SSLCertVerificationError):
        fetch(https_port, "/", "other.example.se", cafile)
