"""An anonymous reader's view takes a fixed, small number of queries.

Each test warms up (renditions and site chrome are cached after the first
view), counts, adds 29 more of what the page lists, and counts again.
"""

import pytest

from blog.models import BlogPostPageAuthor
from labs.models import (
    LabPageOrganisation,
    VideoPageCaption,
    VideoPageOrganisation,
    VideoPagePerson,
)
from tests.factories.images import ImageFactory
from tests.factories.pages import (
    BlogIndexPageFactory,
    BlogPostPageFactory,
    FormFieldFactory,
    LabIndexPageFactory,
    LabPageFactory,
    StandardPageFactory,
    VideoPageFactory,
)
from tests.factories.snippets import OrganisationFactory, PersonFactory

pytestmark = pytest.mark.django_db

MAX_QUERIES = 12
# Every page: the site, the active locale, the site root as its specific type,
# then Wagtail's privacy check (the ancestors' aliases, their restrictions).
# Menu, footer and translation links come from the cache.
SERVE_BASE = 5
# Pages below the root: the path lookup, the page with its joined relations.
BELOW_ROOT = 2


def rich_post(parent, lab=None):
    return BlogPostPageFactory(
        parent=parent,
        hero_image=ImageFactory(),
        hero_image_alt="Deltagare i labbet",
        related_lab=lab,
        tags=["integration"],
        body__0__image__alt_text="Workshop",
        body__1="quote",
        body__2="paragraph",
    )


def grow_post(post, extra):
    for _ in range(extra):
        BlogPostPageAuthor.objects.create(
            page=post, person=PersonFactory(photo=ImageFactory())
        )
        post.tags.add(f"tagg-{BlogPostPageAuthor.objects.count()}")
    post.body = [("image", post.body[0].value)] * (extra + 1) + [
        ("quote", post.body[1].value)
    ] * extra
    post.save_revision().publish()


def test_home_page(client, home_page, count_queries):
    blog = BlogIndexPageFactory(parent=home_page)
    lab = LabPageFactory(hero_image=ImageFactory())
    rich_post(blog, lab)
    VideoPageFactory(parent=lab, poster_image=ImageFactory())
    first = count_queries(client, "/")
    for _ in range(29):
        rich_post(blog, lab)
        LabPageFactory(parent=lab.get_parent(), hero_image=ImageFactory())
        VideoPageFactory(parent=lab, poster_image=ImageFactory())
    # The portal home aggregates every site: + the paginator's count and the
    # page's rows for posts, labs and films (tests/home/test_aggregation.py
    # counts a company's home and more sites).
    assert first == count_queries(client, "/") == SERVE_BASE + 6
    assert first <= MAX_QUERIES


def test_blog_index(client, home_page, count_queries):
    blog = BlogIndexPageFactory(parent=home_page)
    rich_post(blog)
    first = count_queries(client, blog.url)
    for _ in range(29):
        rich_post(blog)
    # + paginator count, the posts with their images, their authors
    assert first == count_queries(client, blog.url) == SERVE_BASE + BELOW_ROOT + 3
    assert first <= MAX_QUERIES


def test_blog_post(client, home_page, count_queries):
    lab = LabPageFactory()
    blog = BlogIndexPageFactory(parent=home_page)
    rich_post(blog, lab)  # older, and related by tag and lab
    post = rich_post(blog, lab)
    rich_post(blog, lab)  # newer
    first = count_queries(client, post.url)
    grow_post(post, 29)
    for _ in range(29):
        rich_post(blog, lab)
    # + body images in bulk, authors with people, tags (the lab is joined in),
    # older and newer post, related posts
    assert first == count_queries(client, post.url) == SERVE_BASE + BELOW_ROOT + 5
    assert first <= MAX_QUERIES


def test_lab_index(client, count_queries):
    index = LabIndexPageFactory()
    LabPageFactory(parent=index, hero_image=ImageFactory())
    first = count_queries(client, index.url)
    for _ in range(29):
        LabPageFactory(parent=index, hero_image=ImageFactory())
    # + paginator count, the labs with their images
    assert first == count_queries(client, index.url) == SERVE_BASE + BELOW_ROOT + 2
    assert first <= MAX_QUERIES


def test_lab_page(client, home_page, count_queries):
    lab = LabPageFactory(
        hero_image=ImageFactory(),
        contact_person=PersonFactory(),
        body__0__image__alt_text="Labbets lokaler",
    )
    blog = BlogIndexPageFactory(parent=home_page)
    rich_post(blog, lab)
    VideoPageFactory(parent=lab, poster_image=ImageFactory())
    first = count_queries(client, lab.url)
    for _ in range(29):
        rich_post(blog, lab)
        VideoPageFactory(parent=lab, poster_image=ImageFactory())
        LabPageOrganisation.objects.create(page=lab, organisation=OrganisationFactory())
    # + organisations, films, posts, the posts' authors, body images
    assert first == count_queries(client, lab.url) == SERVE_BASE + BELOW_ROOT + 5
    assert first <= MAX_QUERIES


def test_video_page(client, count_queries):
    film = VideoPageFactory(poster_image=ImageFactory())
    first = count_queries(client, film.url)
    for language in ("sv", "en"):
        VideoPageCaption.objects.create(page=film, language=language, file="c.vtt")
    for _ in range(29):
        VideoPagePerson.objects.create(page=film, person=PersonFactory())
        VideoPageOrganisation.objects.create(
            page=film, organisation=OrganisationFactory()
        )
    # + caption tracks, the lab, the people and the organisations in the film
    assert first == count_queries(client, film.url) == SERVE_BASE + BELOW_ROOT + 4
    assert first <= MAX_QUERIES


def test_standard_page(client, count_queries):
    page = StandardPageFactory(body__0__image__alt_text="Huset", body__1="quote")
    first = count_queries(client, page.url)
    page.body = [("image", page.body[0].value)] * 30 + [("quote", page.body[1].value)]
    page.save_revision().publish()
    # + body images in bulk
    assert first == count_queries(client, page.url) == SERVE_BASE + BELOW_ROOT + 1
    assert first <= MAX_QUERIES


def test_form_page(client, count_queries):
    field = FormFieldFactory()
    first = count_queries(client, field.page.url)
    for number in range(29):
        FormFieldFactory(page=field.page, label=f"Fråga {number}")
    # + the form fields
    assert first == count_queries(client, field.page.url) == SERVE_BASE + BELOW_ROOT + 1
    assert first <= MAX_QUERIES


@pytest.mark.parametrize("archive", ["tag", "author", "month", "lab"])
def test_blog_archives(client, home_page, archive, count_queries):
    blog = BlogIndexPageFactory(parent=home_page, slug="blogg")
    lab = LabPageFactory(slug="bis")
    person = PersonFactory(name="Anna")

    def add_post():
        post = rich_post(blog, lab)
        BlogPostPageAuthor.objects.create(page=post, person=person)

    add_post()
    url = {
        "tag": "/blogg/tagg/integration/",
        "author": f"/blogg/forfattare/{person.pk}-anna/",
        "month": "/blogg/2019/11/",
        "lab": "/blogg/labb/bis/",
    }[archive]
    first = count_queries(client, url)
    for _ in range(29):
        add_post()
    # + the tag, person or lab (not for a month), paginator count, the posts with
    # their images, their authors
    lookup = 0 if archive == "month" else 1
    assert first == count_queries(client, url) == SERVE_BASE + BELOW_ROOT + lookup + 3
    assert first <= MAX_QUERIES
