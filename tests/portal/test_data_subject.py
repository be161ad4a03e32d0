"""Data-subject requests: a portal moderator finds, exports and erases everything
one address made on every site, in one confirmed action that is logged as
counts; company editors and publishers cannot reach it. Company A's people see
only A in the retention report."""

import csv
import io
import json

from django.utils import timezone

from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import ModelLogEntry

import pytest

from blog.models import Delivery, Subscriber
from home.models import AccessibilityReport, AccessibilityStatementPage
from portal.privacy.audit import ERASURE, EXTRACT, address_digest
from tests.portal.isolation import refused

pytestmark = pytest.mark.django_db

URL = "/admin/privacy/data-subject/"
ANNA = "anna@example.se"


def subscribe(email, site, language="sv"):
    return Subscriber.objects.create(
        email=email,
        site=site,
        language=language,
        confirmed_at=timezone.now(),
        consent_source="footer",
    )


def statement(company):
    return AccessibilityStatementPage.objects.descendant_of(company.homes["sv"]).get()


@pytest.fixture
def anna(world):
    """Anna's rows on A, B and the portal, and someone else's beside them."""
    a, b = world.a, world.b
    rows = {
        "a_subscription": subscribe(ANNA, a.site),
        "b_subscription": subscribe(ANNA, b.site, "en"),
        "portal_subscription": subscribe(ANNA, None),
        "a_submission": FormSubmission.objects.create(
            page=a.forms["sv"],
            form_data={"e_postadress": "Anna@Example.se", "meddelande": "=1+1"},
        ),
        "b_feedback": AccessibilityReport.objects.create(
            page=statement(b), message="Svårläst", email="ANNA@example.se"
        ),
    }
    rows["delivery"] = Delivery.objects.create(
        subscriber=rows["b_subscription"], post=b.posts["en"]
    )
    others = [
        subscribe("bertil@example.se", a.site),
        FormSubmission.objects.create(
            page=a.forms["sv"],
            form_data={"e_postadress": "bertil@example.se", "meddelande": ANNA},
        ),
        AccessibilityReport.objects.create(page=statement(a), message="Hej"),
    ]
    return rows, others


def exists(row):
    return type(row).objects.filter(pk=row.pk).exists()


@pytest.fixture
def as_moderator(client, world):
    client.force_login(world.moderator)
    return client


def test_moderator_finds_every_kind_on_every_site(as_moderator, anna):
    response = as_moderator.post(URL, {"email": ANNA, "action": "find"})
    assert response.status_code == 200
    found = {kind.key: count for kind, count in response.context["found"]}
    assert found == {
        "form_submissions": 1,
        "accessibility_feedback": 1,
        "delivery_logs": 1,
        "subscriptions": 3,
    }


def test_json_extract_holds_every_row_the_address_made(as_moderator, anna, world):
    response = as_moderator.post(URL, {"email": ANNA, "action": "json"})
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    assert "no-store" in response["Cache-Control"]
    data = json.loads(response.content)["data"]
    sites = sorted(item["site"] for item in data["subscriptions"]["items"])
    assert sites == ["", "a.example.se", "b.example.se"]
    assert data["form_submissions"]["items"][0]["answers"]["meddelande"] == "=1+1"
    assert data["accessibility_feedback"]["items"][0]["site"] == "b.example.se"
    assert data["delivery_logs"]["items"][0]["post"] == world.b.posts["en"].title
    assert "bertil" not in response.content.decode()
    entry = ModelLogEntry.objects.get(action=EXTRACT)
    assert entry.user_id == world.moderator.pk
    assert entry.data == {
        "counts": {
            "form_submissions": 1,
            "accessibility_feedback": 1,
            "delivery_logs": 1,
            "subscriptions": 3,
        }
    }


def test_csv_extract_cells_are_never_formulas(as_moderator, anna):
    response = as_moderator.post(URL, {"email": ANNA, "action": "csv"})
    text = response.content.decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    answers = {row["field"]: row["value"] for row in rows if row["field"]}
    assert answers["answers.meddelande"] == "'=1+1"
    assert answers["answers.e_postadress"] == "Anna@Example.se"
    assert len({row["kind"] for row in rows}) == 4


