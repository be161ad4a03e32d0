from django.core import mail
from django.utils.html import escape

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

import pytest
from pytest_django.asserts import assertContains, assertNotContains, assertTemplateUsed

from blog.models import BlogIndexPage, BlogPostPage
from home.models import AccessibilityStatementPage, FormPage, HomePage, StandardPage
from labs.models import LabIndexPage, VideoIndexPage
from portal.models import SiteSettings
from tests.factories.pages import FormFieldFactory, StandardPageFactory
from tests.factories.snippets import FooterTextFactory

pytestmark = pytest.mark.django_db


class TestHomeTreeRules(WagtailPageTestCase):
    def setUp(self):
        self.login()

    def test_home_page_is_a_site_root_only(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertCanNotCreateAt(HomePage, HomePage)
        self.assertCanNotCreateAt(StandardPage, HomePage)

    def test_home_page_holds_the_sections_of_a_site(self):
        self.assertAllowedSubpageTypes(
            HomePage,
            {
                BlogIndexPage,
                LabIndexPage,
                VideoIndexPage,
                StandardPage,
                FormPage,
                AccessibilityStatementPage,
            },
        )
        self.assertCanNotCreateAt(HomePage, BlogPostPage)

    def test_standard_and_form_pages_nest_under_standard_pages(self):
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage, FormPage})
        self.assertAllowedSubpageTypes(FormPage, set())
        self.assertCanNotCreateAt(BlogIndexPage, StandardPage)

    def test_editor_can_create_standard_page_with_a_body(self):
        home = HomePage.objects.get(depth=2)
        self.assertCanCreate(
            home,
            StandardPage,
            nested_form_data(
                {
                    "title": "Tillgänglighetsredogörelse",
                    "slug": "tillganglighetsredogorelse",
                    "intro": rich_text("<p>Så tillgänglig är webbplatsen.</p>"),
                    "body": streamfield(
                        [("heading", {"text": "Brister", "level": "h2"})]
                    ),
                }
            ),
        )

    def test_editor_can_create_contact_form(self):
        home = HomePage.objects.get(depth=2)
        self.assertCanCreate(
            home,
            FormPage,
            nested_form_data(
                {
                    "title": "Kontakt",
                    "slug": "kontakt",
                    "intro": rich_text("<p>Skriv till oss.</p>"),
                    "thank_you_text": rich_text("<p>Tack!</p>"),
                    "to_address": "info@bostad.example",
                    "from_address": "portal@bostad.example",
                    "subject": "Kontakt",
                    "form_fields": inline_formset(
                        [
                            {
                                "label": "Meddelande",
                                "field_type": "multiline",
                                "required": "on",
                            }
                        ]
                    ),
                }
            ),
        )


def test_standard_page_renders_title_intro_and_body(client):
    page = StandardPageFactory(body__0__heading__text="Hur vi testat webbplatsen")
    response = client.get(page.url)
    assert response.status_code == 200
    assertTemplateUsed(response, "home/standard_page.html")
    assertContains(response, f"<h1>{page.title}</h1>", html=True)
    assertContains(response, "Vi är ett allmännyttigt bostadsföretag.")
    assertContains(response, "Hur vi testat webbplatsen")


def test_every_page_has_a_skip_link_to_main_first(client, home_page):
    content = client.get("/").content.decode()
    assert content.index('class="skip-link" href="#main"') < content.index("<header")
    assert '<main id="main"' in content


def test_footer_shows_the_sites_settings_and_footer_text(client, site):
    settings = SiteSettings.for_site(site)
    settings.organisation_name = "Bodens Bostäder"
    settings.phone = "0921-600 00"
    settings.email = "info@bodensbostader.example"
    settings.instagram = "https://www.instagram.com/bodensbostader.example/"
    settings.footer_text = FooterTextFactory(address="Box 123\n961 00 Boden")
    settings.save()
    response = client.get("/")
    assertContains(response, "Bodens Bostäder")
    assertContains(response, 'href="tel:0921600 00"'.replace(" ", ""))
    assertContains(response, "mailto:info@bodensbostader.example")
    assertContains(response, "961 00 Boden")
    assertContains(response, "https://www.instagram.com/bodensbostader.example/")


def test_footer_follows_settings_edits_at_once(client, site):
    client.get("/")
    settings = SiteSettings.for_site(site)
    settings.organisation_name = "Nytt namn AB"
    settings.save()
    assertContains(client.get("/"), "Nytt namn AB")


def test_menu_lists_live_menu_pages_of_the_site(client, home_page):
    shown = StandardPageFactory(title="Om oss", show_in_menus=True)
    hidden = StandardPageFactory(title="Gömd sida", show_in_menus=False)
    response = client.get("/")
    assertContains(response, f'<a href="{shown.url}">Om oss</a>', html=True)
    assertNotContains(response, hidden.title)


def test_form_page_stores_submission_and_emails_the_company(client):
    field = FormFieldFactory(label="Meddelande")
    response = client.post(
        field.page.url, {"meddelande": "Hej! Vi vill veta mer om BIS."}
    )
    assert response.status_code == 200
    assertTemplateUsed(response, "home/form_page_landing.html")
    assert (
        field.page.get_submission_class().objects.filter(page=field.page).count() == 1
    )
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["kontakt@bostad.example"]
    assert "Vi vill veta mer om BIS" in mail.outbox[0].body


def test_form_page_with_missing_field_shows_error_tied_to_field(client):
    field = FormFieldFactory(label="Meddelande")
    response = client.post(field.page.url, {"meddelande": ""})
    assert response.status_code == 200
    assertContains(response, 'id="id_meddelande_error"')
    assert not field.page.get_submission_class().objects.exists()
    assert not mail.outbox


@pytest.mark.parametrize("language", ["sv", "en"])
def test_home_renders_in_each_language(client, home_page, home_page_en, language):
    url = "/" if language == "sv" else home_page_en.url
    response = client.get(url)
    assert response.status_code == 200
    assertContains(response, f'<html lang="{language}">')
    expected = home_page.title if language == "sv" else home_page_en.title
    assertContains(response, f"<h1>{escape(expected)}</h1>")
