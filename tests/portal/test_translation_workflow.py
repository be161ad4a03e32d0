"""Translators' round trip, whole-site translation and drafts for new pages."""

import io

from django.core.management import CommandError, call_command
from django.urls import reverse

from wagtail.models import Page
from wagtail_localize.models import Translation, TranslationSource

import polib
import pytest

from blog.models import BlogPostPage
from portal.i18n import po as po_round_trip
from portal.i18n import translation as translations
from portal.i18n.translation import translate_tree
from portal.models import FooterText, Person, SiteSettings
from tests.factories.pages import (
    BlogIndexPageFactory,
    BlogPostPageFactory,
    LabPageFactory,
    StandardPageFactory,
)
from tests.factories.snippets import FooterTextFactory, PersonFactory

pytestmark = pytest.mark.django_db

TITLE = "Lärdomar värda guld"
PARAGRAPH = "Sambolivet löser sig."


@pytest.fixture
def post(home_page):
    return BlogPostPageFactory(
        title=TITLE,
        parent=BlogIndexPageFactory(parent=home_page, title="Blogg"),
        body__0__paragraph__value=f"<p>{PARAGRAPH}</p>",
    )


@pytest.fixture
def english_blog(post, home_page_en, translate):
    return translate(post.get_parent(), title="Blog", slug="blog")


def start_translation(page, locale):
    (translation,) = translations.start_translation(page, [locale])
    assert translation == Translation.objects.get(
        source__object_id=page.translation_key, target_locale=locale
    )
    return translation


def translated(po, strings):
    for entry in po:
        if entry.msgid in strings:
            entry.msgstr = strings[entry.msgid]
    return po


def test_po_round_trip_publishes_the_translated_text(
    client, post, english_blog, locale_en, django_capture_on_commit_callbacks
):
    translation = start_translation(post, locale_en)
    po = translation.export_po()
    assert {TITLE, PARAGRAPH} <= {entry.msgid for entry in po}
    strings = {TITLE: "Lessons worth gold", PARAGRAPH: "Living together works out."}
    translation.import_po(translated(po, strings))
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    english = post.get_translation(locale_en)
    assert english.live
    html = client.get(english.url).content.decode()
    assert "Lessons worth gold" in html
    assert "Living together works out." in html
    assert PARAGRAPH not in html


def test_po_translate_starts_once_and_retranslate_follows_the_source(
    post, english_blog, locale_en
):
    strings = {TITLE: "Lessons worth gold", PARAGRAPH: "Living together works out."}
    english, _missing = po_round_trip.translate(post, locale_en, strings)
    english.refresh_from_db()  # published after the target was read
    assert english.live and english.title == "Lessons worth gold"
    started = Translation.objects.filter(source__object_id=post.translation_key)
    assert started.count() == 1
    # An existing translation is never touched by translate.
    assert po_round_trip.translate(post, locale_en, {}) == (None, [])
    post.title = "Nya lärdomar"
    post.save_revision().publish()
    strings["Nya lärdomar"] = "New lessons"
    english, _missing = po_round_trip.retranslate(post, locale_en, strings)
    english.refresh_from_db()
    assert english.live and english.title == "New lessons"
    assert PARAGRAPH not in str(english.body)


@pytest.fixture
def admin_client(client, django_user_model):
    admin = django_user_model.objects.create_superuser("editor", "e@x.example", "pw")
    client.force_login(admin)
    return client


def test_translator_round_trips_a_po_file_in_the_admin(
    admin_client, post, english_blog, locale_en, django_capture_on_commit_callbacks
):
    submit = reverse("wagtail_localize:submit_page_translation", args=[post.pk])
    response = admin_client.post(submit, {"locales": [locale_en.pk]})
    assert response.status_code == 302
    english = post.get_translation(locale_en)
    assert not english.live
    translation = Translation.objects.get(
        source__object_id=post.translation_key, target_locale=locale_en
    )
    download = reverse("wagtail_localize:download_pofile", args=[translation.pk])
    po = polib.pofile(admin_client.get(download).content.decode())
    edited = translated(po, {TITLE: "Lessons worth gold"})
    upload = reverse("wagtail_localize:upload_pofile", args=[translation.pk])
    po_file = io.BytesIO(str(edited).encode())
    po_file.name = "post-en.po"
    edit = reverse("wagtailadmin_pages:edit", args=[english.pk])
    response = admin_client.post(upload, {"file": po_file, "next": edit})
    assert response.status_code == 302
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(edit, {"action": "publish"})
    english.refresh_from_db()
    assert english.live
    assert english.title == "Lessons worth gold"
    assert "Lessons worth gold" in admin_client.get(english.url).content.decode()


