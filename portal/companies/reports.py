"""Wagtail's page types usage report, counting only the user's company's pages.

Wagtail counts every page of each type and names the last edited one, in any
site; for a company's editor that is another company's draft title. The view
is served at Wagtail's URLs from portal.companies.browsing (docs/upstream.md,
"Admin URLs guarded by object").
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, F, OuterRef, Q, Subquery

from wagtail.admin.views.reports.page_types_usage import PageTypesUsageReportView
from wagtail.models import Page

from portal.companies.tenancy import limited, pages_in_trees

__all__ = ["ScopedPageTypesUsage"]


def own_usage(content_types, user, language_code, site_root_path):
    """Count and last edited page of each type among the user's pages."""
    pages = pages_in_trees(Page.objects.all(), user)
    if language_code:
        pages = pages.filter(locale__language_code=language_code)
    if site_root_path:
        pages = pages.filter(path__startswith=site_root_path)
    latest = pages.filter(content_type=OuterRef("pk")).order_by(
        F("latest_revision_created_at").desc(nulls_last=True), "title", "-pk"
    )
    return content_types.annotate(
        count=Count("pages", filter=Q(pages__in=pages.values("pk"))),
        last_edited_page_id=Subquery(latest.values("pk")[:1]),
    )


class ScopedPageTypesUsage(PageTypesUsageReportView):
    def get_queryset(self):
        user = self.request.user
        if not limited(user):
            return super().get_queryset()
        self.queryset = ContentType.objects.filter(model__in=self.page_models)
        content_types = self.filter_queryset(self.queryset)
        chosen = self.filters.form.cleaned_data
        usage = own_usage(
            content_types, user, chosen.get("page_locale"), chosen.get("site")
        )
        return usage.order_by("-count", "app_label", "model")
