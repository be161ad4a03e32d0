"""Wagtail's page types usage and site history reports, scoped to the user's company.

Wagtail counts every page of each type and names the last edited one, in any
site; for a company's editor that is another company's draft title. Its site
history shows every log entry of a model the user holds any permission on
(ModelLogEntry.viewable_by_user), so another company's snippets, images and
the people who edited them. The views are served at Wagtail's URLs from
portal.companies.browsing (docs/upstream.md, "Admin URLs guarded by object").
"""

from functools import reduce
from operator import or_

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Count, F, OuterRef, Q, Subquery
from django.db.models.functions import Cast

from wagtail.admin.views.reports.audit_logging import (
    LogEntriesView,
    SiteHistoryReportFilterSet,
)
from wagtail.admin.views.reports.page_types_usage import PageTypesUsageReportView
from wagtail.log_actions import registry as log_action_registry
from wagtail.models import Page, PageLogEntry

from portal.companies.choices import choosable, kind_of
from portal.companies.tenancy import limited, pages_in_trees

__all__ = ["ScopedPageTypesUsage", "ScopedSiteHistory", "own_entries"]


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


def own_entries(entries, user):
    """Only the log entries of objects the user's choosers would offer.

    Page entries are already confined by page permissions; an entry of a
    model no company rule covers is dropped for a company's people.
    """
    if not limited(user) or issubclass(entries.model, PageLogEntry):
        return entries
    kept = []
    types = entries.values_list("content_type_id", flat=True).order_by().distinct()
    for type_id in types:
        model = ContentType.objects.get_for_id(type_id).model_class()
        rule = model and kind_of(model)
        if rule is None:
            continue
        ids = choosable(*rule, user).annotate(key=Cast("pk", CharField()))
        kept.append(Q(content_type_id=type_id, object_id__in=ids.values("key")))
    return entries.filter(reduce(or_, kept)) if kept else entries.none()


class ScopedSiteHistoryFilterSet(SiteHistoryReportFilterSet):
    def get_users_queryset(self):
        # Wagtail's default is everyone who made any page log entry.
        user, ids = self.request.user, set()
        for log_model in log_action_registry.get_log_entry_models():
            entries = own_entries(log_model.objects.viewable_by_user(user), user)
            ids.update(entries.get_user_ids())
        User = get_user_model()
        return User.objects.filter(pk__in=ids).order_by(User.USERNAME_FIELD)


class ScopedSiteHistory(LogEntriesView):
    filterset_class = ScopedSiteHistoryFilterSet

    def filter_queryset(self, queryset):
        # Called once per log model on its viewable_by_user() entries.
        return super().filter_queryset(own_entries(queryset, self.request.user))
