"""The page editor saves nothing behind the editor's back and makes ASCII slugs."""

from django.urls import reverse
from django.utils import translation

from wagtail.models import get_page_models
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

import pytest

from blog.models import BlogPostPage
from home.models import StandardPage
from portal.editing.slugs import free_slug
from tests.factories.pages import StandardPageFactory

pytestmark = pytest.mark.django_db


def add_url(parent):
    return reverse("wagtailadmin_pages:add", args=["home", "standardpage", parent.pk])


def form(title, slug=""):
    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "intro": rich_text("<p>Ingress.</p>"),
            "body": streamfield([]),
        }
    )


def test_create_form_does_not_autosave(admin_client, home_page):
    content = admin_client.get(add_url(home_page)).content.decode()
    assert 'id="page-edit-form"' in content
    assert "w-autosave#save" not in content


def test_edit_form_still_autosaves(admin_client, home_page):
    page = StandardPageFactory(parent=home_page)
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    content = admin_client.get(url).content.decode()
    assert "w-autosave#save" in content


def test_background_save_creates_no_page(admin_client, home_page):
    before = StandardPage.objects.count()
    response = admin_client.post(
        add_url(home_page),
        form("Säsongens öppna hus", "sasongens-oppna-hus"),
        headers={"accept": "application/json"},
    )
    assert response.status_code == 400
    assert response.json()["success"] is False
    assert StandardPage.objects.count() == before


def test_saving_creates_the_page(admin_client, home_page):
    response = admin_client.post(
        add_url(home_page), form("Säsongens öppna hus", "sasongens-oppna-hus")
    )
    assert response.status_code == 302
    assert StandardPage.objects.filter(slug="sasongens-oppna-hus").exists()


def test_empty_slug_is_made_from_the_title_in_ascii(admin_client, home_page):
    admin_client.post(add_url(home_page), form("Språkcafé med kö ut på gatan"))
    page = StandardPage.objects.get(title="Språkcafé med kö ut på gatan")
    assert page.slug == "sprakcafe-med-ko-ut-pa-gatan"


def test_empty_slug_takes_the_first_free_one(admin_client, home_page):
    StandardPageFactory(parent=home_page, title="Öppet hus", slug="oppet-hus")
    admin_client.post(add_url(home_page), form("Öppet hus"))
    slugs = set(home_page.get_children().values_list("slug", flat=True))
    assert {"oppet-hus", "oppet-hus-2"} <= slugs


def test_a_chosen_slug_that_is_taken_is_an_error_on_the_slug(admin_client, home_page):
    StandardPageFactory(parent=home_page, title="Om oss", slug="om-oss")
    response = admin_client.post(add_url(home_page), form("Om oss", "om-oss"))
    assert response.status_code == 200
    assert "slug" in response.context["form"].errors
    assert home_page.get_children().filter(slug="om-oss").count() == 1


def test_free_slug_transliterates_swedish_letters(home_page):
    assert free_slug("Åre, Älvsbyn och Östersund", home_page, StandardPage()) == (
        "are-alvsbyn-och-ostersund"
    )


def test_ascii_slugs_are_configured(settings):
    # The editor's script transliterates only when unicode slugs are off.
    assert settings.WAGTAIL_ALLOW_UNICODE_SLUGS is False


# Filled by Wagtail itself, not by the editor.
NOT_FILLED = {"comment_notifications"}
FEATURE_APPS = {"home", "blog", "labs"}


def page_types():
    return [m for m in get_page_models() if m._meta.app_label in FEATURE_APPS]


@pytest.mark.parametrize("language", ["sv", "en"])
def test_every_field_an_editor_fills_has_help(home_page, language):
    missing = {}
    with translation.override(language):
        for model in page_types():
            form_class = model.get_edit_handler().get_form_class()
            form = form_class(parent_page=home_page, for_user=None)
            empty = [
                name
                for name, field in form.fields.items()
                if name not in NOT_FILLED and not str(field.help_text).strip()
            ]
            if empty:
                missing[model.__name__] = empty
    assert missing == {}


def test_swedish_help_is_swedish(home_page):
    form_class = BlogPostPage.get_edit_handler().get_form_class()
    with translation.override("sv"):
        form = form_class(parent_page=home_page, for_user=None)
        assert "Det labb" in str(form.fields["related_lab"].help_text)
        assert "kommatecken" in str(form.fields["tags"].help_text)


def test_site_settings_help_names_no_tool(admin_client, site):
    url = reverse("wagtailsettings:edit", args=["portal", "sitesettings", site.pk])
    with translation.override("sv"):
        content = admin_client.get(url).content.decode()
    assert "wagtail-localize" not in content
    assert "Personer och organisationer → Sidfotstexter" in content
