"""The umbrella portal's home and companies listing aggregate every company's work."""

from wagtail.models import PageViewRestriction, Site

import pytest
from pytest_django.asserts import assertContains, assertNotContains

from portal.models import SiteSettings
from tests.factories.images import ImageFactory
from tests.factories.pages import (
    BlogIndexPageFactory,
    BlogPostPageFactory,
    HomePageFactory,
    LabIndexPageFactory,
    LabPageFactory,
    VideoPageFactory,
)

pytestmark = pytest.mark.django_db

MAX_QUERIES = 12


def make_company(name, hostname, posts=1):
    """A company site with a blog of posts, a lab and a film of that lab."""
    home = HomePageFactory(title=name)
    site = Site.objects.create(
        hostname=hostname, port=80, root_page=home, site_name=name
    )
    blog = BlogIndexPageFactory(parent=home, title="Blogg", slug="blogg")
    for number in range(posts):
        BlogPostPageFactory(parent=blog, title=f"{name}: inlägg {number}", authors=[])
    labs = LabIndexPageFactory(parent=home, title="Labb", slug="labb")
    lab = LabPageFactory(parent=labs, title=f"{name}: labbet", organisations=[])
    VideoPageFactory(parent=lab, title=f"{name}: filmen")
    return site


@pytest.fixture
def companies(home_page):
    return [
        make_company("Bodens Bostäder", "boden.localhost"),
        make_company("Hyresbostäder i Norrköping", "norrkoping.localhost"),
        make_company("Telge Bostäder", "sodertalje.localhost"),
    ]


def test_portal_home_lists_every_companys_post_on_its_own_host(client, companies):
    response = client.get("/")
    for site in companies:
        assertContains(response, f"{site.site_name}: inlägg 0")
        assertContains(response, f'href="http://{site.hostname}/blogg/')
        # the company is named on its card
        assertContains(response, f"<span>{site.site_name}</span>", count=3)


def test_portal_home_lists_every_companys_labs_and_films(client, companies):
    response = client.get("/")
    for site in companies:
        assertContains(response, f"{site.site_name}: labbet")
        assertContains(response, f"{site.site_name}: filmen")
        assertContains(response, f'href="http://{site.hostname}/labb/')


def test_company_home_lists_only_its_own_posts(client, companies):
    boden, norrkoping, _ = companies
    response = client.get("/", headers={"host": boden.hostname})
    assertContains(response, "Bodens Bostäder: inlägg 0")
    assertNotContains(response, "Hyresbostäder i Norrköping: inlägg 0")
    assertNotContains(response, "Senaste inläggen från bostadsföretagen")


def test_portal_home_leaves_out_drafts_and_private_posts(client, companies):
    boden = companies[0]
    post = BlogPostPageFactory(
        parent=boden.root_page.get_children().get(slug="blogg"), title="Utkastet"
    )
    post.unpublish()
    private_blog = BlogIndexPageFactory(parent=boden.root_page, title="Internt")
    BlogPostPageFactory(parent=private_blog, title="Hemligt inlägg")
    PageViewRestriction.objects.create(
        page=private_blog, restriction_type=PageViewRestriction.LOGIN
    )
    response = client.get("/")
    assertNotContains(response, "Utkastet")
    assertNotContains(response, "Hemligt inlägg")


def test_a_publish_or_unpublish_shows_on_the_portal_home_at_once(client, companies):
    """Its listings are cached per content version, which both change."""
    blog = companies[0].root_page.get_children().get(slug="blogg")
    assertNotContains(client.get("/"), "Nyheten")
    post = BlogPostPageFactory(parent=blog, title="Nyheten", date="2030-01-01")
    post.save_revision().publish()
    assertContains(client.get("/"), "Nyheten")
    post.unpublish()
    assertNotContains(client.get("/"), "Nyheten")


def test_portal_home_leaves_out_pages_no_site_serves(client, companies):
    # A top-level tree no Site points at (an old company's, removed restorably).
    orphan = HomePageFactory(title="Nedlagt bolag", slug="nedlagt")
    blog = BlogIndexPageFactory(parent=orphan, title="Blogg", slug="blogg")
    BlogPostPageFactory(parent=blog, title="Inlägg utan webbplats", authors=[])
    response = client.get("/")
    assertNotContains(response, "Inlägg utan webbplats")
    assertContains(response, "Telge Bostäder: inlägg 0")


