"""A post page: byline above the body, older/newer and related posts, the way back."""

import datetime

import pytest
from bs4 import BeautifulSoup

from blog.models import BlogPostPageAuthor
from blog.reading import reading_minutes, text_words
from tests.factories.images import ImageFactory
from tests.factories.pages import (
    BlogIndexPageFactory,
    BlogPostPageFactory,
    LabPageFactory,
)
from tests.factories.snippets import PersonFactory

pytestmark = pytest.mark.django_db


def soup(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def post(blog, day, **kwargs):
    return BlogPostPageFactory(parent=blog, date=datetime.date(2024, 5, day), **kwargs)


def test_byline_sits_above_the_body_with_portrait_role_date_and_reading_time(
    client, home_page
):
    page = post(BlogIndexPageFactory(parent=home_page), 3)
    person = PersonFactory(
        name="Sara Lindqvist", role="Projektledare", photo=ImageFactory()
    )
    BlogPostPageAuthor.objects.create(page=page, person=person)
    page.body = [("paragraph", "<p>" + "ord " * 450 + "</p>")]
    page.save_revision().publish()
    html = soup(client, page)
    byline = html.select_one(".article__header .byline")
    assert "Sara Lindqvist" in byline.get_text()
    assert "Projektledare" in byline.get_text()
    assert byline.select_one("img.byline__photo")["alt"] == ""
    assert byline.select_one("time")["datetime"] == "2024-05-03"
    assert "3 minuters läsning" in " ".join(byline.get_text().split())
    body = html.select_one(".stream")
    assert byline.sourceline < body.sourceline
    back = html.select_one(".article__back a")
    assert back["href"] == page.get_parent().url


def test_older_and_newer_posts_follow_the_date_then_creation(client, home_page):
    blog = BlogIndexPageFactory(parent=home_page)
    oldest = post(blog, 1)
    same_day_first = post(blog, 2)
    middle = post(blog, 2)
    newest = post(blog, 9)
    post(BlogIndexPageFactory(parent=home_page), 5)  # another blog: never a neighbour
    draft = post(blog, 3)
    draft.unpublish()

    def neighbours(page):
        nav = soup(client, page).select_one(".post-nav")
        if nav is None:
            return None, None
        older = nav.select_one(".post-nav__older a")
        newer = nav.select_one(".post-nav__newer a")
        return (older and older["href"], newer and newer["href"])

    assert neighbours(middle) == (same_day_first.url, newest.url)
    assert neighbours(same_day_first) == (oldest.url, middle.url)
    assert neighbours(oldest) == (None, same_day_first.url)
    assert neighbours(newest) == (middle.url, None)


def test_related_posts_share_a_tag_or_the_lab_in_the_same_blog(client, home_page):
    blog = BlogIndexPageFactory(parent=home_page)
    lab = LabPageFactory()
    page = post(blog, 10, tags=["solceller"], related_lab=lab)
    by_tag = post(blog, 1, tags=["solceller"])
    by_lab = post(blog, 2, related_lab=lab)
    post(blog, 3, tags=["trygghet"])  # unrelated
    post(BlogIndexPageFactory(parent=home_page), 4, tags=["solceller"])  # other blog
    titles = [
        a.get_text() for a in soup(client, page).select(".related .card__title a")
    ]
    assert titles == [by_lab.title, by_tag.title]
    for _ in range(4):
        post(blog, 5, tags=["solceller"])
    assert len(soup(client, page).select(".related .card")) == 3


def test_a_post_with_nothing_related_has_no_related_section(client, home_page):
    page = post(BlogIndexPageFactory(parent=home_page), 1)
    assert soup(client, page).select_one(".related") is None


def test_the_blog_is_marked_as_the_current_section_on_its_posts(client, home_page):
    blog = BlogIndexPageFactory(parent=home_page, show_in_menus=True)
    page = post(blog, 1)
    link = soup(client, page).select_one(f'.site-nav a[href="{blog.url}"]')
    assert link["aria-current"] == "true"
    index_link = soup(client, blog).select_one(f'.site-nav a[href="{blog.url}"]')
    assert index_link["aria-current"] == "page"


def test_reading_time_counts_what_a_reader_reads():
    raw = [
        {"type": "heading", "value": {"text": "Fem ord i en rubrik", "level": "h2"}},
        {"type": "paragraph", "value": "<p>Tre <b>korta</b> ord</p>"},
        {"type": "quote", "value": {"text": "Två ord", "attribution": "Anna K"}},
        {"type": "image", "value": {"image": 4, "alt_text": "Inte lästa ord här"}},
    ]
    assert text_words(raw) == 5 + 3 + 2 + 2

    class Stream:
        raw_data = [{"type": "paragraph", "value": "<p>" + "ord " * 201 + "</p>"}]

    assert reading_minutes(Stream()) == 2
    assert reading_minutes(Stream(), "<p>" + "ord " * 199 + "</p>") == 2
    assert reading_minutes(Stream(), "<p>" + "ord " * 200 + "</p>") == 3
