"""Serving from the cached site, root page, locale and restricted paths.

portal/caching/sites.py hands Wagtail the request's Site and root page, and
BasePage.get_view_restrictions answers from the cached restricted paths; a
page served this way must be the one Wagtail would serve, with the same
privacy, as soon as an editor changes a site or a restriction.
"""

from django.core.cache import cache
from django.utils.html import escape

from wagtail.models import PageViewRestriction, Site

import pytest

from portal.caching.version import content_version
from tests.factories.pages import HomePageFactory, StandardPageFactory

pytestmark = pytest.mark.django_db


def login_required(response):
    return response.status_code == 302 and "/_util/login/" in response["Location"]


def test_restricted_page_and_its_children_still_ask_for_a_login(client, home_page):
    section = StandardPageFactory(parent=home_page, title="Intranät", slug="intra")
    child = StandardPageFactory(parent=section, title="Rutiner", slug="rutiner")
    assert client.get(child.url).status_code == 200  # cached as public first
    PageViewRestriction.objects.create(
        page=section, restriction_type=PageViewRestriction.LOGIN
    )
    assert login_required(client.get(section.url))
    assert login_required(client.get(child.url))


def test_a_page_under_an_alias_of_a_restricted_section_asks_for_a_login(
    client, home_page
):
    section = StandardPageFactory(parent=home_page, title="Intranät", slug="intra")
    StandardPageFactory(parent=section, title="Rutiner", slug="rutiner")
    PageViewRestriction.objects.create(
        page=section, restriction_type=PageViewRestriction.LOGIN
    )
    section.create_alias(recursive=True, update_slug="kopia")
    # The alias has no restriction of its own: Wagtail's check follows it.
    assert login_required(client.get("/kopia/rutiner/"))


def test_a_new_site_and_a_changed_hostname_are_served_at_once(client, home_page):
    assert client.get("/", headers={"host": "ny.localhost"}).status_code == 200
    home = HomePageFactory(title="Nya Bostäder", slug="nya")
    site = Site.objects.create(
        hostname="ny.localhost", port=80, root_page=home, site_name="Nya Bostäder"
    )
    html = client.get("/", headers={"host": "ny.localhost"}).content.decode()
    assert "<h1>Nya Bostäder</h1>" in html
    site.hostname = "nytt.localhost"
    site.save()
    html = client.get("/", headers={"host": "ny.localhost"}).content.decode()
    assert "<h1>Nya Bostäder</h1>" not in html  # the portal, the default site
    html = client.get("/", headers={"host": "nytt.localhost"}).content.decode()
    assert "<h1>Nya Bostäder</h1>" in html


def test_unknown_hosts_share_the_default_sites_cache_entry(client, home_page):
    for number in range(5):
        client.get("/", headers={"host": f"okand{number}.localhost"})
    prefix = f"portal:site:{content_version()}:"
    assert [key for key in cache._cache if prefix in key] == [f":1:{prefix}:"]


def test_english_home_is_served_from_the_cached_root(
    client, home_page, home_page_en, count_queries
):
    assert count_queries(client, "/en/") == count_queries(client, "/")
    html = client.get("/en/").content.decode()
    assert f"<h1>{escape(home_page_en.title)}</h1>" in html


def test_a_published_body_is_shown_at_once(client, home_page):
    page = StandardPageFactory(parent=home_page, body__0="paragraph")
    page.body = [("paragraph", "<p>Första versionen</p>")]
    page.save_revision().publish()
    assert "Första versionen" in client.get(page.url).content.decode()
    page.body = [("paragraph", "<p>Andra versionen</p>")]
    page.save_revision().publish()
    html = client.get(page.url).content.decode()
    assert "Andra versionen" in html
    assert "Första versionen" not in html
