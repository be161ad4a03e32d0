"""Exported cells a reader wrote never run as formulas in a spreadsheet."""

import csv
import io

from django.utils import timezone

from wagtail.contrib.forms.models import FormSubmission

import openpyxl
import pytest

from blog.models import Subscriber
from portal.security.exports import neutralise
from tests.factories.pages import FormFieldFactory

pytestmark = pytest.mark.django_db

DANGEROUS = ["=1+1", "+1+1", "-1+1", "@SUM(A1)", "\t=1+1", "\r=1+1"]


@pytest.mark.parametrize("value", DANGEROUS)
def test_a_cell_starting_like_a_formula_gets_a_quote(value):
    assert neutralise(value) == f"'{value}"


@pytest.mark.parametrize("value", ["Hej", "a=b", "", " =1", 5, None])
def test_other_cells_are_unchanged(value):
    assert neutralise(value) == value


def csv_rows(response):
    content = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.reader(io.StringIO(content)))


def xlsx_rows(response):
    book = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    return [list(row) for row in book.active.iter_rows(values_only=True)]


def column(rows, heading):
    """The column's cells, sorted; XLSX stores a carriage return as a newline."""
    index = rows[0].index(heading)
    return sorted(row[index].replace("\r", "\n") for row in rows[1:])


def quoted(values):
    return sorted(f"'{value}".replace("\r", "\n") for value in values)


@pytest.fixture
def submissions():
    field = FormFieldFactory(label="=Meddelande")
    for value in DANGEROUS:
        FormSubmission.objects.create(page=field.page, form_data={"meddelande": value})
    return field.page


@pytest.mark.parametrize(("export", "read"), [("csv", csv_rows), ("xlsx", xlsx_rows)])
def test_form_submissions_export_neutralises_formulas(
    admin_client, submissions, export, read
):
    response = admin_client.get(
        f"/admin/forms/submissions/{submissions.pk}/", {"export": export}
    )
    assert response.status_code == 200
    rows = read(response)
    assert "'=Meddelande" in rows[0]  # an editor's label is a heading
    assert column(rows, "'=Meddelande") == quoted(DANGEROUS)


@pytest.mark.parametrize(("export", "read"), [("csv", csv_rows), ("xlsx", xlsx_rows)])
def test_subscriber_export_neutralises_formulas(admin_client, site, export, read):
    # Each is a valid address: = and + may start one, and - too.
    emails = ["=1+1@example.se", "+1@example.se", "-1@example.se", "@x"]
    for email in emails:
        Subscriber.objects.create(
            email=email,
            language="sv",
            confirmed_at=timezone.now(),
            consent_source="footer",
        )
    response = admin_client.get("/admin/subscribers/", {"export": export})
    assert response.status_code == 200
    assert column(read(response), "E-post") == quoted(emails)
