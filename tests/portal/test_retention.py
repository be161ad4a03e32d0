"""apply_retention: each kind of personal data goes at its boundary, not a day
earlier, within each company's own period; a dry run changes nothing and
nothing else is ever deleted. Rows are dated directly, then the real command
runs on the real clock."""

import datetime
from io import StringIO

from django.core.management import call_command
from django.utils import timezone

from wagtail.contrib.forms.models import FormSubmission
from wagtail.contrib.search_promotions.models import (
    Query,
    QueryDailyHits,
    SearchPromotion,
)
from wagtail.models import ModelLogEntry

import pytest

from blog.models import Delivery, Subscriber
from home.models import AccessibilityReport
from portal.models import SiteSettings
from portal.privacy.audit import RETENTION_COMPANY, RETENTION_RUN
from tests.factories.pages import (
    AccessibilityStatementPageFactory,
    BlogIndexPageFactory,
    BlogPostPageFactory,
    FormPageFactory,
)
from tests.portal.isolation import refused

pytestmark = pytest.mark.django_db

DAY = datetime.timedelta(days=1)
HOUR = datetime.timedelta(hours=1)


def ago(days, less=datetime.timedelta(0)):
    return timezone.now() - days * DAY + less


def run(*args):
    out = StringIO()
    call_command("apply_retention", *args, stdout=out)
    return out.getvalue()


@pytest.fixture
def pages(home_page, other_site):
    """A form, a statement and a post on the portal and on a company's site."""
    found = {}
    for name, root in (("portal", home_page), ("company", other_site.root_page)):
        found[name] = {
            "form": FormPageFactory(parent=root, slug="kontakt"),
            "statement": AccessibilityStatementPageFactory(parent=root),
            "post": BlogPostPageFactory(parent=BlogIndexPageFactory(parent=root)),
        }
    return found


def submission(page, moment):
    row = FormSubmission.objects.create(page=page, form_data={"namn": "Anna"})
    FormSubmission.objects.filter(pk=row.pk).update(submit_time=moment)
    return row


def report(page, answered):
    return AccessibilityReport.objects.create(
        page=page, message="Hej", answered_at=answered
    )


def subscriber(site=None, **fields):
    fields.setdefault("confirmed_at", ago(400))
    number = Subscriber.objects.count()
    return Subscriber.objects.create(
        email=f"person{number}@example.se",
        site=site,
        language="sv",
        consent_source="footer",
        **fields,
    )


def delivery(post, moment, site=None):
    return Delivery.objects.create(
        subscriber=subscriber(site), post=post, claimed_at=moment, sent_at=moment
    )


def search_log(day):
    query = Query.get(f"sökning {day}")
    return QueryDailyHits.objects.create(query=query, date=day, hits=3)


# key, period, a function making a row whose clock is at a given moment
KINDS = {
    "form_submissions": (365, lambda p, at: submission(p["form"], at)),
    "accessibility_feedback": (730, lambda p, at: report(p["statement"], at)),
    "unconfirmed_subscriptions": (
        7,
        lambda p, at: subscriber(confirmed_at=None, consent_at=at),
    ),
    "unsubscribed_subscribers": (30, lambda p, at: subscriber(unsubscribed_at=at)),
    "delivery_logs": (365, lambda p, at: delivery(p["post"], at)),
}


def exists(row):
    return type(row).objects.filter(pk=row.pk).exists()


@pytest.mark.parametrize("key", KINDS)
def test_each_kind_goes_at_its_boundary_and_not_a_day_earlier(pages, key):
    days, make = KINDS[key]
    portal = pages["portal"]
    a_day_early = make(portal, ago(days - 1))
    an_hour_early = make(portal, ago(days, less=HOUR))
    due = make(portal, ago(days))
    long_due = make(portal, ago(days + 100))
    out = run()
    assert exists(a_day_early) and exists(an_hour_early)
    assert not exists(due) and not exists(long_due)
    assert f"{key} · " in out and "deleted 2" in out


