"""Each host's sitemap.xml and robots.txt cover that host's pages, in both languages."""

import xml.etree.ElementTree as ET

from wagtail.models import PageViewRestriction

import pytest

from tests.factories.pages import (
    BlogIndexPageFactory,
    BlogPostPageFactory,
    StandardPageFactory,
)

pytestmark = pytest.mark.django_db

NS = {
    "sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "xhtml": "http://www.w3.org/1999/xhtml",
}


def sitemap(client, host="localhost"):
    """{location: {hreflang: href}} of the host's sitemap."""
    response = client.get("/sitemap.xml", headers={"host": host})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)  # noqa: S314 (our own response)
    return {
        url.find("sm:loc", NS).text: {
            link.get("hreflang"): link.get("href")
            for link in url.findall("xhtml:link", NS)
        }
        for url in root.findall("sm:url", NS)
    }


@pytest.fixture
def two_sites(home_page, other_site):
    """A post on the portal and on the other company's site."""
    portal_post = BlogPostPageFactory(
        parent__parent=home_page, title="Portalens inlägg"
    )
    company_blog = BlogIndexPageFactory(parent=other_site.root_page, slug="blogg")
    company_post = BlogPostPageFactory(parent=company_blog, title="Bolagets inlägg")
    return portal_post, company_post


def test_sitemap_lists_only_its_own_hosts_pages(client, two_sites, other_site):
    portal_post, company_post = two_sites
    portal_urls = sitemap(client)
    company_urls = sitemap(client, other_site.hostname)
    assert portal_post.get_full_url() in portal_urls
    assert company_post.get_full_url() not in portal_urls
    assert company_post.get_full_url() in company_urls
    assert portal_post.get_full_url() not in company_urls
    assert all(url.startswith("http://sodertalje.localhost/") for url in company_urls)


def test_unknown_host_gets_the_portals_sitemap(client, two_sites):
    portal_post, company_post = two_sites
    urls = sitemap(client, "okand.example")
    assert portal_post.get_full_url() in urls
    assert company_post.get_full_url() not in urls


def test_sitemap_includes_the_english_tree_with_hreflang_alternates(
    client, home_page, translate
):
    page = StandardPageFactory(parent=home_page, title="Om portalen", slug="om")
    english = translate(page, title="About the portal", slug="about")
    urls = sitemap(client)
    swedish_url, english_url = page.get_full_url(), english.get_full_url()
    assert english_url.startswith("http://localhost/en/")
    expected = {"sv": swedish_url, "en": english_url, "x-default": swedish_url}
    assert urls[swedish_url] == expected
    assert urls[english_url] == expected


def test_untranslated_page_has_its_own_alternate_and_x_default(client, home_page):
    page = StandardPageFactory(parent=home_page, title="Bara på svenska")
    url = page.get_full_url()
    assert sitemap(client)[url] == {"sv": url, "x-default": url}


def test_sitemap_leaves_out_drafts_and_private_pages(client, home_page):
    draft = StandardPageFactory(parent=home_page, title="Utkast")
    draft.unpublish()
    private = StandardPageFactory(parent=home_page, title="Internt")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.LOGIN
    )
    urls = sitemap(client)
    assert draft.get_full_url() not in urls
    assert private.get_full_url() not in urls
    assert home_page.get_full_url() in urls


def test_portal_sitemap_lists_the_companies_listing(client, home_page):
    assert "http://localhost/foretag/" in sitemap(client)


@pytest.mark.parametrize(
    ("host", "sitemap_url"),
    [
        ("localhost", "http://localhost/sitemap.xml"),
        ("sodertalje.localhost", "http://sodertalje.localhost/sitemap.xml"),
    ],
)
def test_robots_txt_points_at_the_hosts_own_sitemap(
    client, other_site, host, sitemap_url
):
    response = client.get("/robots.txt", headers={"host": host})
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines
    assert "Allow: /" in lines
    assert "Disallow: /admin/" in lines
    assert f"Sitemap: {sitemap_url}" in lines
    assert [line for line in lines if line.startswith("Sitemap:")] == [
        f"Sitemap: {sitemap_url}"
    ]


def test_a_long_sitemap_becomes_an_index_of_parts(
    client, two_sites, other_site, monkeypatch
):
    from portal.web.sitemaps import SiteSitemap

    monkeypatch.setattr(SiteSitemap, "limit", 2)
    for number in range(3):
        StandardPageFactory(title=f"Sida {number}", slug=f"sida-{number}")
    host = {"headers": {"host": "localhost"}}
    response = client.get("/sitemap.xml", **host)
    assert response.status_code == 200
    root = ET.fromstring(response.content)  # noqa: S314 (our own response)
    assert root.tag == "{http://www.sitemaps.org/schemas/sitemap/0.9}sitemapindex"
    parts = [loc.text for loc in root.iter(f"{{{NS['sm']}}}loc")]
    assert parts[0] == "http://localhost/sitemap-pages.xml"
    assert parts[1:] == [
        f"http://localhost/sitemap-pages.xml?p={n}" for n in range(2, len(parts) + 1)
    ]
    listed = set()
    for number in range(1, len(parts) + 1):
        part = client.get("/sitemap-pages.xml", {"p": number}, **host)
        assert part.status_code == 200
        urls = ET.fromstring(part.content).findall("sm:url", NS)  # noqa: S314
        assert urls  # two pages per part; a page may add a route's URL
        listed |= {url.find("sm:loc", NS).text for url in urls}
    assert "http://localhost/sida-2/" in listed
    assert not any("sodertalje" in url for url in listed)  # only this host's pages
    assert client.get("/sitemap-pages.xml", {"p": 99}, **host).status_code == 404
    assert client.get("/sitemap-other.xml", **host).status_code == 404
