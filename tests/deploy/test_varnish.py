"""The shipped Varnish config in front of gunicorn, and purging on every change.

varnishd runs in the foreground with its own work folder on a free port,
deploy/varnish/portal.vcl's backend pointed at gunicorn (production settings,
a migrated temp SQLite database, so the portal's own page cache is on too).
Changes are made by another process (`manage.py shell` with
PORTAL_FRONTEND_CACHE_URL at Varnish), as an editor's in the admin would: the
next reader gets the new page, from Varnish and from gunicorn's own cache
(which hears of the change through portal.caching.sync), not a HIT.
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
for slug in ("flytta", "radera"):
    child = StandardPage(title=slug.capitalize(), slug=slug)
    page.add_child(instance=child).save_revision().publish()
target = StandardPage(title="Arkiv", slug="arkiv", show_in_menus=False)
site.root_page.add_child(instance=target).save_revision().publish()
"""
RETITLE = """
from home.models import StandardPage
page = StandardPage.objects.get(slug="om", locale__language_code="sv")
page.title = "{title}"
page.save_revision().publish()
"""


MOVE = """
from home.models import StandardPage
page = StandardPage.objects.get(slug="flytta")
page.move(StandardPage.objects.get(slug="arkiv"), pos="last-child")
"""
DELETE = """
from home.models import StandardPage
StandardPage.objects.get(slug="radera").delete()
"""
FOOTER = """
from wagtail.models import Site
from portal.models import FooterText, SiteSettings
site = Site.objects.get(is_default_site=True)
footer = FooterText.objects.filter(site=site).first()
footer = footer or FooterText(name="Sidfot", site=site)
footer.address = "{address}"
footer.save()
settings = SiteSettings.for_site(site)
if settings.footer_text_id != footer.pk:
    settings.footer_text = footer
    settings.save()
"""
RENAME_COMPANY = """
from wagtail.models import Site
from portal.models import SiteSettings
settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
settings.organisation_name = "{name}"
settings.save()
"""


def get(port, path, **headers):
    status, headers, body = http_get(port, path, HOST, **headers)
    return status, headers.get("X-Cache"), body


def own(port, path):
    """(status, X-Page-Cache, body) from gunicorn itself, without Varnish."""
    status, headers, body = http_get(port, path, HOST)
    return status, headers.get("X-Page-Cache"), body


def cached(port, *paths):
    for path in paths:
        get(port, path)
        assert get(port, path)[1] == "HIT", path


@pytest.fixture(scope="module")
def servers(tmp_path_factory, migrated):
    """(env that purges through Varnish, Varnish's port, gunicorn's port)."""
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
            yield env, port, app_port


@pytest.fixture
def varnish(servers):
    """(env that purges through Varnish, Varnish's port)."""
    return servers[:2]


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


def test_query_strings_of_a_purged_path_go_too(varnish):
    env, port = varnish
    cached(port, "/?page=2", "/om/?utm_source=x")
    shell(env, RETITLE.format(title="Om portalen igen"))
    assert get(port, "/?page=2")[1] == "MISS"
    assert get(port, "/om/?utm_source=x")[1] == "MISS"


def test_moving_and_deleting_purge_old_addresses_and_both_parents(varnish):
    env, port = varnish
    cached(port, "/om/", "/om/flytta/", "/arkiv/", "/om/radera/")
    shell(env, MOVE)
    _status, cache, body = get(port, "/om/flytta/")
    assert cache == "MISS"
    assert b'canonical" href="http://portal.example.se/om/flytta/"' not in body
    assert get(port, "/om/")[1] == "MISS"
    assert get(port, "/arkiv/")[1] == "MISS"
    cached(port, "/om/radera/")
    shell(env, DELETE)
    assert get(port, "/om/radera/")[0] == 404


def test_a_settings_edit_purges_every_page_of_the_site(varnish):
    env, port = varnish
    cached(port, "/om/", "/arkiv/", "/sitemap.xml")
    shell(env, RENAME_COMPANY.format(name="Portalen AB"))
    for path in ("/om/", "/arkiv/", "/sitemap.xml"):
        assert get(port, path)[1] == "MISS", path
    assert b"Portalen AB" in get(port, "/om/")[2]


def test_the_own_page_cache_hits_and_hears_of_changes_in_another_process(servers):
    env, _port, app_port = servers
    own(app_port, "/om/")
    assert own(app_port, "/om/")[1] == "hit"
    shell(env, RETITLE.format(title="Om portalen i dag"))
    status, state, body = own(app_port, "/om/")
    assert (status, state, b"Om portalen i dag" in body) == (200, "miss", True)
    assert own(app_port, "/om/")[1] == "hit"


def test_a_footer_snippet_edit_purges_every_page_of_the_site(varnish):
    env, port = varnish
    shell(env, FOOTER.format(address="Box 1"))
    cached(port, "/om/", "/arkiv/")
    shell(env, FOOTER.format(address="Box 474"))  # the snippet alone changes
    for path in ("/om/", "/arkiv/"):
        status, cache, body = get(port, path)
        assert (status, cache, b"Box 474" in body) == (200, "MISS", True), path


def test_an_api_answer_is_kept_once_for_every_reader_language(varnish):
    _env, port = varnish
    path = "/api/v2/pages/?fields=title"
    status, cache, body = get(port, path, **{"Accept-Language": "sv-SE,sv;q=0.9"})
    assert (status, cache) == (200, "MISS")
    assert b'"title"' in body
    assert get(port, path, **{"Accept-Language": "en-GB"})[1] == "HIT"
    assert get(port, path)[1] == "HIT"