def test_search_logs_go_after_ninety_days_and_promoted_queries_stay(pages):
    today = timezone.localdate()
    kept = search_log(today - 89 * DAY)
    gone = search_log(today - 90 * DAY)
    promoted = search_log(today - 200 * DAY)
    SearchPromotion.objects.create(
        query=promoted.query, page=pages["portal"]["form"], sort_order=0
    )
    run()
    assert exists(kept) and not exists(gone) and not exists(promoted)
    assert not Query.objects.filter(pk=gone.query_id).exists()
    assert Query.objects.filter(pk=promoted.query_id).exists()  # editors' choice


def test_unanswered_feedback_and_active_subscribers_are_kept(pages):
    unanswered = report(pages["portal"]["statement"], None)
    AccessibilityReport.objects.filter(pk=unanswered.pk).update(submitted_at=ago(3000))
    active = subscriber(confirmed_at=ago(3000), consent_at=ago(3000))
    run()
    assert exists(unanswered) and exists(active)


def test_company_period_applies_to_its_own_rows_only(pages, other_site):
    settings = SiteSettings.for_site(other_site)
    settings.retention_days = {"form_submissions": 60}
    settings.save()
    company = submission(pages["company"]["form"], ago(60))
    company_recent = submission(pages["company"]["form"], ago(59))
    portal = submission(pages["portal"]["form"], ago(60))
    run()
    assert not exists(company)
    assert exists(company_recent) and exists(portal)


def test_portal_wide_subscribers_follow_the_portal_and_company_ones_their_company(
    site, other_site
):
    portal_settings = SiteSettings.for_site(site)
    portal_settings.retention_days = {"unsubscribed_subscribers": 10}
    portal_settings.save()
    portal_wide = subscriber(unsubscribed_at=ago(10))
    company = subscriber(other_site, unsubscribed_at=ago(10))
    run()
    assert not exists(portal_wide) and exists(company)


def test_a_stored_period_outside_the_limits_is_held_to_the_nearest(pages, site):
    settings = SiteSettings.for_site(site)
    settings.retention_days = {"form_submissions": 1, "delivery_logs": 5000}
    settings.save()
    two_days = submission(pages["portal"]["form"], ago(2))
    at_minimum = submission(pages["portal"]["form"], ago(30))
    at_maximum = delivery(pages["portal"]["post"], ago(730))
    run()
    assert exists(two_days)
    assert not exists(at_minimum) and not exists(at_maximum)


def test_dry_run_lists_what_is_due_and_changes_nothing(pages):
    due = submission(pages["portal"]["form"], ago(400))
    out = run("--dry-run")
    assert "form_submissions · " in out and "would delete 1" in out
    assert "submit_time from" in out
    assert "Anna" not in out  # counts and dates, never the data
    assert exists(due)
    assert not ModelLogEntry.objects.filter(action__startswith="portal.").exists()


def test_runs_are_idempotent_and_logged_as_counts(pages, other_site, admin_client):
    submission(pages["company"]["form"], ago(400))
    submission(pages["portal"]["form"], ago(400))
    first = run()
    assert "form_submissions 2" in first
    assert "form_submissions 0" in run()
    totals = ModelLogEntry.objects.filter(action=RETENTION_RUN).order_by("pk")
    assert [entry.data["counts"]["form_submissions"] for entry in totals] == [2, 0]
    company = ModelLogEntry.objects.get(
        action=RETENTION_COMPANY, label="Södertälje Bostäder"
    )
    assert company.data == {"counts": {"form_submissions": 1}}
    assert company.object_id == str(SiteSettings.for_site(other_site).pk)
    assert "Anna" not in str(list(ModelLogEntry.objects.values("data", "label")))
    history = admin_client.get("/admin/reports/site-history/").content.decode()
    assert "Gallring (raderat): Meddelanden från kontaktformulär: 2" in history


def test_nothing_else_is_deleted(pages):
    post = pages["portal"]["post"]
    old = delivery(post, ago(400))
    subscriber_id = old.subscriber_id
    submission(pages["portal"]["form"], ago(400))
    run()
    assert Subscriber.objects.filter(pk=subscriber_id).exists()  # still subscribed
    for page in pages["portal"].values():
        assert type(page).objects.filter(pk=page.pk).exists()


