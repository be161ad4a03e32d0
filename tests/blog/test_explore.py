"""The blog index: its newest post first, and its tags, labs and years to explore."""

import datetime

import pytest
from bs4 import BeautifulSoup

from tests.factories.pages import (
    BlogIndexPageFactory,
    BlogPostPageFactory,
    LabPageFactory,
)

pytestmark = pytest.mark.django_db


def soup(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def post(blog, year, **kwargs):
    return BlogPostPageFactory(parent=blog, date=datetime.date(year, 3, 1), **kwargs)


@pytest.fixture
def blog(home_page):
    blog = BlogIndexPageFactory(parent=home_page)
    lab = LabPageFactory(parent=home_page, title="Solcellslabbet")
    post(blog, 2023, tags=["solceller", "energi"], related_lab=lab)
    post(blog, 2024, tags=["solceller"])
    post(blog, 2024, tags=["trygghet"])
    # Another company's blog: its tags and labs are not this blog's.
    post(BlogIndexPageFactory(parent=home_page), 2020, tags=["grannsamverkan"])
    return blog


def links(html, heading):
    nav = html.select_one("nav.explore")
    title = nav.find("h3", string=heading)
    return [
        (" ".join(a.get_text().split()), a["href"])
        for a in title.find_next_sibling("ul").select("a")
    ]


def test_the_index_offers_tags_labs_and_years_with_counts(client, blog):
    html = soup(client, blog.url)
    assert links(html, "Taggar") == [
        ("solceller (2)", f"{blog.url}tagg/solceller/"),
        ("energi (1)", f"{blog.url}tagg/energi/"),
        ("trygghet (1)", f"{blog.url}tagg/trygghet/"),
    ]
    assert links(html, "Labb") == [
        ("Solcellslabbet", f"{blog.url}labb/solcellslabbet/")
    ]
    assert links(html, "Arkiv") == [
        ("2024 (2)", f"{blog.url}2024/"),
        ("2023 (1)", f"{blog.url}2023/"),
    ]
    for heading in ("Taggar", "Labb", "Arkiv"):
        for _label, url in links(html, heading):
            assert client.get(url).status_code == 200, url


def test_an_archive_marks_itself_and_links_back_to_the_whole_blog(client, blog):
    html = soup(client, f"{blog.url}tagg/solceller/")
    current = html.select("nav.explore a[aria-current=page]")
    assert [a["href"] for a in current] == [f"{blog.url}tagg/solceller/"]
    assert html.select_one("nav.explore").find("a", string="Alla blogginlägg")


def test_a_new_post_shows_in_the_links_at_once(client, blog):
    soup(client, blog.url)  # cached now
    post(blog, 2025, tags=["boende"]).save_revision().publish()  # as an editor does
    html = soup(client, blog.url)
    assert ("2025 (1)", f"{blog.url}2025/") in links(html, "Arkiv")
    assert ("boende (1)", f"{blog.url}tagg/boende/") in links(html, "Taggar")


def test_the_newest_post_leads_the_first_page_only(client, blog, settings):
    newest = post(blog, 2026)
    html = soup(client, blog.url)
    featured = html.select(".cards--featured .card__title a")
    assert [a.get_text() for a in featured] == [newest.title]
    others = [
        a.get_text() for a in html.select(".cards:not(.cards--featured) .card__title a")
    ]
    assert newest.title not in others
    assert len(others) == 3
    archive = soup(client, f"{blog.url}tagg/solceller/")
    assert archive.select_one(".cards--featured") is None
