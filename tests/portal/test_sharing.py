"""What a shared link shows: meta description, OpenGraph and Twitter card tags."""

from django.utils import translation

import pytest

from tests.factories.images import ImageFactory
from tests.factories.pages import (
    BlogIndexPageFactory,
    BlogPostPageFactory,
    StandardPageFactory,
    VideoPageFactory,
)
from tests.portal.heads import HOST, get, page_of_each_type

pytestmark = pytest.mark.django_db


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


def test_description_of_a_film_is_its_intro(client):
    film = VideoPageFactory()
    expected = "Kvinnorna i Portalen berättar om året i labbet."
    assert get(client, film).one("description") == expected


def test_description_is_never_empty(client):
    page = BlogIndexPageFactory(title="Blogg om boende")
    assert get(client, page).one("description") == "Blogg om boende"


# OpenGraph and Twitter card


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


def test_share_image_is_the_hero_at_1200_by_630_on_the_pages_own_host(
    client, branded_company
):
    blog = BlogIndexPageFactory(parent=branded_company.root_page)
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


def test_share_image_falls_back_to_the_company_logo(client, branded_company):
    page = StandardPageFactory(parent=branded_company.root_page)
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


def test_share_image_falls_back_to_the_sites_share_image_before_its_logo(
    client, branded_company
):
    from portal.models import SiteSettings

    settings = SiteSettings.for_site(branded_company)
    settings.share_image = ImageFactory(file__width=1600, file__height=900)
    settings.share_image_alt = "Hyreshus i Hovsjö i kvällsljus"
    settings.save()
    page = StandardPageFactory(parent=branded_company.root_page)
    parsed = get(client, page, host=HOST)
    assert parsed.one("og:image").startswith(f"http://{HOST}/media/images/")
    assert ".fill-1200x630" in parsed.one("og:image")
    assert (parsed.one("og:image:width"), parsed.one("og:image:height")) == (
        "1200",
        "630",
    )
    assert parsed.one("og:image:alt") == "Hyreshus i Hovsjö i kvällsljus"
    assert parsed.one("twitter:card") == "summary_large_image"


def test_share_image_needs_its_alt_text():
    from django.core.exceptions import ValidationError

    from portal.models import SiteSettings

    settings = SiteSettings(share_image=ImageFactory(), share_image_alt="  ")
    with pytest.raises(ValidationError, match="share_image_alt"):
        settings.clean()
