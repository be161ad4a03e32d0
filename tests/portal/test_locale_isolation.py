"""Listings show the current language only; translated pages show translated objects.

Listings descend from the localized page, so an English listing holds English
pages; until translators publish, it says so and links the Swedish listing.
"""

import re

import pytest

from blog.models import BlogPostPageAuthor
from labs.models import LabPageOrganisation
from tests.factories.pages import (
    BlogIndexPageFactory,
    BlogPostPageFactory,
    LabPageFactory,
    VideoPageFactory,
)
from tests.factories.snippets import OrganisationFactory, PersonFactory

pytestmark = pytest.mark.django_db

NOTHING_TRANSLATED = "Nothing has been translated into English yet."


def listed(response):
    """Titles of the cards a listing shows."""
    html = response.content.decode()
    return re.findall(r'<h[23] class="card__title"><a href="[^"]+">([^<]+)</a>', html)


@pytest.fixture
def content(home_page):
    lab = LabPageFactory(title="Integrationslabbet")
    blog = BlogIndexPageFactory(parent=home_page, title="Blogg")
    return {
        "lab": lab,
        "blog": blog,
        "post": BlogPostPageFactory(parent=blog, title="Svensk post", related_lab=lab),
        "film": VideoPageFactory(parent=lab, title="Svensk film"),
    }


@pytest.fixture
def english(content, home_page_en, translate):
    return {
        "lab": translate(content["lab"], title="The integration lab"),
        "blog": translate(content["blog"], title="Blog", slug="blog"),
        "post": translate(content["post"], title="English post"),
        "film": translate(content["film"], title="English film"),
    }


def test_each_listing_shows_its_own_language(client, content, english):
    pairs = [
        ("blog", ["Svensk post"], ["English post"]),
        ("lab", ["Svensk film", "Svensk post"], ["English film", "English post"]),
    ]
    for key, swedish_titles, english_titles in pairs:
        assert listed(client.get(content[key].url)) == swedish_titles
        assert listed(client.get(english[key].url)) == english_titles
    labs = english["lab"].get_parent()
    assert listed(client.get(content["lab"].get_parent().url)) == ["Integrationslabbet"]
    assert listed(client.get(labs.url)) == ["The integration lab"]
    # "/" is the umbrella portal, whose home also lists the films.
    assert listed(client.get("/")) == [
        "Svensk post",
        "Integrationslabbet",
        "Svensk film",
    ]
    assert listed(client.get("/en/")) == [
        "English post",
        "The integration lab",
        "English film",
    ]


def test_english_lab_lists_posts_that_still_link_the_swedish_lab(
    client, content, english
):
    """wagtail-localize copies page links: English posts point at the Swedish lab."""
    assert english["post"].related_lab_id == content["lab"].pk
    assert listed(client.get(english["lab"].url))[-1] == "English post"
    assert "English post" not in listed(client.get(content["lab"].url))


def test_english_post_links_the_english_lab(client, content, english):
    html = client.get(english["post"].url).content.decode()
    assert f'<a href="{english["lab"].url}">The integration lab</a>' in html


def test_english_post_without_english_lab_links_the_swedish_lab(
    client, content, english
):
    english["lab"].unpublish()
    html = client.get(english["post"].url).content.decode()
    assert f'<a href="{content["lab"].url}">Integrationslabbet</a>' in html


def test_translated_pages_show_translated_people_and_partners(client, content, english):
    person = content["post"].authors.get().person
    english_person = person.copy_for_translation(english["post"].locale)
    english_person.role = "project manager"
    english_person.save()
    partner = OrganisationFactory(name="Bodens kommun")
    LabPageOrganisation.objects.create(page=english["lab"], organisation=partner)
    english_partner = partner.copy_for_translation(english["lab"].locale)
    english_partner.name = "Municipality of Boden"
    english_partner.save()
    english["lab"].contact_person = person
    english["lab"].save_revision().publish()
    post_html = client.get(english["post"].url).content.decode()
    lab_html = client.get(english["lab"].url).content.decode()
    swedish_html = client.get(content["post"].url).content.decode()
    assert '<span class="byline__role">project manager</span>' in post_html
    assert '<span class="person__role">project manager</span>' in lab_html
    assert "Municipality of Boden" in lab_html
    assert "Bodens kommun" not in lab_html
    assert '<span class="byline__role">projektansvarig</span>' in swedish_html


def test_localizing_authors_costs_one_query_whatever_their_number(
    client, content, english, count_queries
):
    post = english["post"]
    first = count_queries(client, post.url)
    for _ in range(10):
        person = PersonFactory()
        BlogPostPageAuthor.objects.create(page=post, person=person)
        person.copy_for_translation(post.locale).save()
    post.save_revision().publish()
    # The Swedish people's English versions in one query, the lab in another.
    assert count_queries(client, post.url) == first <= 12


def test_untranslated_listings_say_so_and_link_the_swedish_listing(
    client, content, home_page_en, translate
):
    blog = translate(content["blog"], title="Blog", slug="blog")
    lab = translate(content["lab"], title="The integration lab")
    for english, swedish in ((blog, content["blog"]), (lab, content["lab"])):
        html = client.get(english.url).content.decode()
        link = f'<a href="{swedish.url}" hreflang="sv">See the Swedish page</a>'
        assert f"{NOTHING_TRANSLATED} {link}" in html
    assert html.count(NOTHING_TRANSLATED) == 2  # the lab's films and posts
    assert NOTHING_TRANSLATED in client.get("/en/").content.decode()
    assert NOTHING_TRANSLATED not in client.get("/").content.decode()


def test_empty_swedish_listing_keeps_its_own_message(client, home_page):
    html = client.get(BlogIndexPageFactory(parent=home_page).url).content.decode()
    assert "Inga inlägg har publicerats än." in html


@pytest.mark.parametrize(
    ("language", "day"), [("sv", "13 november 2019"), ("en", "13 November 2019")]
)
def test_dates_follow_the_page_language(client, content, english, language, day):
    pages = content if language == "sv" else english
    home = "/" if language == "sv" else "/en/"
    for url in (pages["post"].url, pages["blog"].url, home):
        assert (
            f'<time datetime="2019-11-13">{day}</time>'
            in client.get(url).content.decode()
        )


def test_localizing_lab_partners_costs_one_query_whatever_their_number(
    client, content, english, count_queries
):
    lab = english["lab"]
    lab.contact_person = PersonFactory()
    lab.save_revision().publish()
    first = count_queries(client, lab.url)
    for _ in range(10):
        partner = OrganisationFactory()
        LabPageOrganisation.objects.create(page=lab, organisation=partner)
        partner.copy_for_translation(lab.locale).save()
    # Partners come with their English versions in one query, as on a Swedish
    # lab; the untranslated contact person costs one more. (The test's English
    # lab index is an alias, whose privacy check costs one query more again.)
    assert count_queries(client, lab.url) == first <= 12 + 2


def test_translated_partners_keep_the_editors_order(client, english):
    lab = english["lab"]
    lab.organisations.all().delete()
    partners = [OrganisationFactory(name=name) for name in ("Cecilia", "Anna", "Bo")]
    for position, partner in zip((0, 2, 1), partners, strict=True):
        LabPageOrganisation.objects.create(
            page=lab, organisation=partner, sort_order=position
        )
        english_partner = partner.copy_for_translation(lab.locale)
        english_partner.name = f"{partner.name} (en)"
        english_partner.save()
    html = client.get(lab.url).content.decode()
    names = re.findall(r'<li><a href="https://example.org/">([^<]+)</a></li>', html)
    assert names == ["Cecilia (en)", "Bo (en)", "Anna (en)"]