def test_erasure_needs_the_confirmation(as_moderator, anna):
    rows, _others = anna
    response = as_moderator.post(URL, {"email": ANNA, "action": "erase"})
    assert response.status_code == 400
    assert "confirm" in response.context["form"].errors
    assert all(exists(row) for row in rows.values())
    assert not ModelLogEntry.objects.filter(action=ERASURE).exists()


def test_confirmed_erasure_deletes_everything_on_every_site_and_nothing_else(
    as_moderator, anna, world
):
    rows, others = anna
    data = {"email": " Anna@Example.SE ", "action": "erase", "confirm": "on"}
    response = as_moderator.post(URL, data)
    assert response.status_code == 302
    assert not any(exists(row) for row in rows.values())
    assert all(exists(row) for row in others)
    assert world.b.posts["en"].__class__.objects.filter(pk=world.b.posts["en"].pk)
    entry = ModelLogEntry.objects.get(action=ERASURE)
    assert entry.user_id == world.moderator.pk
    assert entry.data["counts"] == {
        "form_submissions": 1,
        "accessibility_feedback": 1,
        "delivery_logs": 1,
        "subscriptions": 3,
    }
    assert entry.data["address_digest"] == address_digest(ANNA)
    logged = str(list(ModelLogEntry.objects.values("data", "label")))
    assert "anna" not in logged.lower()
    again = as_moderator.post(URL, {"email": ANNA, "action": "find"})
    assert {count for _kind, count in again.context["found"]} == {0}


def test_bad_input_gets_a_clear_400(as_moderator, anna):
    response = as_moderator.post(URL, {"email": "inte en adress", "action": "find"})
    assert response.status_code == 400
    assert "email" in response.context["form"].errors
    assert as_moderator.post(URL, {"email": ANNA, "action": "x"}).status_code == 400


@pytest.mark.parametrize("who", ["editor", "publisher"])
def test_company_people_cannot_reach_data_subject_requests(client, world, anna, who):
    rows, _others = anna
    client.force_login(getattr(world, who))
    assert refused(client.get(URL))
    for action in ("find", "json", "csv"):
        assert refused(client.post(URL, {"email": ANNA, "action": action}))
    erase = {"email": ANNA, "action": "erase", "confirm": "on"}
    assert refused(client.post(URL, erase))
    assert all(exists(row) for row in rows.values())
    assert URL not in client.get("/admin/").content.decode()


def test_moderators_see_the_menu_item(as_moderator):
    assert URL in as_moderator.get("/admin/").content.decode()


def test_company_sees_only_its_own_retention_report(as_editor, world, anna):
    url = "/admin/privacy/retention/"
    response = as_editor.get(url)
    assert response.status_code == 200
    assert response.context["site"] == world.a.site
    assert list(response.context["sites"]) == [world.a.site]
    assert "Bolag B" not in response.content.decode()
    assert refused(as_editor.get(url, {"site": world.b.site.pk}))
    for wrong in ("x", "9" * 30):
        assert as_editor.get(url, {"site": wrong}).status_code == 404


def test_report_counts_what_the_next_thirty_days_delete(client, world, anna):
    client.force_login(world.moderator)
    old = FormSubmission.objects.create(page=world.b.forms["en"], form_data={})
    moment = timezone.now() - timezone.timedelta(days=350)
    FormSubmission.objects.filter(pk=old.pk).update(submit_time=moment)
    response = client.get("/admin/privacy/retention/", {"site": world.b.site.pk})
    rows = {row["batch"].kind.key: row for row in response.context["kinds"]}
    assert rows["form_submissions"]["dates"] == [
        ((moment + timezone.timedelta(days=365)).astimezone().date(), 1)
    ]
    assert rows["delivery_logs"]["dates"] == []
    assert "search_logs" not in rows  # portal-wide: on the portal's report
