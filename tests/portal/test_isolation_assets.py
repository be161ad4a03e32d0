"""Company B's images, documents, submissions, collections, snippets and settings
are invisible and unusable for an editor of company A, through the admin views."""

from wagtail.documents import get_document_model
from wagtail.images import get_image_model

import pytest

from portal.models import FooterText, Organisation, Person
from tests.portal.isolation import LANGUAGES, refused

pytestmark = pytest.mark.django_db

SNIPPETS = {"person": Person, "organisation": Organisation, "footertext": FooterText}


def text(response):
    assert response.status_code == 200
    return response.content.decode()


def test_b_images_absent_from_listing_and_chooser(as_editor, world):
    for url in ("/admin/images/", "/admin/images/chooser/"):
        page = text(as_editor.get(url))
        assert "B-bild" not in page and "A-bild" in page


def test_b_image_direct_urls_refused(as_editor, world):
    image = world.b.image
    assert refused(as_editor.get(f"/admin/images/{image.pk}/"))
    assert refused(as_editor.post(f"/admin/images/{image.pk}/", {"title": "Ändrad"}))
    assert refused(as_editor.post(f"/admin/images/{image.pk}/delete/"))
    assert refused(as_editor.get(f"/admin/images/chooser/{image.pk}/"))
    assert get_image_model().objects.get(pk=image.pk).title == "B-bild"


def test_b_documents_absent_from_listing_and_chooser(as_editor, world):
    for url in ("/admin/documents/", "/admin/documents/chooser/"):
        page = text(as_editor.get(url))
        assert "B-dokument" not in page and "A-dokument" in page


def test_b_document_direct_urls_refused(as_editor, world):
    document = world.b.document
    assert refused(as_editor.get(f"/admin/documents/edit/{document.pk}/"))
    assert refused(as_editor.post(f"/admin/documents/delete/{document.pk}/"))
    assert refused(as_editor.get(f"/admin/documents/chooser/{document.pk}/"))
    assert get_document_model().objects.filter(pk=document.pk).exists()


@pytest.mark.parametrize("language", LANGUAGES)
def test_b_form_submissions_invisible(as_editor, world, language):
    listing = text(as_editor.get("/admin/forms/"))
    assert f"/admin/forms/submissions/{world.a.forms[language].pk}/" in listing
    assert f"/admin/forms/submissions/{world.b.forms[language].pk}/" not in listing
    b_submissions = f"/admin/forms/submissions/{world.b.forms[language].pk}/"
    assert refused(as_editor.get(b_submissions))
    assert refused(as_editor.get(b_submissions, {"export": "csv"}))
    own = text(as_editor.get(f"/admin/forms/submissions/{world.a.forms[language].pk}/"))
    assert "A-brev" in own and "B-brev" not in own


def test_collections_are_not_managed_by_editors(as_editor, world):
    assert refused(as_editor.get("/admin/collections/"))
    assert refused(as_editor.get(f"/admin/collections/{world.b.collection.pk}/"))
    upload_form = text(as_editor.get("/admin/images/multiple/add/"))
    assert "Bolag A" in upload_form and "Bolag B" not in upload_form


@pytest.mark.parametrize("model_name", SNIPPETS)
def test_b_snippets_absent_from_listings_and_choosers(as_editor, world, model_name):
    for url in (
        f"/admin/snippets/portal/{model_name}/",
        f"/admin/snippets/choose/portal/{model_name}/",
    ):
        page = text(as_editor.get(url))
        assert "A-" in page and "B-" not in page


@pytest.mark.parametrize("model_name", SNIPPETS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_b_snippet_direct_urls_refused(as_editor, world, model_name, language):
    source = world.b.snippets[model_name]
    obj = source if language == "sv" else source.get_translations().get()
    base = f"/admin/snippets/portal/{model_name}"
    assert refused(as_editor.get(f"{base}/edit/{obj.pk}/"))
    assert refused(as_editor.post(f"{base}/edit/{obj.pk}/", {"name": "Ändrad"}))
    assert refused(as_editor.post(f"{base}/delete/{obj.pk}/"))
    assert refused(as_editor.get(f"{base}/usage/{obj.pk}/"))
    assert refused(as_editor.get(f"{base}/history/{obj.pk}/"))
    chooser = f"/admin/snippets/choose/portal/{model_name}/chosen/{obj.pk}/"
    assert refused(as_editor.get(chooser))
    bulk = f"{base}/multiple/delete/?id={obj.pk}"
    assert refused(as_editor.post(bulk))
    assert SNIPPETS[model_name].objects.get(pk=obj.pk).name == obj.name


def test_new_snippet_belongs_to_the_editors_company(as_editor, world):
    form = text(as_editor.get("/admin/snippets/portal/organisation/add/"))
    assert "Bolag B" not in form
    response = as_editor.post(
        "/admin/snippets/portal/organisation/add/",
        {"name": "Ny partner", "website": "", "site": world.b.site.pk},
    )
    assert response.status_code == 200  # B is not a valid choice
    assert not Organisation.objects.filter(name="Ny partner").exists()
    as_editor.post(
        "/admin/snippets/portal/organisation/add/",
        {"name": "Ny partner", "website": "", "site": world.a.site.pk},
    )
    assert Organisation.objects.get(name="Ny partner").site == world.a.site


def test_b_site_settings_cannot_be_opened(as_editor, world):
    own = as_editor.get(f"/admin/settings/portal/sitesettings/{world.a.site.pk}/")
    assert own.status_code == 200
    b_settings = f"/admin/settings/portal/sitesettings/{world.b.site.pk}/"
    assert refused(as_editor.get(b_settings))
    assert refused(as_editor.post(b_settings, {"organisation_name": "Kapad"}))
