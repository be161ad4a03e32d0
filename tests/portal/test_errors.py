"""Each site's own 404 and 500 pages; unknown hostnames never crash."""

from django.test import Client, RequestFactory

import pytest
from pytest_django.asserts import assertContains, assertNotContains

from home.models import HomePage
from portal.models import SiteSettings
from portal.web import views

pytestmark = pytest.mark.django_db


@pytest.fixture
def company_names(site, other_site):
    for each, name in ((site, "Allmännyttans portal"), (other_site, "Telge Bostäder")):
        settings = SiteSettings.for_site(each)
        settings.organisation_name = name
        settings.save()


def test_404_carries_the_sites_own_chrome(client, company_names, other_site):
    response = client.get("/finns-inte/", headers={"host": other_site.hostname})
    assert response.status_code == 404
    assertContains(response, "Telge Bostäder", status_code=404)
    assertNotContains(response, "Allmännyttans portal", status_code=404)
    assertContains(response, '<html lang="sv">', status_code=404)


def test_404_links_the_home_in_the_readers_language(
    client, company_names, home_page_en
):
    swedish = client.get("/finns-inte/")
    english = client.get("/en/does-not-exist/")
    assertContains(swedish, '<a href="/">Gå till startsidan</a>', status_code=404)
    assertContains(english, '<html lang="en">', status_code=404)
    assertContains(english, '<a href="/en/">Go to the home page</a>', status_code=404)


@pytest.fixture
def client_without_raising():
    return Client(raise_request_exception=False)


def test_500_names_the_site_and_links_its_home(
    client_without_raising, settings, company_names, other_site, monkeypatch
):
    settings.DEBUG = False
    host = {"headers": {"host": other_site.hostname}}
    assert client_without_raising.get("/", **host).status_code == 200  # chrome cached
    monkeypatch.setattr(HomePage, "get_context", failing_context)
    response = client_without_raising.get("/", **host)
    assert response.status_code == 500
    content = response.content.decode()
    assert "Telge Bostäder" in content
    assert "Något gick fel" in content
    assert "Something went wrong" in content
    assert '<a href="/">Till startsidan</a>' in content


def failing_context(*args, **kwargs):
    raise RuntimeError("a bug in a page")


def test_500_without_a_known_site_is_plain_bilingual_text(
    django_assert_num_queries,
):
    request = RequestFactory().get("/")
    with django_assert_num_queries(0):
        response = views.server_error(request)
    assert response.status_code == 500
    content = response.content.decode()
    assert "Något gick fel" in content
    assert "Something went wrong" in content


def test_500_survives_a_broken_cache_and_templates(monkeypatch, site):
    request = RequestFactory().get("/")
    request._wagtail_site = site

    def broken(*args, **kwargs):
        raise ConnectionError("cache down")

    monkeypatch.setattr(views.cache, "get", broken)
    monkeypatch.setattr(views.loader, "get_template", broken)
    response = views.server_error(request)
    assert response.status_code == 500
    assert "Något gick fel" in response.content.decode()


def test_unknown_hostname_gets_the_umbrella_portal(client, home_page, other_site):
    response = client.get("/", headers={"host": "okand.example.se"})
    assert response.status_code == 200
    assertContains(response, f"<h1>{home_page.title}</h1>")


def test_hostname_refused_by_allowed_hosts_gets_a_clean_400(
    client_without_raising, settings, home_page
):
    settings.DEBUG = False
    settings.ALLOWED_HOSTS = ["localhost", ".localhost"]
    for path in ("/", "/finns-inte/", "/robots.txt", "/sitemap.xml"):
        response = client_without_raising.get(path, headers={"host": "evil.example"})
        assert response.status_code == 400
