"""RSS and Atom feeds: valid, absolute links on each post's own host, one language."""

import datetime
import re

import feedparser
import pytest

from tests.factories.images import ImageFactory
from tests.factories.pages import (
    BlogIndexPageFactory,
    BlogPostPageFactory,
    LabIndexPageFactory,
    LabPageFactory,
)
from tests.factories.snippets import PersonFactory

pytestmark = pytest.mark.django_db

KINDS = ["rss", "atom"]


def parse(client, url, **kwargs):
    response = client.get(url, **kwargs)
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    return response, feed


@pytest.mark.parametrize("kind", KINDS)
def test_blog_feed_has_full_entries_newest_first(client, blog, kind):
    anna = PersonFactory(name="Anna Kanervo")
    BlogPostPageFactory(parent=blog, title="Äldre", date=datetime.date(2019, 1, 1))
    BlogPostPageFactory(
        parent=blog,
        title="Nyare",
        date=datetime.date(2019, 11, 13),
        intro="<p>Håll i &amp; håll ut.</p>",
        authors=[anna],
        tags=["BIS", "utvärdering"],
        hero_image=ImageFactory(),
    )
    response, feed = parse(client, f"/blogg/{kind}/")
    assert response["Content-Type"].startswith(f"application/{kind}+xml")
    assert feed.version == ("rss20" if kind == "rss" else "atom10")
    assert [entry.title for entry in feed.entries] == ["Nyare", "Äldre"]
    newest = feed.entries[0]
    assert newest.link == "http://localhost/blogg/nyare/"
    assert newest.summary == "Håll i & håll ut."
    assert newest.author == "Anna Kanervo"
    assert {tag.term for tag in newest.tags} == {"BIS", "utvärdering"}
    assert newest.published_parsed[:3] == (2019, 11, 13)
    enclosure = newest.enclosures[0]
    assert enclosure.href.startswith("http://localhost/media/images/")
    assert enclosure.type == "image/jpeg"
    assert int(enclosure.length) > 0
    assert feed.feed.language == "sv" if kind == "rss" else True


def test_feed_holds_the_newest_twenty(client, blog):
    for day in range(1, 23):
        BlogPostPageFactory(
            parent=blog, title=f"Dag {day}", date=datetime.date(2019, 3, day)
        )
    _response, feed = parse(client, "/blogg/rss/")
    assert len(feed.entries) == 20
    assert feed.entries[0].title == "Dag 22"


@pytest.mark.parametrize("kind", KINDS)
def test_tag_author_and_lab_feeds_filter(client, blog, kind):
    anna = PersonFactory(name="Anna")
    lab = LabPageFactory(slug="bis")
    BlogPostPageFactory(
        parent=blog, title="Allt", tags=["bis"], authors=[anna], related_lab=lab
    )
    BlogPostPageFactory(parent=blog, title="Inget")
    for url in (
        f"/blogg/tagg/bis/{kind}/",
        f"/blogg/forfattare/{anna.pk}-anna/{kind}/",
        f"/blogg/labb/bis/{kind}/",
    ):
        _response, feed = parse(client, url)
        assert [entry.title for entry in feed.entries] == ["Allt"]


@pytest.mark.parametrize("kind", KINDS)
def test_portal_feed_covers_every_company_on_its_own_host(
    client, blog, other_site, kind
):
    other_blog = BlogIndexPageFactory(parent=other_site.root_page, slug="blogg")
    BlogPostPageFactory(parent=blog, title="Portalens", slug="portalens")
    BlogPostPageFactory(
        parent=other_blog,
        title="Södertäljes",
        slug="sodertaljes",
        date=datetime.date(2020, 1, 1),
    )
    _response, feed = parse(client, f"/flode/{kind}/")
    links = {entry.title: entry.link for entry in feed.entries}
    assert links == {
        "Södertäljes": "http://sodertalje.localhost/blogg/sodertaljes/",
        "Portalens": "http://localhost/blogg/portalens/",
    }
    assert feed.entries[0].title == "Södertäljes"


