"""Every public route with an id or slug, on company A's host with B's values.

The walker reads the blog's routes (wagtail.contrib.routable_page) and the
public URL patterns, fills each argument with B's person id, tag, lab slug,
document, or (in the API, /api/v2/) page or image id, and asks A's host in
both languages: each answer is a 404 or shows none of B's content. A route
whose argument it cannot fill fails the test until it is mapped below or
listed as naming no company's object. Every API endpoint is walked besides,
with B's ids in each of its filters.
"""

from django.core.files.base import ContentFile
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import translation

from wagtail.documents import get_document_model
from wagtail.models import CollectionViewRestriction, PageViewRestriction

import pytest

from blog.models import BlogIndexPage
from portal.api.params import ID_PARAMETERS
from portal.api.urls import router
from tests.factories.pages import LabPageFactory
from tests.portal.isolation import LANGUAGES, URL_ARGUMENT, argument_name

pytestmark = pytest.mark.django_db

B_MARKERS = (
    "Hemlig B",
    "B-person",
    "B-labb",
    "b-hemlig-tagg",
    "B-dokument",
    "B-sida",
    "B-privat",
    "B-bild",
    "hemlig-b-post",
)
# Public URL arguments that name no company's object, and why.
NOT_COMPANY_SCOPED = {
    "token": "a signed subscription token: it names a subscriber, checked by signature",
    "path": "a file under /media/, which the web server serves in production",
    "year": "a date: the archive lists only this blog's posts",
    "month": "a date: the archive lists only this blog's posts",
    "feed": "rss or atom: the feed of an archive whose value is filled",
    "section": "a sitemap part's name: each host's sitemap lists only its pages",
}


@pytest.fixture(scope="module")
def public_b(world, django_db_blocker):
    """B's tagged post, lab and author, and a tag both companies use."""
    with django_db_blocker.unblock(), translation.override("sv"):
        for company, own_tag in ((world.a, "a-tagg"), (world.b, "b-hemlig-tagg")):
            post = company.posts["sv"]
            post.tags.add(own_tag, "delad-tagg")
            post.save()
        b = world.b
        labs = b.homes["sv"].get_children().get(slug="labb")
        lab = LabPageFactory(parent=labs, title="B-labb", slug="b-labb")
        post = b.posts["sv"]
        post.related_lab = lab
        post.hero_image = b.image  # so B's own host lists it in the API
        post.authors.create(person=b.snippets["person"])
        post.save()
        private = b.collection.add_child(name="B-privat")
        restriction = CollectionViewRestriction.objects.create(
            collection=private, restriction_type="password", password="hemligt"
        )
        page_restriction = PageViewRestriction.objects.create(
            page=b.plain["sv"], restriction_type="password", password="hemligt"
        )
        return {
            "restriction_id": restriction.pk,
            "page_view_restriction_id": page_restriction.pk,
            "page_id": b.plain["sv"].pk,
            "post_id": post.pk,
            "lab_id": lab.pk,
            "image_id": b.image.pk,
            "person_id": b.snippets["person"].pk,
            "tag": "b-hemlig-tagg",
            "lab": lab.slug,
            "document_id": b.document.pk,
            "document_filename": b.document.filename,
        }


def blog_paths(values, language):
    """(route name, path below the blog) of every blog route, filled with B's values."""
    for pattern in BlogIndexPage().get_subpage_urls():
        name = pattern.name
        kind = name.rsplit("_", 1)[0].removesuffix("_feed")
        filled = {
            "person_id": values["person_id"],
            "slug": values.get(kind, "x"),
            "feed": "rss",
            "year": "2020",
            "month": "01",
        }
        yield name, fill(str(pattern.pattern), filled)


def fill(route, filled):
    def value(match):
        argument = argument_name(match)
        if argument not in filled:
            pytest.fail(f"public route argument {argument!r} ({route}) is unmapped")
        return str(filled[argument])

    # Included patterns may be regular expressions ("api/v2/^pages/…").
    filled_route = URL_ARGUMENT.sub(value, route)
    return filled_route.replace("^", "").replace("$", "").replace("\\", "")


def public_patterns(resolver=None, prefix=""):
    """(route, name) of every non-admin URL pattern that takes an argument."""
    for entry in (resolver or get_resolver()).url_patterns:
        route = prefix + str(entry.pattern)
        if route.startswith(("admin/", "django-admin/")):
            continue
        if isinstance(entry, URLResolver):
            yield from public_patterns(entry, route)
        elif isinstance(entry, URLPattern) and URL_ARGUMENT.search(route):
            yield route, entry.name


def shows_nothing_of_b(response, path):
    text = response.content.decode(errors="replace")
    found = [marker for marker in B_MARKERS if marker in text]
    assert response.status_code < 500, (path, response.status_code)
    assert not found, (path, response.status_code, found)


