import datetime

from django.core import mail

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

import pytest
from pytest_django.asserts import assertContains, assertNotContains

from home.models import AccessibilityReport, AccessibilityStatementPage, HomePage
from home.models.accessibility import DIGG_COMPLAINT_URL, a_year_before
from portal.models import SiteSettings
from tests.factories.pages import AccessibilityStatementPageFactory, HomePageFactory

pytestmark = pytest.mark.django_db

REPORT = {
    "kind": "problem",
    "location": "/blogg/",
    "message": "Bilden på startsidan saknar alternativtext.",
    "name": "Kim",
    "email": "kim@example.se",
}


@pytest.fixture
def contact(site):
    settings = SiteSettings.for_site(site)
    settings.email = "info@bodensbostader.example"
    settings.save()
    return settings.email


def overdue(page):
    page.assessment_date = page.last_updated = datetime.date(2020, 1, 15)
    page.save_revision().publish()
    return page


class TestStatementTreeRules(WagtailPageTestCase):
    def setUp(self):
        self.login()

    def test_statement_lives_under_a_home_and_has_no_children(self):
        self.assertAllowedParentPageTypes(AccessibilityStatementPage, {HomePage})
        self.assertAllowedSubpageTypes(AccessibilityStatementPage, set())

    def test_a_site_holds_one_statement_per_language(self):
        home = HomePage.objects.get(depth=2)
        assert AccessibilityStatementPage.can_create_at(home)
        AccessibilityStatementPageFactory(parent=home)
        assert not AccessibilityStatementPage.can_create_at(home)
        assert AccessibilityStatementPage.can_create_at(HomePageFactory())

    def test_editor_can_create_a_statement(self):
        home = HomePage.objects.get(depth=2)
        item = {"content": "Filmer", "reason": "Ingen syntolkning", "criterion": ""}
        self.assertCanCreate(
            home,
            AccessibilityStatementPage,
            nested_form_data(
                {
                    "title": "Tillgänglighetsredogörelse",
                    "slug": "tillganglighetsredogorelse",
                    "intro": rich_text("<p>Vi vill att alla kan använda sidan.</p>"),
                    "organisation_name": "Bodens Bostäder",
                    "service_name": "bodensbostader.example",
                    "compliance": "partial",
                    "inaccessible_content": streamfield([("item", item)]),
                    "disproportionate_burden": rich_text(""),
                    "outside_scope": rich_text(""),
                    "accessible_format": rich_text("<p>Ring oss.</p>"),
                    "assessment_date": "2026-02-03",
                    "assessment_method": "self",
                    "last_updated": "2026-02-03",
                    "body": streamfield([]),
                }
            ),
        )


def test_statement_renders_the_digg_model_sections(client, contact):
    page = AccessibilityStatementPageFactory()
    response = client.get(page.url)
    assert response.status_code == 200
    assertContains(response, "bodensbostader.example är delvis förenlig med lagen")
    assertContains(response, "Filmerna saknar syntolkning")
    assertContains(response, "1.2.5 Syntolkning (nivå AA)")
    assertContains(response, f'<a href="{DIGG_COMPLAINT_URL}">')
    assertNotContains(response, "csrfmiddlewaretoken")
    assertContains(response, "<legend>Vad vill du göra?</legend>", html=True)
    assertContains(response, page.assessment_date.strftime("%Y-%m-%d"))


def test_every_footer_links_the_statement_in_its_language(client, home_page, translate):
    page = AccessibilityStatementPageFactory(parent=home_page)
    english = translate(page, title="Accessibility statement")
    assertContains(
        client.get("/"), f'<a href="{page.url}">Tillgänglighetsredogörelse</a>'
    )
    english_home = english.get_parent()
    response = client.get(english_home.url)
    assertContains(response, f'<a href="{english.url}">Accessibility statement</a>')


def test_footer_has_no_statement_link_until_one_is_published(client, home_page):
    assertNotContains(client.get("/"), "Tillgänglighetsredogörelse")


def test_feedback_is_stored_and_emailed_to_the_sites_contact(client, contact):
    page = AccessibilityStatementPageFactory()
    response = client.post(page.url, REPORT)
    assert response.status_code == 303
    assert response["Location"].endswith("?sent=1#feedback")
    report = AccessibilityReport.objects.get()
    assert report.page.pk == page.pk and report.message == REPORT["message"]
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [contact]
    assert mail.outbox[0].reply_to == ["kim@example.se"]
    assert REPORT["message"] in mail.outbox[0].body
    assertContains(client.get(response["Location"]), 'role="status"')


def test_feedback_without_a_site_email_is_still_stored(client, site):
    page = AccessibilityStatementPageFactory()
    response = client.post(page.url, {**REPORT, "kind": "format", "email": ""})
    assert response.status_code == 303
    assert AccessibilityReport.objects.get().kind == "format"
    assert not mail.outbox


def test_invalid_feedback_gets_errors_tied_to_fields_and_keeps_input(client, contact):
    page = AccessibilityStatementPageFactory()
    data = {**REPORT, "message": "", "email": "inte-en-adress", "kind": "annat"}
    response = client.post(page.url, data)
    assert response.status_code == 400
    assertContains(response, 'id="id_message_error"', status_code=400)
    assertContains(
        response, 'aria-describedby="id_email_help id_email_error"', status_code=400
    )
    assertContains(response, 'id="id_kind_error"', status_code=400)
    assertContains(
        response, 'value="/blogg/"', status_code=400
    )  # nothing typed is lost
    assert not AccessibilityReport.objects.exists()
    assert not mail.outbox


def test_last_update_cannot_precede_the_assessment():
    page = AccessibilityStatementPageFactory.build(
        assessment_date=datetime.date(2026, 3, 1),
        last_updated=datetime.date(2026, 2, 1),
    )
    with pytest.raises(Exception, match="last_updated"):
        page.full_clean()


def test_review_is_overdue_a_year_after_the_last_update():
    today = datetime.date.today()
    page = AccessibilityStatementPageFactory.build(
        assessment_date=a_year_before(today), last_updated=a_year_before(today)
    )
    assert not page.review_overdue
    page.last_updated -= datetime.timedelta(days=1)
    assert page.review_overdue


def test_admin_dashboard_and_editor_warn_of_an_overdue_review(admin_client):
    fresh = AccessibilityStatementPageFactory()
    dashboard = admin_client.get("/admin/")
    assertNotContains(dashboard, "overdue-accessibility-statements")
    late = overdue(fresh)
    dashboard = admin_client.get("/admin/")
    assertContains(dashboard, "overdue-accessibility-statements")
    assertContains(dashboard, f"/admin/pages/{late.pk}/edit/")
    editor = admin_client.get(f"/admin/pages/{late.pk}/edit/")
    assertContains(editor, "help-warning")


def test_editor_sees_readers_reports(admin_client, client):
    page = AccessibilityStatementPageFactory()
    client.post(page.url, REPORT)
    editor = admin_client.get(f"/admin/pages/{page.pk}/edit/")
    assertContains(editor, REPORT["message"])


def test_statement_renders_in_few_queries_whatever_it_lists(client, count_queries):
    page = AccessibilityStatementPageFactory()
    first = count_queries(client, page.url)
    page.inaccessible_content = page.inaccessible_content.raw_data[:] * 30
    page.save_revision().publish()
    for _ in range(30):
        AccessibilityReport.objects.create(page=page, message="Hej")
    assert first == count_queries(client, page.url) <= 12
    assert Page.objects.filter(pk=page.pk).exists()