def test_po_file_of_another_translation_is_refused(
    admin_client, post, english_blog, locale_en
):
    translation = start_translation(post, locale_en)
    other = start_translation(StandardPageFactory(), locale_en)
    po = translated(
        other.export_po(), {entry.msgid: "x" for entry in other.export_po()}
    )
    po_file = io.BytesIO(str(po).encode())
    po_file.name = "other-en.po"
    upload = reverse("wagtail_localize:upload_pofile", args=[translation.pk])
    response = admin_client.post(upload, {"file": po_file}, follow=True)
    assert response.status_code == 200
    levels = [message.level_tag for message in response.context["messages"]]
    assert levels == ["error"]
    assert not translation.source.stringsegment_set.filter(
        string__translations__locale=locale_en
    ).exists()


def test_new_swedish_post_gets_an_english_draft_that_is_not_listed(
    client, post, english_blog, locale_en
):
    new = BlogPostPageFactory(parent=post.get_parent(), title="Nytt inlägg", live=False)
    new.save_revision().publish()
    draft = BlogPostPage.objects.get(
        translation_key=new.translation_key, locale=locale_en
    )
    assert not draft.live
    assert draft.get_parent().pk == english_blog.pk
    assert "Nytt inlägg" not in client.get(english_blog.url).content.decode()
    assert client.get(draft.url).status_code == 404
    # Publishing the Swedish page again does not start a second translation.
    new.save_revision().publish()
    assert Page.objects.filter(translation_key=new.translation_key).count() == 2


def test_new_page_under_an_untranslated_parent_gets_no_draft(post, locale_en):
    new = BlogPostPageFactory(parent=post.get_parent(), live=False)
    new.save_revision().publish()
    assert not new.has_translation(locale_en)


@pytest.fixture
def company_tree(site, home_page):
    person = PersonFactory(role="projektansvarig")
    lab = LabPageFactory(contact_person=PersonFactory())
    BlogPostPageFactory(
        parent=BlogIndexPageFactory(parent=home_page), authors=[person], related_lab=lab
    )
    settings = SiteSettings.for_site(site)
    settings.footer_text = FooterTextFactory()
    settings.save()
    return home_page


def test_translate_tree_starts_drafts_of_every_page_and_snippet(
    company_tree, locale_en
):
    pages = company_tree.get_descendants(inclusive=True)
    report = translate_tree(company_tree)
    assert len(report.pages) == pages.count() == 5
    english = Page.objects.filter(locale=locale_en)
    assert english.count() == 5
    assert not english.live().exists()
    assert Person.objects.filter(locale=locale_en).count() == 2
    english_lab = english.type(LabPageFactory._meta.model).get().specific
    assert english_lab.contact_person.locale == locale_en
    again = translate_tree(company_tree)
    assert (again.pages, again.snippets) == ([], [])
    assert Page.objects.filter(locale=locale_en).count() == 5


def test_translate_site_command(company_tree, locale_en):
    out = io.StringIO()
    call_command("translate_site", "localhost", stdout=out)
    assert "5 page(s) and 6 snippet(s) sent for translation" in out.getvalue()
    assert FooterText.objects.filter(locale=locale_en).exists()
    out = io.StringIO()
    call_command("translate_site", "localhost", "--locale", "en", stdout=out)
    assert "0 page(s) and 0 snippet(s)" in out.getvalue()
    assert TranslationSource.objects.count() == 11


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["nowhere.example"], "No site has the hostname"),
        (["localhost", "--locale", "fi"], "Unknown locale(s): fi"),
        (["localhost", "--user", "nobody"], "No user is called"),
    ],
)
def test_translate_site_command_explains_bad_input(db, args, message):
    with pytest.raises(
        CommandError, match=message.replace("(", r"\(").replace(")", r"\)")
    ):
        call_command("translate_site", *args)
