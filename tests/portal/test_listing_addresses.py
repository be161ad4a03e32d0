"""Each page number of a listing has its own canonical and hreflang addresses."""

import re

from django.utils import translation

from wagtail.models import Site

import pytest

from tests.factories.pages import (
    BlogIndexPageFactory,
    BlogPostPageFactory,
    HomePageFactory,
    LabPageFactory,
    VideoIndexPageFactory,
    VideoPageFactory,
)
from tests.portal.heads import get, head

pytestmark = pytest.mark.django_db


def add_posts(blog, count):
    for _ in range(count):
        BlogPostPageFactory(parent=blog, authors=[])


def test_each_page_of_the_blog_has_its_own_canonical_and_alternates(
    client, home_page, home_page_en, translate
):
    blog = BlogIndexPageFactory(parent=home_page, slug="blogg")
    add_posts(blog, 13)
    english = translate(blog, slug="blog")
    for post in blog.get_children():
        translate(post.specific)
    first = get(client, blog)
    assert first.canonical == blog.get_full_url()
    assert first.alternates["en"] == english.get_full_url()
    second = get(client, blog, "?page=2")
    assert second.canonical == blog.get_full_url() + "?page=2"
    assert second.one("og:url") == second.canonical
    assert second.alternates == {
        "sv": blog.get_full_url() + "?page=2",
        "en": english.get_full_url() + "?page=2",
        "x-default": blog.get_full_url() + "?page=2",
    }
    with translation.override("en"):
        english_second = get(client, english, "?page=2")
    assert english_second.canonical == english.get_full_url() + "?page=2"
    assert english_second.alternates["sv"] == blog.get_full_url() + "?page=2"


def test_a_page_number_past_the_end_is_canonical_as_the_last_page(client, home_page):
    blog = BlogIndexPageFactory(parent=home_page)
    add_posts(blog, 13)
    assert get(client, blog, "?page=9").canonical.endswith("?page=2")


def test_archive_pages_keep_their_own_address(client, home_page):
    blog = BlogIndexPageFactory(parent=home_page, slug="blogg")
    for _ in range(13):
        BlogPostPageFactory(parent=blog, authors=[], tags=["bostad"])
    url = blog.get_full_url() + "tagg/bostad/"
    second = head(client.get("/blogg/tagg/bostad/?page=2"))
    assert second.canonical == url + "?page=2"
    assert second.alternates == {}
    crumbs = second.of_type("BreadcrumbList")["itemListElement"]
    assert crumbs[-1]["item"] == url


def test_film_index_pages_have_their_own_canonical(client, home_page):
    index = VideoIndexPageFactory(parent=home_page)
    lab = LabPageFactory()
    for _ in range(13):
        VideoPageFactory(parent=lab)
    assert get(client, index, "?page=2").canonical == index.get_full_url() + "?page=2"


def test_portal_home_pages_of_posts_have_their_own_canonical(
    client, home_page, home_page_en
):
    add_posts(BlogIndexPageFactory(parent=home_page), 10)
    parsed = get(client, home_page, "?page=2")
    assert parsed.canonical == home_page.get_full_url() + "?page=2"
    assert parsed.alternates["en"] == home_page_en.get_full_url() + "?page=2"
    assert re.search(r"\?page=2$", parsed.one("og:url"))


def test_each_page_of_the_companies_listing_has_its_own_addresses(
    client, home_page, home_page_en
):
    for number in range(13):  # 12 a page
        home = HomePageFactory(title=f"Bolag {number:02}")
        Site.objects.create(hostname=f"bolag{number}.localhost", root_page=home)
    parsed = head(client.get("/foretag/?page=2"))
    assert parsed.canonical == "http://localhost/foretag/?page=2"
    assert parsed.alternates["en"] == "http://localhost/en/companies/?page=2"
    assert parsed.one("og:title") == "Bostadsföretag"
    crumbs = parsed.of_type("BreadcrumbList")["itemListElement"]
    assert [crumb["item"] for crumb in crumbs] == [
        "http://localhost/",
        "http://localhost/foretag/",
    ]
    assert "WebSite" not in [data["@type"] for data in parsed.json_ld]
