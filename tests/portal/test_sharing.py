"""What a page tells sharing services and search engines (portal.sharing).

Meta description, OpenGraph and Twitter card tags, JSON-LD (parsed, with
its required properties) and the canonical and hreflang addresses of each
page number of a listing.
"""

import json
import re
from html.parser import HTMLParser

from django.utils import translation

from wagtail.models import Site

import pytest

from portal.models import SiteSettings
from tests.factories.images import ImageFactory
from tests.factories.pages import (
    BlogIndexPageFactory,
    BlogPostPageFactory,
    FormPageFactory,
    HomePageFactory,
    LabIndexPageFactory,
    LabPageFactory,
    StandardPageFactory,
    VideoIndexPageFactory,
    VideoPageFactory,
)
from tests.factories.snippets import PersonFactory

pytestmark = pytest.mark.django_db

HOST = "sodertalje.localhost"


class Head(HTMLParser):
    """The <meta>, <link rel> and JSON-LD of a page."""

    def __init__(self):
        super().__init__()
        self.meta, self.links, self.json_ld, self.nonces = {}, [], [], []
        self._in_ld = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta" and ("property" in attrs or "name" in attrs):
            key = attrs.get("property") or attrs["name"]
            self.meta.setdefault(key, []).append(attrs["content"])
        if tag == "link" and attrs.get("rel") in {"canonical", "alternate"}:
            self.links.append((attrs["rel"], attrs.get("hreflang"), attrs["href"]))
        self._in_ld = tag == "script" and attrs.get("type") == "application/ld+json"
        if self._in_ld:
            self.nonces.append(attrs.get("nonce"))

    def handle_data(self, data):
        if self._in_ld:
            self.json_ld.append(json.loads(data))
            self._in_ld = False

    def one(self, key):
        (value,) = self.meta[key]
        return value

    def of_type(self, kind):
        (data,) = [data for data in self.json_ld if data["@type"] == kind]
        return data

    @property
    def canonical(self):
        (url,) = [href for rel, _code, href in self.links if rel == "canonical"]
        return url

    @property
    def alternates(self):
        return {code: href for rel, code, href in self.links if code}


def head(response):
    assert response.status_code == 200
    parser = Head()
    parser.feed(response.content.decode())
    return parser


def get(client, page, query="", host=None):
    url = page.get_url_parts()[2] + query
    return head(client.get(url, HTTP_HOST=host) if host else client.get(url))


@pytest.fixture
def company(other_site):
    """Södertälje's site with a logo, an organisation number and social links."""
    settings = SiteSettings.for_site(other_site)
    settings.organisation_name = "Telge Bostäder"
    settings.org_number = "556000-1234"
    settings.logo = ImageFactory(title="Logga")
    settings.facebook = "https://facebook.com/telge"
    settings.save()
    return other_site


# Meta description


def test_description_is_the_seo_field_when_an_editor_filled_it(client):
    page = StandardPageFactory(search_description="Om bolaget, kort.")
    assert get(client, page).one("description") == "Om bolaget, kort."


def test_description_falls_back_to_the_intro_as_plain_text(client):
    page = StandardPageFactory(intro="<p>Vi bygger <b>hem</b> &amp; kvarter.</p>")
    parsed = get(client, page)
    assert parsed.one("description") == "Vi bygger hem & kvarter."
    assert parsed.one("og:description") == "Vi bygger hem & kvarter."


def test_description_falls_back_to_the_first_paragraph_of_the_body(client):
    page = StandardPageFactory(
        intro="", body__0="paragraph", body__0__paragraph="<p>Första stycket.</p>"
    )
    assert get(client, page).one("description") == "Första stycket."


def test_description_of_a_film_is_its_summary(client):
    film = VideoPageFactory()
    assert get(client, film).one("description") == film.summary


def test_description_is_never_empty(client):
    page = BlogIndexPageFactory(title="Blogg om boende")
    assert get(client, page).one("description") == "Blogg om boende"


# OpenGraph and Twitter card