@pytest.mark.parametrize("language", LANGUAGES)
def test_blog_routes_on_a_answer_404_or_only_a(client, world, public_b, language):
    swedish = world.a.homes["sv"].get_children().get(slug="blogg")
    blog = swedish.get_translation(world.a.homes[language].locale).specific
    base = blog.get_url()
    seen = []
    with translation.override(language):
        for name, path in blog_paths(public_b, language):
            others = [code for code in LANGUAGES if code != language]
            if name.endswith(tuple(f"_{code}" for code in others)):
                continue
            url = base + path
            response = client.get(url, HTTP_HOST="a.example.se")
            shows_nothing_of_b(response, url)
            seen.append((name, response.status_code))
    codes = dict(seen)
    for kind in ("author", "tag", "lab", "author_feed", "tag_feed", "lab_feed"):
        assert codes[f"{kind}_{language}"] == 404, (kind, codes)
    assert len(seen) >= 9, seen


def test_a_shared_tag_lists_only_own_posts(client, world, public_b):
    response = client.get("/blogg/tagg/delad-tagg/", HTTP_HOST="a.example.se")
    assert "Hemlig A-post" in response.content.decode()
    shows_nothing_of_b(response, "/blogg/tagg/delad-tagg/")
    own = client.get("/blogg/tagg/b-hemlig-tagg/", HTTP_HOST="b.example.se")
    assert own.status_code == 200 and "Hemlig B-post" in own.content.decode()


def api_id(route, values):
    """B's object of the kind an API route's pk names: an image, else a page."""
    return values["image_id"] if "images/" in route else values["post_id"]


def test_every_public_pattern_with_an_argument_is_walked(client, world, public_b):
    filled = {**public_b, **dict.fromkeys(NOT_COMPANY_SCOPED, "x")}
    walked = []
    for route, _name in public_patterns():
        path = "/" + fill(route, {**filled, "pk": api_id(route, public_b)})
        for method in (client.get, client.post):
            response = method(path, HTTP_HOST="a.example.se")
            shows_nothing_of_b(response, path)
        walked.append(path)
    assert len(walked) >= 6, walked


def test_documents_are_served_on_their_own_company_host_only(client, world, public_b):
    document = world.b.document
    url = f"/documents/{document.pk}/{document.filename}"
    assert client.get(url, HTTP_HOST="a.example.se").status_code == 404
    assert client.get(url, HTTP_HOST="localhost").status_code == 404  # the umbrella
    served = client.get(url, HTTP_HOST="b.example.se")
    assert served.status_code == 200
    assert b"".join(served.streaming_content) == b"protokoll"
    shared = get_document_model().objects.create(
        title="Portalens riktlinjer",
        file=ContentFile(b"riktlinjer", name="riktlinjer.txt"),
    )
    url = f"/documents/{shared.pk}/{shared.filename}"
    assert client.get(url, HTTP_HOST="a.example.se").status_code == 200


def api_queries(world, public_b, language):
    """Every API filter given one of B's pages, and B's values as field filters."""
    b = world.b
    pages = [b.homes[language].pk, b.posts[language].pk, b.plain[language].pk]
    pages.append(public_b["lab_id"])
    yield from ({}, {"fields": "*"}, {"limit": "50", "fields": "*"})
    for name in ID_PARAMETERS:
        for page in pages:
            yield {name: page, "fields": "*"}
    yield from (
        {"type": "blog.BlogPostPage,labs.LabPage", "fields": "*"},
        {"slug": "hemlig-b-post"},
        {"title": "Hemlig B-post"},
        {"tags": "b-hemlig-tagg"},
        {"id": public_b["post_id"]},
        {"site": "b.example.se"},
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_api_on_a_shows_nothing_of_b(client, world, public_b, language):
    b = world.b
    ids = [b.homes[language].pk, b.posts[language].pk, b.plain[language].pk]
    ids.append(public_b["lab_id"])
    paths = [page.get_url_parts()[2] for page in (b.posts[language], b.plain[language])]
    paths.append("/labb/b-labb/")
    walked = 0
    for name in router.endpoints:
        listing = f"/api/v2/{name}/"
        for query in api_queries(world, public_b, language):
            query = {"locale": language, **query} if name != "images" else query
            response = client.get(listing, query, HTTP_HOST="a.example.se")
            shows_nothing_of_b(response, f"{listing} {query}")
            walked += 1
        for pk in [*ids, public_b["image_id"]]:
            response = client.get(f"{listing}{pk}/", HTTP_HOST="a.example.se")
            assert response.status_code == 404, (listing, pk)
        for query in [{"id": pk} for pk in ids] + [{"html_path": p} for p in paths]:
            response = client.get(f"{listing}find/", query, HTTP_HOST="a.example.se")
            assert response.status_code in (400, 404), (listing, query)
    assert walked >= 5 * 20, walked


def test_b_host_shows_b_in_the_api(client, world, public_b):
    """The walk above would pass on an API that shows nothing: B's host shows B."""
    posts = client.get("/api/v2/posts/", {"fields": "*"}, HTTP_HOST="b.example.se")
    assert "Hemlig B-post" in posts.content.decode()
    images = client.get("/api/v2/images/", HTTP_HOST="b.example.se")
    assert "B-bild" in images.content.decode()
    detail = f"/api/v2/pages/{public_b['post_id']}/"
    assert client.get(detail, HTTP_HOST="b.example.se").status_code == 200
    found = client.get(
        "/api/v2/pages/find/",
        {"html_path": "/blogg/hemlig-b-post/"},
        HTTP_HOST="b.example.se",
    )
    assert found.status_code == 302