def test_english_portal_home_lists_english_pages_only(
    client, companies, home_page_en, translate
):
    post = companies[0].root_page.get_children().get(slug="blogg").get_children()[0]
    english = translate(post.specific, title="Boden in English")
    response = client.get("/en/")
    assertContains(response, "Boden in English")
    assertContains(response, f'href="{english.get_full_url()}"')
    assertContains(response, 'href="http://boden.localhost/en/')
    assertNotContains(response, "Bodens Bostäder: inlägg 0")


def test_posts_are_paginated_with_stable_urls(client, home_page):
    make_company("Bodens Bostäder", "boden.localhost", posts=11)
    first = client.get("/")
    second = client.get("/?page=2")
    assertContains(first, 'href="?page=2#portal-posts"')
    assertContains(first, "Bodens Bostäder: inlägg", count=9)
    assertContains(second, "Bodens Bostäder: inlägg", count=2)
    # No per-reader token: the same page is the same bytes (and ETag).
    assert client.get("/?page=2").content == second.content


HUGE_NUMBER = "9" * 5000


@pytest.mark.parametrize(
    "query",
    [
        "page=abc",
        "page=0",
        "page=-1",
        "page=99999",
        "labs=1e9",
        f"videos={HUGE_NUMBER}",
    ],
)
def test_odd_page_numbers_give_a_page(client, companies, query):
    assert client.get(f"/?{query}").status_code == 200


def test_portal_home_query_count_does_not_grow_with_companies(
    client, companies, count_queries, cold_queries
):
    first = count_queries(client, "/")
    first_cold = cold_queries(client, "/")
    for number in range(27):
        make_company(f"Bolag {number}", f"bolag{number}.localhost", posts=2)
    # the listings' HTML, the site, its root, names and the privacy check come
    # from caches; after a publish, posts, labs and films each cost their
    # count, the page's ids and its rows, beside the site chrome's queries
    assert first == count_queries(client, "/") == 0
    assert first_cold == cold_queries(client, "/")


def test_company_home_query_count(client, companies, count_queries):
    host = {"headers": {"host": companies[0].hostname}}
    blog = companies[0].root_page.get_children().get(slug="blogg")
    first = count_queries(client, "/", **host)
    for _ in range(29):
        BlogPostPageFactory(parent=blog)
    # latest posts, authors, labs (the site and its root page are cached)
    assert first == count_queries(client, "/", **host) == 3


def test_companies_listing_shows_each_company_with_logo_labs_and_posts(
    client, companies
):
    boden = companies[0]
    settings = SiteSettings.for_site(boden)
    settings.organisation_name = "Bodens Bostäder AB"
    settings.logo = ImageFactory()
    settings.save()
    BlogPostPageFactory(parent=boden.root_page.get_children().get(slug="blogg"))
    response = client.get("/foretag/")
    assertContains(response, "<h1>Bostadsföretag</h1>")
    assertContains(response, '<a href="http://boden.localhost/">Bodens Bostäder AB</a>')
    assertContains(response, 'class="company__logo"', count=1)
    assertContains(response, "2 blogginlägg")
    assertContains(response, "1 blogginlägg", count=2)
    assertContains(response, "Telge Bostäder: labbet")
    # the umbrella portal is not a company
    assertNotContains(response, "Allmännyttans innovationsportal</a></h2>")


def test_portal_home_links_the_companies_listing(client, companies, home_page_en):
    assertContains(client.get("/"), 'href="/foretag/"')
    assertContains(client.get("/en/"), 'href="/en/companies/"')


def test_companies_listing_has_one_address_per_language(client, companies):
    response = client.get("/companies/")
    assert response.status_code == 301
    assert response["Location"] == "/foretag/"


def test_english_companies_listing_uses_the_english_word(
    client, companies, home_page_en
):
    response = client.get("/en/companies/")
    assertContains(response, "Bodens Bostäder")
    assertContains(response, '<html lang="en">')
    former = client.get("/en/foretag/")
    assert former.status_code == 301
    assert former["Location"] == "/en/companies/"
    assert client.get("/foretag/").status_code == 200


def test_company_sites_have_no_companies_listing(client, companies):
    response = client.get("/foretag/", headers={"host": companies[0].hostname})
    assert response.status_code == 404


def test_companies_listing_query_count_does_not_grow(client, companies, count_queries):
    first = count_queries(client, "/foretag/")
    for number in range(27):
        make_company(f"Bolag {number}", f"bolag{number}.localhost")
    # the labs, the post counts (the site and its root page are cached)
    assert first == count_queries(client, "/foretag/") == 2
    assert first <= MAX_QUERIES
