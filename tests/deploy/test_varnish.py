"""The shipped Varnish config in front of gunicorn, and purging on publish.

varnishd runs in the foreground with its own work folder on a free port,
deploy/varnish/portal.vcl's backend pointed at gunicorn (production settings,
a migrated temp SQLite database). Changes are published by another process
(`manage.py shell` with PORTAL_FRONTEND_CACHE_URL at Varnish), as an editor's
publish in the admin would: the next reader gets the new page, not a HIT.
"""

import urllib.request

import pytest

from tests.deploy.production import (
    ROOT,
    copy_migrated,
    gunicorn,
    http_get,
    production_env,
    shell,
)
from tests.portal.servers import free_port, require, running

HOST = "portal.example.se"
SETUP = f"""
from wagtail.models import Site
from home.models import StandardPage
site = Site.objects.get(is_default_site=True)
site.hostname, site.port = "{HOST}", 80
site.save()
page = StandardPage(title="Om portalen", slug="om")
site.root_page.add_child(instance=page).save_revision().publish()
"""
RETITLE = """
from home.models import StandardPage
page = StandardPage.objects.get(slug="om", locale__language_code="sv")
page.title = "{title}"
page.save_revision().publish()
"""


def get(port, path, **headers):
    status, headers, body = http_get(port, path, HOST, **headers)
    return status, headers.get("X-Cache"), body


@pytest.fixture(scope="module")
def varnish(tmp_path_factory, migrated):
    """(env that purges through Varnish, Varnish's port)."""
    varnishd = require("varnishd")
    tmp = tmp_path_factory.mktemp("varnish")
    env = production_env(tmp, HOST)
    copy_migrated(migrated, tmp)
    shell(env, SETUP)
    port = free_port()
    env["PORTAL_FRONTEND_CACHE_URL"] = f"http://127.0.0.1:{port}"
    with gunicorn(env, tmp / "gunicorn.log") as app_port:
        vcl = (ROOT / "deploy/varnish/portal.vcl").read_text()
        (tmp / "portal.vcl").write_text(vcl.replace('"8000"', f'"{app_port}"'))
        # -j none: no jail, so a root run can read the private temp folder.
        argv = [varnishd, "-F", "-j", "none", "-n", str(tmp / "work")]
        argv += ["-a", f"127.0.0.1:{port}", "-f", str(tmp / "portal.vcl")]
        argv += ["-s", "malloc,32m"]
        with running(argv, port, tmp / "varnishd.log", timeout=30):
            yield env, port


def test_second_request_is_a_hit(varnish):
    _env, port = varnish
    status, _cache, body = get(port, "/om/")
    assert status == 200
    assert b"Om portalen" in body
    assert get(port, "/om/")[1] == "HIT"


def test_publishing_purges_the_page_and_its_listings(varnish):
    env, port = varnish
    for path in ("/om/", "/"):
        get(port, path)
        assert get(port, path)[1] == "HIT"
    shell(env, RETITLE.format(title="Om oss nu"))
    _status, cache, body = get(port, "/om/")
    assert (cache, b"Om oss nu" in body) == ("MISS", True)
    assert get(port, "/")[1] == "MISS"
    assert get(port, "/om/")[1] == "HIT"


def test_a_signed_in_reader_never_gets_a_hit(varnish):
    _env, port = varnish
    get(port, "/om/")
    for _ in range(2):
        assert get(port, "/om/", Cookie="sessionid=abc")[1] == "MISS"


def test_other_cookies_share_the_cached_page(varnish):
    _env, port = varnish
    get(port, "/om/")
    assert get(port, "/om/", Cookie="csrftoken=x; _ga=y")[1] == "HIT"


def test_purge_from_localhost_drops_the_page(varnish):
    _env, port = varnish
    get(port, "/om/")
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/om/", method="PURGE", headers={"Host": HOST}
    )
    with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
        assert response.status == 200
    assert get(port, "/om/")[1] == "MISS"


def test_an_api_answer_is_kept_once_for_every_reader_language(varnish):
    _env, port = varnish
    path = "/api/v2/pages/?fields=title"
    status, cache, body = get(port, path, **{"Accept-Language": "sv-SE,sv;q=0.9"})
    assert (status, cache) == (200, "MISS")
    assert b'"title"' in body
    assert get(port, path, **{"Accept-Language": "en-GB"})[1] == "HIT"
    assert get(port, path)[1] == "HIT"
