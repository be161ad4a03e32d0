"""wagtail-localize's admin views refuse company B's pages, snippets and
translations to an editor of company A, and change nothing when they do."""

import io
import json

from django.contrib.auth.models import Group, Permission
from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart
from django.urls import reverse

from wagtail.models import Locale, Page
from wagtail_localize.models import SegmentOverride, StringTranslation, Translation
from wagtail_localize.operations import TranslationCreator

import pytest

from portal.models import Person
from tests.factories.images import ImageFactory
from tests.factories.pages import StandardPageFactory
from tests.factories.snippets import PersonFactory
from tests.portal.isolation import refused

pytestmark = pytest.mark.django_db


def translate(obj):
    english = Locale.objects.get(language_code="en")
    TranslationCreator(None, [english]).create_translations(obj)
    return Translation.objects.get(
        source__object_id=obj.translation_key, target_locale=english
    )


@pytest.fixture
def snippet_translations(world):
    """A person of each company, translated through wagtail-localize."""
    return {
        letter: translate(
            PersonFactory(
                name=f"{letter}-översatt", role=f"{letter}-roll", site=company.site
            )
        )
        for letter, company in (("A", world.a), ("B", world.b))
    }


@pytest.fixture
def may_translate(world):
    """Company groups cannot submit translations today; these views must not
    rely on it, since wagtail-localize checks no object permission there."""
    group = Group.objects.get(name="Bolag A – redaktörer")
    group.permissions.add(
        Permission.objects.get(
            content_type__app_label="wagtail_localize", codename="submit_translation"
        )
    )


def localize(name, *args):
    return reverse(f"wagtail_localize:{name}", args=args)


def test_b_snippet_translation_cannot_be_read_or_changed(
    as_editor, snippet_translations
):
    translation = snippet_translations["B"]
    segment = translation.source.stringsegment_set.first()
    po = translation.export_po()
    for entry in po:
        entry.msgstr = "Läckt"
    po_file = io.BytesIO(str(po).encode())
    po_file.name = "b.po"
    pk = translation.pk
    attempts = [
        as_editor.get(localize("download_pofile", pk)),
        as_editor.post(localize("upload_pofile", pk), {"file": po_file}),
        as_editor.put(
            localize("edit_string_translation", pk, segment.pk),
            "value=L%C3%A4ckt",
            content_type="application/x-www-form-urlencoded",
        ),
        as_editor.post(localize("stop_translation", pk)),
        as_editor.post(localize("machine_translate", pk)),
    ]
    assert all(refused(response) for response in attempts)
    assert not StringTranslation.objects.filter(data="Läckt").exists()
    assert Translation.objects.get(pk=pk).enabled


def test_b_snippet_translation_editor_is_refused(as_editor, snippet_translations):
    target = snippet_translations["B"].get_target_instance()
    url = f"/admin/snippets/portal/person/edit/{target.pk}/"
    assert refused(as_editor.get(url))
    assert refused(as_editor.post(url, {"localize-restart-translation": "1"}))


def test_b_page_translation_views_are_refused(as_editor, world):
    home = world.b.homes["en"]
    translation = Translation.objects.get(
        source__object_id=home.translation_key, target_locale=home.locale
    )
    pk = translation.pk
    assert refused(as_editor.get(localize("download_pofile", pk)))
    assert refused(as_editor.get(localize("preview_translation", pk)))
    assert refused(as_editor.post(localize("stop_translation", pk)))
    assert refused(as_editor.post(localize("convert_to_alias", home.pk)))
    assert Translation.objects.get(pk=pk).enabled
    assert Page.objects.get(pk=home.pk).alias_of_id is None


def test_b_objects_cannot_be_submitted_or_synced(
    as_editor, world, snippet_translations, may_translate
):
    page = StandardPageFactory(parent=world.b.homes["sv"], title="Hemlig B-nyhet")
    person = PersonFactory(name="B-ny", site=world.b.site)
    english = Locale.objects.get(language_code="en")
    source = snippet_translations["B"].source
    urls = [
        localize("submit_page_translation", page.pk),
        localize("submit_snippet_translation", "portal", "person", person.pk),
        localize("update_translations", source.pk),
    ]
    for url in urls:
        assert refused(as_editor.get(url))
        assert refused(
            as_editor.post(url, {"locales": [english.pk], "publish_translations": "1"})
        )
    assert not page.get_translations().exists()
    assert not person.get_translations().exists()
    assert source.translations.get().get_target_instance().name == "B-översatt"


def test_own_translations_stay_usable(as_editor, world, snippet_translations):
    translation = snippet_translations["A"]
    response = as_editor.get(localize("download_pofile", translation.pk))
    assert response.status_code == 200 and "A-roll" in response.content.decode()


def test_own_objects_may_be_submitted(as_editor, world, may_translate):
    person = PersonFactory(name="A-ny", site=world.a.site)
    url = localize("submit_snippet_translation", "portal", "person", person.pk)
    assert as_editor.get(url).status_code == 200
    english = Locale.objects.get(language_code="en")
    assert as_editor.post(url, {"locales": [english.pk]}).status_code == 302
    assert person.get_translations().get().locale == english


def test_snippet_api_lists_only_own_snippets(as_editor, world):
    listing = as_editor.get(localize("snippets_api_listing", "portal", "person"))
    names = {row["title"] for row in json.loads(listing.content)}
    assert any(name.startswith("A-person") for name in names)
    assert not any(name.startswith("B-") for name in names)
    b_person = world.b.snippets["person"]
    detail = localize("snippets_api_detail", "portal", "person", b_person.pk)
    assert refused(as_editor.get(detail))
    assert Person.objects.filter(pk=b_person.pk).exists()


def test_translations_report_lists_only_own(as_editor, world, snippet_translations):
    for name in ("translations_report", "translations_report_results"):
        report = as_editor.get(localize(name)).content.decode()
        assert "A-översatt" in report
        assert "B-översatt" not in report and "Bolag B" not in report


def test_moderator_reaches_every_company(client, world, snippet_translations):
    client.force_login(world.moderator)
    translation = snippet_translations["B"]
    response = client.get(localize("download_pofile", translation.pk))
    assert response.status_code == 200 and "B-roll" in response.content.decode()
    report = client.get(localize("translations_report")).content.decode()
    assert "A-översatt" in report and "B-översatt" in report


def override(client, translation, path, value):
    segment = translation.source.overridablesegment_set.get(context__path=path)
    url = localize("edit_override", translation.pk, segment.pk)
    data = encode_multipart(BOUNDARY, {"value": value})  # as the editor sends it
    return client.put(url, data, MULTIPART_CONTENT)


def test_own_translation_cannot_take_b_objects_as_overrides(
    as_editor, world, snippet_translations
):
    """The translation editor's synchronised values are chooser ids too."""
    page = StandardPageFactory(
        parent=world.a.homes["sv"],
        hero_image=world.a.image,
        hero_image_alt="Bild",
        body=[("image", {"image": world.a.image, "alt_text": "Bild", "caption": ""})],
    )
    translation = translate(page)
    block_id = page.body[0].id
    person = snippet_translations["A"]
    attempts = [
        override(as_editor, translation, "hero_image", world.b.image.pk),
        override(as_editor, translation, f"body.{block_id}.image", world.b.image.pk),
        override(as_editor, person, "site", world.b.site.pk),
    ]
    assert all(refused(response) for response in attempts)
    assert not SegmentOverride.objects.exists()
    own = ImageFactory(title="A-bild 2", collection=world.a.collection)
    response = override(as_editor, translation, "hero_image", own.pk)
    assert response.status_code == 201