def page_of_each_type(home):
    blog = BlogIndexPageFactory(parent=home, slug="blogg")
    lab = LabPageFactory(parent=LabIndexPageFactory(parent=home))
    return {
        "home": (home, "website"),
        "blog index": (blog, "website"),
        "post": (BlogPostPageFactory(parent=blog), "article"),
        "lab index": (lab.get_parent().specific, "website"),
        "lab": (lab, "website"),
        "film": (VideoPageFactory(parent=lab), "website"),
        "film index": (VideoIndexPageFactory(parent=home), "website"),
        "standard": (StandardPageFactory(parent=home), "website"),
        "form": (FormPageFactory(parent=home), "website"),
    }


def assert_open_graph(parsed, page, og_type, locale, alternate):
    assert parsed.one("og:type") == og_type
    assert parsed.one("og:title") == (page.seo_title or page.title)
    assert parsed.one("og:url") == parsed.canonical
    assert parsed.canonical.startswith("http://")
    assert parsed.one("og:locale") == locale
    assert parsed.meta["og:locale:alternate"] == [alternate]
    assert parsed.one("og:site_name")
    assert parsed.one("og:description")
    assert parsed.one("twitter:card") in {"summary_large_image", "summary"}
    assert parsed.one("twitter:title") == parsed.one("og:title")


def test_every_page_type_has_open_graph_tags_in_both_languages(
    client, home_page, home_page_en, translate
):
    for page, og_type in page_of_each_type(home_page).values():
        english = home_page_en if page == home_page else translate(page)
        parsed = get(client, page)
        assert_open_graph(parsed, page, og_type, "sv_SE", "en_GB")
        assert parsed.alternates["en"] == english.get_full_url()
        with translation.override("en"):
            parsed = get(client, english)
        assert_open_graph(parsed, english, og_type, "en_GB", "sv_SE")
        assert parsed.alternates["sv"] == page.get_full_url()


def test_share_image_is_the_hero_at_1200_by_630_on_the_pages_own_host(client, company):
    blog = BlogIndexPageFactory(parent=company.root_page)
    photo = ImageFactory(file__width=1600, file__height=1000)
    post = BlogPostPageFactory(parent=blog, hero_image=photo)
    parsed = get(client, post, host=HOST)
    assert parsed.one("og:image").startswith(f"http://{HOST}/media/images/")
    assert ".fill-1200x630." in parsed.one("og:image")
    assert parsed.one("og:image:width") == "1200"
    assert parsed.one("og:image:height") == "630"
    assert parsed.one("og:image:alt") == post.hero_image_alt
    assert parsed.one("twitter:card") == "summary_large_image"
    assert parsed.one("twitter:image") == parsed.one("og:image")
    assert parsed.one("og:site_name") == "Telge Bostäder"


def test_share_image_of_a_film_is_its_poster(client):
    film = VideoPageFactory(poster_image=ImageFactory())
    parsed = get(client, film)
    # The default site answers the test client's "testserver" too; the image
    # is named on the site's own host, as the page's canonical address is.
    assert parsed.one("og:image").startswith("http://localhost/media/images/")
    assert parsed.canonical.startswith("http://localhost/")
    assert ".fill-1200x630" in parsed.one("og:image")
    assert parsed.one("og:image:alt") == film.poster_image_alt


def test_share_image_falls_back_to_the_company_logo(client, company):
    page = StandardPageFactory(parent=company.root_page)
    parsed = get(client, page, host=HOST)
    assert parsed.one("og:image").startswith(f"http://{HOST}/media/images/")
    assert parsed.one("og:image:alt") == "Telge Bostäder"
    assert int(parsed.one("og:image:width")) > 0
    assert parsed.one("twitter:card") == "summary"


def test_no_image_tags_without_any_picture(client):
    parsed = get(client, StandardPageFactory())
    assert "og:image" not in parsed.meta
    assert "twitter:image" not in parsed.meta
    assert parsed.one("twitter:card") == "summary"


# JSON-LD


def test_post_is_a_blog_posting_with_author_and_publisher(client, company):
    blog = BlogIndexPageFactory(parent=company.root_page, slug="blogg")
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


def test_company_home_has_organization_and_website_with_search(client, company):
    parsed = get(client, company.root_page, host=HOST)
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


# Paginated listings


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
