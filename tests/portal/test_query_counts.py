"""An anonymous reader's view takes a fixed, small number of queries.

Each test warms up (renditions, site chrome and rendered bodies are cached
after the first view), counts, adds MORE of what the page lists (and for
the portal home, more companies), and counts again: the same number, at most
MAX_QUERIES, for every page type bench/pages.sh measures.
"""

from wagtail.models import Site

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
    HomePageFactory,
    LabIndexPageFactory,
    LabPageFactory,
    StandardPageFactory,
    VideoPageFactory,
)
from tests.factories.snippets import OrganisationFactory, PersonFactory

pytestmark = pytest.mark.django_db

MAX_QUERIES = 12
# More than a listing shows on one page (12 at most): a full page and a next.
MORE = 12
# Every page: none. The site, its root page and the locale come from the cache
# (portal/caching/sites.py, portal/i18n/localized.py), Wagtail's privacy check
# from the cached restricted paths; menu, footer and translation links too.
SERVE_BASE = 0
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


def test_home_page(client, home_page, count_queries, cold_queries):
    blog = BlogIndexPageFactory(parent=home_page)
    lab = LabPageFactory(hero_image=ImageFactory())
    rich_post(blog, lab)
    VideoPageFactory(parent=lab, poster_image=ImageFactory())
    first = count_queries(client, "/")
    first_cold = cold_queries(client, "/")
    for _ in range(MORE):
        rich_post(blog, lab)
        LabPageFactory(parent=lab.get_parent(), hero_image=ImageFactory())
        VideoPageFactory(parent=lab, poster_image=ImageFactory())
    # The portal home aggregates every site; its listings' HTML is cached per
    # content version. After a publish, for posts, labs and films each: the
    # count, the page's ids and its rows, beside the site chrome's queries
    # (tests/home/test_aggregation.py counts a company's home and more sites).
    assert first == count_queries(client, "/") == SERVE_BASE
    assert first_cold == cold_queries(client, "/")


def test_blog_index(client, home_page, count_queries):
    blog = BlogIndexPageFactory(parent=home_page)
    rich_post(blog)
    first = count_queries(client, blog.url)
    for _ in range(MORE):
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
    grow_post(post, MORE)
    for _ in range(MORE):
        rich_post(blog, lab)
    # + authors with people, tags (the lab is joined in; the body is cached),
    # older and newer post, related posts
    assert first == count_queries(client, post.url) == SERVE_BASE + BELOW_ROOT + 4
    assert first <= MAX_QUERIES


def test_lab_index(client, count_queries):
    index = LabIndexPageFactory()
    LabPageFactory(parent=index, hero_image=ImageFactory())
    first = count_queries(client, index.url)
    for _ in range(MORE):
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
    for _ in range(MORE):
        rich_post(blog, lab)
        VideoPageFactory(parent=lab, poster_image=ImageFactory())
        LabPageOrganisation.objects.create(page=lab, organisation=OrganisationFactory())
    # + organisations, films, posts, the posts' authors (the body is cached)
    assert first == count_queries(client, lab.url) == SERVE_BASE + BELOW_ROOT + 4
    assert first <= MAX_QUERIES


def test_video_page(client, count_queries):
    film = VideoPageFactory(poster_image=ImageFactory())
    first = count_queries(client, film.url)
    for language in ("sv", "en"):
        VideoPageCaption.objects.create(page=film, language=language, file="c.vtt")
    for _ in range(MORE):
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
    page.body = [("image", page.body[0].value)] * (MORE + 1) + [
        ("quote", page.body[1].value)
    ]
    page.save_revision().publish()
    # nothing more: the body, images and all, is cached (portal.caching.fragments)
    assert first == count_queries(client, page.url) == SERVE_BASE + BELOW_ROOT
    assert first <= MAX_QUERIES


def test_form_page(client, count_queries):
    field = FormFieldFactory()
    first = count_queries(client, field.page.url)
    for number in range(MORE):
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
    for _ in range(MORE):
        add_post()
    # + the tag, person or lab (not for a month), paginator count, the posts with
    # their images, their authors
    lookup = 0 if archive == "month" else 1
    assert first == count_queries(client, url) == SERVE_BASE + BELOW_ROOT + lookup + 3
    assert first <= MAX_QUERIES


def test_company_home(client, other_site, count_queries):
    home, host = (
        other_site.root_page.specific,
        {"headers": {"host": "sodertalje.localhost"}},
    )
    blog = BlogIndexPageFactory(parent=home)
    labs = LabIndexPageFactory(parent=home)
    rich_post(blog)
    LabPageFactory(parent=labs, hero_image=ImageFactory())
    first = count_queries(client, "/", **host)
    for _ in range(MORE):
        rich_post(blog)
        LabPageFactory(parent=labs, hero_image=ImageFactory())
    # the latest posts, their authors, the labs (the site and its root are cached)
    assert first == count_queries(client, "/", **host) == SERVE_BASE + 3
    assert first <= MAX_QUERIES


def test_portal_home_with_more_companies(
    client, home_page, count_queries, cold_queries
):
    def add_company(number):
        company = HomePageFactory(title=f"Bolag {number}", slug=f"bolag-{number}")
        Site.objects.create(
            hostname=f"bolag{number}.localhost", port=80, root_page=company
        )
        rich_post(BlogIndexPageFactory(parent=company))

    add_company(0)
    first = count_queries(client, "/")
    first_cold = cold_queries(client, "/")
    for number in range(1, 6):
        add_company(number)
    assert first == count_queries(client, "/") == SERVE_BASE
    assert first_cold == cold_queries(client, "/")


def test_company_search(client, home_page, count_queries):
    blog = BlogIndexPageFactory(parent=home_page)
    rich_post(blog).save_revision().publish()
    params = {"q": "lyfter"}
    first = count_queries(client, "/sok/", params)
    for _ in range(MORE):
        rich_post(blog).save_revision().publish()
    # site names, the paginator count, promotions, the ranked rows, their
    # pages (the synonyms and the search root are cached)
    assert first == count_queries(client, "/sok/", params) == SERVE_BASE + 5
    assert first <= MAX_QUERIES
