"""Each page type's JSON-LD: parsed, with the properties its type requires."""

from django.utils import translation

import pytest

from tests.factories.images import ImageFactory
from tests.factories.pages import (
    BlogIndexPageFactory,
    BlogPostPageFactory,
    StandardPageFactory,
    VideoPageFactory,
)
from tests.factories.snippets import PersonFactory
from tests.portal.heads import HOST, get, head, page_of_each_type

pytestmark = pytest.mark.django_db


def test_post_is_a_blog_posting_with_author_and_publisher(client, branded_company):
    blog = BlogIndexPageFactory(parent=branded_company.root_page, slug="blogg")
    author = PersonFactory(name="Anna Berg", role="projektledare")
    post = BlogPostPageFactory(parent=blog, hero_image=ImageFactory(), authors=[author])
    post.save_revision().publish()
    post.refresh_from_db()
    parsed = get(client, post, host=HOST)
    posting = parsed.of_type("BlogPosting")
    assert posting["@context"] == "https://schema.org"
    assert posting["headline"] == post.title
    assert posting["datePublished"] == "2019-11-13"
    assert posting["dateModified"].startswith(str(post.last_published_at.date()))
    assert posting["inLanguage"] == "sv"
    assert posting["mainEntityOfPage"] == parsed.canonical
    assert posting["image"]["url"] == parsed.one("og:image")
    (person,) = posting["author"]
    assert person["@type"] == "Person"
    assert person["name"] == "Anna Berg"
    assert person["jobTitle"] == "projektledare"
    assert person["url"].startswith(f"http://{HOST}/blogg/")
    publisher = posting["publisher"]
    assert publisher["@type"] == "Organization"
    assert publisher["name"] == "Telge Bostäder"
    assert publisher["identifier"] == "556000-1234"
    assert publisher["logo"]["url"].startswith(f"http://{HOST}/media/images/")


def test_company_home_has_organization_and_website_with_search(client, branded_company):
    parsed = get(client, branded_company.root_page, host=HOST)
    organisation = parsed.of_type("Organization")
    assert organisation["name"] == "Telge Bostäder"
    assert organisation["url"] == f"http://{HOST}/"
    assert organisation["identifier"] == "556000-1234"
    assert organisation["sameAs"] == ["https://facebook.com/telge"]
    site = parsed.of_type("WebSite")
    assert site["url"] == f"http://{HOST}/"
    action = site["potentialAction"]
    assert action["@type"] == "SearchAction"
    assert action["target"]["urlTemplate"].startswith(f"http://{HOST}/")
    assert action["target"]["urlTemplate"].endswith("?q={search_term_string}")
    assert action["query-input"] == "required name=search_term_string"
    assert "BreadcrumbList" not in [data["@type"] for data in parsed.json_ld]


def test_english_home_searches_in_english(client, home_page_en):
    with translation.override("en"):
        parsed = get(client, home_page_en)
    site = parsed.of_type("WebSite")
    assert site["inLanguage"] == "en"
    assert "/en/" in site["potentialAction"]["target"]["urlTemplate"]


def test_every_page_below_home_has_breadcrumbs(client, home_page):
    for name, (page, _type) in page_of_each_type(home_page).items():
        if page == home_page:
            continue
        crumbs = get(client, page).of_type("BreadcrumbList")["itemListElement"]
        assert crumbs[0]["item"] == home_page.get_full_url(), name
        assert crumbs[-1]["item"] == page.get_full_url(), name
        assert crumbs[-1]["name"] == page.title, name
        assert [crumb["position"] for crumb in crumbs] == list(
            range(1, len(crumbs) + 1)
        )


def test_film_breadcrumbs_go_through_its_lab(client):
    film = VideoPageFactory()
    crumbs = get(client, film).of_type("BreadcrumbList")["itemListElement"]
    names = [crumb["name"] for crumb in crumbs]
    assert names[-2:] == [film.lab.title, film.title]
    assert len(names) == 4  # home, lab index, lab, film


def test_json_ld_carries_the_requests_csp_nonce(client):
    response = client.get(BlogPostPageFactory().url)
    parsed = head(response)
    assert len(parsed.nonces) == 2  # the posting and its breadcrumbs
    for nonce in parsed.nonces:
        assert f"'nonce-{nonce}'" in response["Content-Security-Policy"]


def test_json_ld_text_cannot_end_its_script(client):
    page = StandardPageFactory(title="Om </script><script>alert(1)</script>")
    response = client.get(page.url)
    assert "</script><script>alert" not in response.content.decode()
    crumbs = head(response).of_type("BreadcrumbList")["itemListElement"]
    assert crumbs[-1]["name"] == page.title
