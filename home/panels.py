"""Editor panels for the accessibility statement: review status, readers' reports."""

from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import Panel

REPORTS_SHOWN = 20


class ReviewStatusPanel(Panel):
    """A warning in the editor once the yearly review of the statement is due."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "home/panels/review_status.html"

        def is_shown(self):
            return bool(self.instance.pk and self.instance.last_updated)

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["overdue"] = self.instance.review_overdue
            context["review_due"] = self.instance.review_due
            return context


class FeedbackReportsPanel(Panel):
    """Readers' latest reports, shown to whoever may edit the statement."""

    def on_model_bound(self):
        if not self.heading:
            self.heading = _("Reports from readers")

    class BoundPanel(Panel.BoundPanel):
        template_name = "home/panels/feedback_reports.html"

        @cached_property
        def reports(self):
            if not self.instance.pk:
                return []
            return list(self.instance.reports.all()[:REPORTS_SHOWN])

        def is_shown(self):
            return bool(self.reports)

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["reports"] = self.reports
            return context