def test_settings_form_accepts_periods_within_the_limits(admin_client, other_site):
    url = f"/admin/settings/portal/sitesettings/{other_site.pk}/"
    response = admin_client.post(url, {"retention_form_submissions": "90"})
    assert response.status_code == 302
    settings = SiteSettings.for_site(other_site)
    assert settings.retention_days == {"form_submissions": 90}
    admin_client.post(url, {"retention_form_submissions": ""})
    assert SiteSettings.for_site(other_site).retention_days == {}


@pytest.mark.parametrize(
    ("value", "error"),
    [("29", "Minst 30 dagar"), ("731", "Högst 730 dagar")],
)
def test_settings_form_refuses_periods_outside_the_limits(
    admin_client, other_site, value, error
):
    url = f"/admin/settings/portal/sitesettings/{other_site.pk}/"
    response = admin_client.post(url, {"retention_form_submissions": value})
    assert response.status_code == 200
    errors = response.context["form"].errors["retention_form_submissions"]
    assert any(error in str(message) for message in errors), errors
    assert SiteSettings.for_site(other_site).retention_days == {}


def test_portal_wide_periods_are_set_on_the_portal_only(admin_client, site, other_site):
    portal = admin_client.get(f"/admin/settings/portal/sitesettings/{site.pk}/")
    company = admin_client.get(f"/admin/settings/portal/sitesettings/{other_site.pk}/")
    assert "retention_search_logs" in portal.context["form"].fields
    assert "retention_search_logs" not in company.context["form"].fields
    assert "retention_form_submissions" in company.context["form"].fields


def test_deleted_delivery_logs_never_send_a_post_again(pages, site):
    from django.core import mail

    post = pages["portal"]["post"]
    post.save_revision().publish()
    post.refresh_from_db()
    moment = ago(400)
    type(post).objects.filter(pk=post.pk).update(first_published_at=moment)
    reader = subscriber(confirmed_at=ago(500))  # portal-wide, sent it long ago
    old = Delivery.objects.create(
        subscriber=reader, post=post, claimed_at=moment, sent_at=moment
    )
    run()
    assert not exists(old)
    call_command("send_new_posts", stdout=StringIO())
    assert mail.outbox == []


def test_feedback_is_marked_answered_by_whoever_may_edit_the_statement(
    admin_client, client, pages, django_user_model
):
    page = pages["company"]["statement"]
    feedback = report(page, None)
    url = f"/admin/accessibility-reports/{feedback.pk}/answered/"
    editor = admin_client.get(f"/admin/pages/{page.pk}/edit/")
    assert url in editor.content.decode()
    assert admin_client.get(url).status_code == 200
    outsider = django_user_model.objects.create_user("utomstaende", password="x")
    outsider.user_permissions.add(*access_admin())
    client.force_login(outsider)
    assert refused(client.get(url)) and refused(client.post(url))
    assert AccessibilityReport.objects.get(pk=feedback.pk).answered_at is None
    assert admin_client.post(url).status_code == 302
    answered = AccessibilityReport.objects.get(pk=feedback.pk).answered_at
    assert timezone.now() - answered < HOUR
    assert admin_client.post(url).status_code == 302  # again: the date stays
    huge = f"/admin/accessibility-reports/{'9' * 30}/answered/"
    assert admin_client.post(huge).status_code == 404
    assert AccessibilityReport.objects.get(pk=feedback.pk).answered_at == answered


def access_admin():
    from django.contrib.auth.models import Permission

    return Permission.objects.filter(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )


def test_portal_report_shows_portal_wide_search_logs(admin_client, site):
    search_log(timezone.localdate() - 80 * DAY)
    response = admin_client.get("/admin/privacy/retention/", {"site": site.pk})
    rows = {row["batch"].kind.key: row for row in response.context["kinds"]}
    assert rows["search_logs"]["dates"] == [(timezone.localdate() + 10 * DAY, 1)]
    assert rows["form_submissions"]["dates"] == []
