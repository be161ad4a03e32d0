"""What the home app keeps about readers, for portal.privacy.

Contact form submissions (Wagtail's FormSubmission, on every form page) and
accessibility feedback (AccessibilityReport), which is kept until an editor
marks it answered and only then starts its period.
"""

from django.utils.translation import gettext_lazy as _

from wagtail.contrib.forms.models import FormSubmission

from home.models.feedback import AccessibilityReport
from home.models.pages import FormField
from portal.privacy.registry import PersonalData, under_site

__all__ = ["personal_data"]


def normalised(address):
    return address.strip().lower()


def email_fields():
    """{form page id: clean names of its e-mail fields}."""
    found = {}
    rows = FormField.objects.filter(field_type="email")
    for page_id, name in rows.values_list("page_id", "clean_name"):
        found.setdefault(page_id, set()).add(name)
    return found


def holds_address(form_data, address, fields):
    """Whether the submission gave the address in an e-mail field.

    On a form without one, any answer that is the address itself counts.
    """
    for name, value in form_data.items():
        if fields and name not in fields:
            continue
        values = value if isinstance(value, list) else [value]
        if any(isinstance(v, str) and normalised(v) == address for v in values):
            return True
    return False


def submissions_by(address):
    """Submissions in which the address was given as the sender's.

    Scanned in Python: SQLite stores the JSON with non-ASCII escaped, so a
    database text match would miss addresses such as åsa@exempel.se.
    """
    address, fields = normalised(address), email_fields()
    rows = FormSubmission.objects.only("pk", "page_id", "form_data").order_by("pk")
    ids = [
        row.pk
        for row in rows.iterator()
        if holds_address(row.form_data, address, fields.get(row.page_id))
    ]
    return FormSubmission.objects.filter(pk__in=ids)


def hostname(page):
    site = page.get_site()
    return site.hostname if site else ""


def describe_submission(submission):
    return {
        "site": hostname(submission.page),
        "page": submission.page.title,
        "submitted": submission.submit_time.isoformat(),
        "answers": submission.form_data,
    }


def describe_report(report):
    return {
        "site": hostname(report.page),
        "page": report.page.title,
        "kind": report.kind,
        "location": report.location,
        "message": report.message,
        "name": report.name,
        "email": report.email,
        "submitted": report.submitted_at.isoformat(),
        "answered": report.answered_at.isoformat() if report.answered_at else None,
    }


def personal_data():
    return [
        PersonalData(
            key="form_submissions",
            label=_("Contact form submissions"),
            rows=lambda: FormSubmission.objects.select_related("page"),
            default_days=365,
            min_days=30,
            max_days=730,
            clock="submit_time",
            company=under_site,
            owned_by=submissions_by,
            describe=describe_submission,
        ),
        PersonalData(
            key="accessibility_feedback",
            label=_("Accessibility feedback"),
            rows=lambda: AccessibilityReport.objects.select_related("page"),
            default_days=730,
            min_days=180,
            max_days=1095,
            clock="answered_at",
            counted_from=_("Days from the answer; unanswered feedback is kept."),
            company=under_site,
            owned_by=lambda address: AccessibilityReport.objects.filter(
                email__iexact=normalised(address)
            ),
            describe=describe_report,
        ),
    ]
