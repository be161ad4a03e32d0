"""The shipped nginx config in front of gunicorn with production settings.

nginx runs as a non-daemon with its own prefix, pid and logs in a temp dir,
on a free port, with deploy/nginx/portal.conf's paths and gunicorn address
substituted; gunicorn runs portal.settings.production on a migrated temp
SQLite database. Checked: a page, a static file, an image and a film with a
Range request (206), and that documents are not served from /media/.
"""

import pytest

from tests.deploy.production import (
    ROOT,
    copy_migrated,
    gunicorn,
    http_get,
    nginx_conf,
    production_env,
)
from tests.portal.servers import free_port, require, running

HOST = "portal.example.se"
FILM = bytes(range(256)) * 16
IMAGE = b"\xff\xd8\xff\xe0 not really a jpeg"


def get(port, path, **headers):
    return http_get(port, path, headers.pop("Host", HOST), **headers)


@pytest.fixture(scope="module")
def portal(tmp_path_factory, migrated):
    nginx = require("nginx")
    tmp = tmp_path_factory.mktemp("onebox")
    env = production_env(tmp, HOST)
    copy_migrated(migrated, tmp)
    media = tmp / "media"
    (media / "original_images").mkdir(parents=True)
    (media / "original_images" / "kvarter.jpg").write_bytes(IMAGE)
    (media / "media").mkdir()
    (media / "media" / "film.mp4").write_bytes(FILM)
    (media / "documents").mkdir()
    (media / "documents" / "privat.pdf").write_bytes(b"%PDF private")
    port = free_port()
    with gunicorn(env, tmp / "gunicorn.log") as app_port:
        conf = nginx_conf(tmp, port, [app_port])
        nginx_argv = [nginx, "-p", f"{tmp}/nginx", "-c", str(conf)]
        nginx_argv += ["-e", f"{tmp}/nginx/error.log"]
        with running(nginx_argv, port, tmp / "nginx.log"):
            yield port


def test_page_is_proxied_to_gunicorn_with_the_host(portal):
    status, _headers, body = get(portal, "/")
    assert status == 200
    assert b"<html" in body


def test_health_answers_through_nginx(portal):
    status, headers, _body = get(portal, "/readyz", Host="10.0.0.1")
    assert status == 200
    assert "no-store" in headers["Cache-Control"]


def test_static_file_is_served_by_nginx(portal):
    status, headers, body = get(portal, "/static/portal/css/portal.css")
    assert status == 200
    assert body == (ROOT / "portal/static/portal/css/portal.css").read_bytes()
    assert headers["Cache-Control"] == "max-age=3600"


def test_image_is_served_from_media(portal):
    status, _headers, body = get(portal, "/media/original_images/kvarter.jpg")
    assert (status, body) == (200, IMAGE)


def test_film_answers_a_range_request_with_206(portal):
    status, headers, body = get(portal, "/media/media/film.mp4", Range="bytes=0-99")
    assert status == 206
    assert body == FILM[:100]
    assert headers["Content-Range"] == f"bytes 0-99/{len(FILM)}"


def test_documents_are_never_served_from_media(portal):
    status, _headers, _body = get(portal, "/media/documents/privat.pdf")
    assert status == 404