@pytest.mark.parametrize("kind", KINDS)
def test_english_feed_has_english_posts_only(client, blog, translate, kind):
    post = BlogPostPageFactory(parent=blog, title="Svenskt")
    BlogPostPageFactory(parent=blog, title="Bara svenskt")
    english = translate(post, title="English")
    _response, feed = parse(client, f"{english.get_parent().url}{kind}/")
    assert [entry.title for entry in feed.entries] == ["English"]
    assert feed.entries[0].link == f"http://localhost{english.url}"
    _response, portal = parse(client, f"/en/feed/{kind}/")
    assert [entry.title for entry in portal.entries] == ["English"]
    _response, swedish = parse(client, f"/flode/{kind}/")
    assert {entry.title for entry in swedish.entries} == {"Svenskt", "Bara svenskt"}


@pytest.mark.parametrize("kind", KINDS)
def test_former_english_feed_address_redirects_to_the_english_words(client, kind):
    response = client.get(f"/en/flode/{kind}/")
    assert response.status_code == 301
    assert response["Location"] == f"/en/feed/{kind}/"


def test_english_pages_advertise_the_english_portal_feeds(client, home_page_en):
    content = client.get(home_page_en.url).content.decode()
    assert 'href="/en/feed/atom/"' in content
    assert "/flode/" not in content


def test_every_page_advertises_the_portal_feeds(client, home_page):
    response = client.get("/")
    content = response.content.decode()
    assert '<link rel="alternate" type="application/rss+xml"' in content
    assert 'href="/flode/atom/"' in content


def feed_links(response, kind):
    """{title: href} of the feeds of kind a page advertises."""
    assert response.status_code == 200
    pattern = (
        rf'<link rel="alternate" type="application/{kind}\+xml" '
        r'title="([^"]*)" href="([^"]*)">'
    )
    return dict(re.findall(pattern, response.content.decode()))


def label(kind):
    return "RSS" if kind == "rss" else "Atom"


@pytest.mark.parametrize("kind", KINDS)
def test_lab_page_advertises_its_lab_feed(client, blog, kind):
    lab = LabPageFactory(title="BIS", slug="bis")
    BlogPostPageFactory(parent=blog, title="Från labbet", related_lab=lab)
    BlogPostPageFactory(parent=blog, title="Utan labb")
    links = feed_links(client.get(lab.url), kind)
    assert links[f"Inlägg om BIS ({label(kind)})"] == f"/blogg/labb/bis/{kind}/"
    assert f"/flode/{kind}/" in links.values()
    _response, feed = parse(client, f"/blogg/labb/bis/{kind}/")
    assert [entry.title for entry in feed.entries] == ["Från labbet"]


@pytest.mark.parametrize("kind", KINDS)
def test_english_lab_page_advertises_the_english_lab_feed(
    client, blog, translate, kind
):
    lab = LabPageFactory(title="BIS", slug="bis")
    post = BlogPostPageFactory(parent=blog, title="Från labbet", related_lab=lab)
    english_post = translate(post, title="From the lab")
    english_lab = translate(lab, title="BIS lab")
    links = feed_links(client.get(english_lab.url), kind)
    url = links[f"Posts about BIS lab ({label(kind)})"]
    blog_en = english_post.get_parent()
    assert url == f"{blog_en.url}lab/{english_lab.slug}/{kind}/"
    assert blog_en.url.startswith("/en/")
    _response, feed = parse(client, url)
    assert [entry.title for entry in feed.entries] == ["From the lab"]
    assert feed.entries[0].link == f"http://localhost{english_post.url}"


def test_lab_page_without_a_blog_in_its_language_advertises_no_lab_feed(
    client, blog, translate, other_site
):
    lab = LabPageFactory(title="BIS", slug="bis")
    english_lab = translate(lab, title="BIS lab")  # the blog stays Swedish
    assert list(feed_links(client.get(english_lab.url), "rss")) == [
        "New posts from every housing company (RSS)"
    ]
    # A company without a blog: the portal's blog does not cover its labs.
    index = LabIndexPageFactory(parent=other_site.root_page)
    other_lab = LabPageFactory(parent=index, slug="bis")
    response = client.get(other_lab.url, HTTP_HOST="sodertalje.localhost")
    assert list(feed_links(response, "atom")) == [
        "Nya inlägg från alla bostadsföretag (Atom)"
    ]


def test_unknown_feed_kind_is_404(client, blog):
    assert client.get("/blogg/json/").status_code == 404
    assert client.get("/flode/json/").status_code == 404
