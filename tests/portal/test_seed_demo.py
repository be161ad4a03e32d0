"""manage.py seed_demo: four sites, English through wagtail-localize, idempotent.

Seeding takes a few seconds, so the module seeds once (rolled back at the end of
the module) and only the idempotency test runs the command a second time.
"""

import hashlib
from io import StringIO

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import transaction

from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page, Revision, Site
from wagtailmedia.models import get_media_model

import pytest
from pytest_django.asserts import assertContains

from blog.models import BlogIndexPage, BlogPostPage
from home.models import FormPage
from labs.models import LabPage, VideoPage, VideoPageCaption
from portal.models import FooterText, Organisation, Person, SiteSettings

pytestmark = pytest.mark.django_db

COMPANIES = {
    "boden.localhost": "Bodens Bostäder",
    "norrkoping.localhost": "Hyresbostäder i Norrköping",
    "sodertalje.localhost": "Södertälje Allmännyttan",
}
UNTRANSLATED_POSTS = {
    "Sommarjobben blev en språngbräda",
    "Fotbollsplanen blev vår mötesplats",
}


def seed():
    out, err = StringIO(), StringIO()
    call_command("seed_demo", stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def seeded(django_db_setup, django_db_blocker):
    """One seeding run for the whole module, undone when the module is done."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield seed()
        transaction.set_rollback(True)


def swedish_pages():
    sv = Locale.objects.get(language_code="sv")
    roots = [site.root_page for site in Site.objects.all()]
    pages = Page.objects.none()
    for root in roots:
        pages |= Page.objects.descendant_of(root, inclusive=True)
    return pages.filter(locale=sv).specific()


def counts():
    models = [Page, Site, Collection, Person, Organisation, FooterText, SiteSettings]
    models += [VideoPageCaption, Revision, get_image_model(), get_media_model()]
    models += [get_user_model()]
    return {model.__name__: model.objects.count() for model in models}


def test_seed_builds_the_portal_and_three_company_sites(seeded):
    out, err = seeded
    hostnames = set(Site.objects.values_list("hostname", flat=True))
    assert hostnames == {"localhost", *COMPANIES}
    assert Site.objects.get(is_default_site=True).hostname == "localhost"
    assert "no English translation" not in err  # the dictionary covers every string
    assert "admin" in err  # the demo account warning
    assert "http://boden.localhost:8000/" in out
    assert get_user_model().objects.get(username="admin").is_superuser
    for hostname, name in COMPANIES.items():
        site = Site.objects.get(hostname=hostname)
        assert site.port == 8000
        assert site.root_page.depth == 2
        settings = SiteSettings.for_site(site)
        assert settings.organisation_name == name
        assert settings.logo and settings.footer_text.description


@pytest.mark.parametrize("hostname", COMPANIES)
def test_each_company_has_a_blog_and_a_lab_with_a_captioned_film(seeded, hostname):
    home = Site.objects.get(hostname=hostname).root_page
    blog = BlogIndexPage.objects.child_of(home).get()
    posts = BlogPostPage.objects.child_of(blog).live()
    assert 3 <= posts.count() <= 5
    for post in posts:
        assert post.authors.exists() and post.tags.exists() and post.related_lab
        blocks = {block.block_type for block in post.body}
        assert {"heading", "paragraph", "call_to_action"} <= blocks
    lab = LabPage.objects.descendant_of(home).live().first()
    assert lab.organisations.count() >= 3 and lab.contact_person and lab.key_figures
    film = VideoPage.objects.child_of(lab).get(video_url="")
    assert film.video_file.file.size > 0 and film.poster_image and film.transcript
    tracks = {caption.language: caption.file for caption in film.captions.all()}
    assert set(tracks) == {"sv", "en"}
    for track in tracks.values():
        with track.open("rb") as handle:
            assert handle.read().startswith(b"WEBVTT")


# Ten posts, three labs and four films, each with a picture drawn for it.
PICTURED = (
    (BlogPostPage, "hero_image"),
    (LabPage, "hero_image"),
    (VideoPage, "poster_image"),
)


def file_digest(image):
    with image.file.open("rb") as handle:
        return hashlib.sha256(handle.read()).hexdigest()


def test_every_post_lab_and_film_has_a_picture_of_its_own(seeded):
    en = Locale.objects.get(language_code="en")
    titles_by_picture = {}
    for model, field in PICTURED:
        for page in model.objects.filter(locale__language_code="sv"):
            image, alt = getattr(page, field), getattr(page, f"{field}_alt")
            assert image is not None and alt.strip(), page.title
            titles_by_picture.setdefault(file_digest(image), []).append(page.title)
            english = page.get_translation_or_none(en)
            if english is not None and english.live:
                english_alt = getattr(english, f"{field}_alt")
                assert getattr(english, field) == image, english.title
                assert english_alt.strip() and english_alt != alt, english.title
    shared = [titles for titles in titles_by_picture.values() if len(titles) > 1]
    assert not shared, f"pages that share a picture: {shared}"
    assert len(titles_by_picture) == 10 + 3 + 4


def external_films():
    return VideoPage.objects.exclude(video_url="").order_by("locale__language_code")


def test_norrkoping_has_one_film_on_youtube_in_both_languages(seeded):
    english, swedish = external_films()
    norrkoping = Site.objects.get(hostname="norrkoping.localhost").root_page
    assert swedish.is_descendant_of(norrkoping) and swedish.live and english.live
    assert swedish.video_url.startswith("https://www.youtube.com/watch?v=")
    assert english.video_url == swedish.video_url
    assert swedish.platform_captions_confirmed and swedish.soundtrack_describes_all
    assert not swedish.captions.exists()  # captions are on the platform
    assert swedish.poster_image and swedish.poster_image_alt and swedish.transcript
    assert english.title == "Filming day at Portalen"
    assert "Today I am speaking Swedish in a film!" in english.transcript
    assert [row.person.locale for row in english.featured_people.all()] == [
        english.locale,
        english.locale,
    ]


def test_seeding_an_older_demo_adds_the_external_film(seeded):
    """The new film is created; like any new page under a translated parent it
    gets an English draft for a translator, never Swedish text live under /en/."""
    for film in external_films():
        film.delete()
    out, err = seed()
    assert "Pages created: 1; English translations created: 0." in out
    english, swedish = external_films()
    assert swedish.live and not english.live


def test_every_page_has_live_english_except_two_posts(seeded):
    en = Locale.objects.get(language_code="en")
    untranslated = set()
    for page in swedish_pages():
        english = page.get_translation_or_none(en)
        if english is None:
            untranslated.add(page.title)
        else:
            assert english.live, page.title
    assert untranslated == UNTRANSLATED_POSTS
    boden = Site.objects.get(hostname="boden.localhost").root_page
    english_home = boden.get_translation(en)
    english_slugs = set(english_home.get_children().values_list("slug", flat=True))
    assert english_slugs == {
        "blog",
        "labs",
        "films",
        "about-us",
        "contact",
        "accessibility-statement",
    }


@pytest.mark.parametrize("hostname", COMPANIES)
def test_english_sections_keep_the_swedish_menu_order(seeded, hostname):
    """The demo adds the film index between the sections create_company_site
    made, and moves its English translation to the same place."""
    home = Site.objects.get(hostname=hostname).root_page
    english_home = home.get_translation(Locale.objects.get(language_code="en"))
    swedish = [page.translation_key for page in home.get_children()]
    english = [page.translation_key for page in english_home.get_children()]
    assert english == swedish
    assert Page.find_problems() == ([], [], [], [], [])


def test_snippets_and_inline_rows_point_to_english(seeded):
    en = Locale.objects.get(language_code="en")
    for model in (Person, Organisation, FooterText):
        swedish = model.objects.filter(locale__language_code="sv")
        assert all(obj.has_translation(en) for obj in swedish)
    anna = Person.objects.get(name="Anna Kanervo", locale=en)
    assert anna.role == "project manager for Allmännyttan's innovation lab"
    post = BlogPostPage.objects.get(
        locale=en, title="When we look up, we see everything that has been achieved"
    )
    assert [row.person for row in post.authors.all()] == [anna]
    assert post.related_lab.locale == en
    assert "evaluation" in post.tags.names()
    form = FormPage.objects.get(locale=en, to_address="info@bodensbostader.example")
    assert [f.label for f in form.form_fields.all()] == ["Name", "E-mail", "Message"]
    portal_names = FooterText.objects.filter(name__startswith="Sidfot Allmännyttans")
    assert sorted(portal_names.values_list("locale__language_code", "site_name")) == [
        ("en", "Allmännyttan's innovation portal"),
        ("sv", "Allmännyttans innovationsportal"),
    ]


@pytest.mark.parametrize("hostname", COMPANIES)
def test_company_sites_answer_on_their_hostnames(seeded, client, hostname):
    response = client.get("/", headers={"host": hostname})
    assertContains(response, COMPANIES[hostname])
    assertContains(response, 'lang="sv"')
    english = client.get("/en/", headers={"host": hostname})
    assertContains(english, 'lang="en"')
    assertContains(english, "Accessibility statement")
    assert client.get("/en/blog/", headers={"host": hostname}).status_code == 200


def test_second_run_creates_nothing_and_keeps_editors_changes(seeded):
    post = BlogPostPage.objects.get(
        locale__language_code="sv", title="Språkcafé med kö ut på gatan"
    )
    post.title = "Språkcaféet växer"
    post.save_revision().publish()
    before = counts()

    out, err = seed()

    assert counts() == before
    assert "Pages created: 0; English translations created: 0." in out
    post.refresh_from_db()
    assert post.title == "Språkcaféet växer"
    assert post.get_latest_revision().as_object().title == "Språkcaféet växer"


def test_demo_accounts_are_confined_to_their_company(seeded, client):
    boden = Site.objects.get(hostname="boden.localhost")
    norrkoping = Site.objects.get(hostname="norrkoping.localhost")
    editor = get_user_model().objects.get(username="boden-redaktor")
    assert editor.check_password("demo")
    assert {group.name for group in editor.groups.all()} == {
        "Bodens Bostäder – redaktörer"
    }
    assert get_user_model().objects.get(username="boden-publicerare").groups.exists()
    assert FooterText.objects.filter(site=boden).count() == 2  # sv and en
    client.force_login(editor)
    own = client.get(f"/admin/pages/{boden.root_page_id}/edit/")
    other = client.get(f"/admin/pages/{norrkoping.root_page_id}/edit/")
    assert own.status_code == 200 and other.status_code == 302
    people = client.get("/admin/snippets/portal/person/").content.decode()
    assert "Sara Lindqvist" in people and "Anna Kanervo" not in people
