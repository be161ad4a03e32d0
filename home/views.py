"""Admin views: the contact form's submissions listing, exported without
formulas, and marking a reader's accessibility report answered."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from wagtail.contrib.forms.views import SubmissionsListView

from home.models.feedback import AccessibilityReport
from portal.security.exports import NeutralisedExportMixin

__all__ = ["NeutralisedSubmissionsListView", "mark_report_answered"]


class NeutralisedSubmissionsListView(NeutralisedExportMixin, SubmissionsListView):
    """Readers write the cells, so none may run as a formula in a spreadsheet."""


def mark_report_answered(request, report_id):
    """Confirm (GET), then record (POST) that a reader's report was answered.

    Only whoever may edit the statement may; the retention period of the
    report runs from the answer (home/personal_data.py).
    """
    report = get_object_or_404(AccessibilityReport, pk=report_id)
    if not report.page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    edit_url = reverse("wagtailadmin_pages:edit", args=[report.page_id])
    if request.method == "POST":
        if report.answered_at is None:
            report.answered_at = timezone.now()
            report.save(update_fields=["answered_at"])
        messages.success(request, _("The report is marked as answered."))
        return redirect(edit_url)
    return TemplateResponse(
        request,
        "home/admin/report_answered.html",
        {"report": report, "edit_url": edit_url},
    )
