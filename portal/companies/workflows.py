"""Workflow reports and the task chooser, confined to the user's company.

Wagtail's workflow reports list only states of pages the user may edit, but
their filters offer every workflow, task and requesting user of the portal:
for a company's editor, another company's workflow name and staff. The task
chooser, used only when editing workflows, checks no permission at all. The
views here are served at Wagtail's URLs from portal.companies.browsing
(docs/upstream.md, "Admin URLs guarded by object").
"""

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import CharField, Q
from django.db.models.functions import Cast

from wagtail.admin.filters import FilteredModelChoiceFilter
from wagtail.admin.views.reports import workflows as reports
from wagtail.models import (
    Page,
    Task,
    Workflow,
    WorkflowState,
    get_default_page_content_type,
)
from wagtail.permissions import task_permission_policy, workflow_permission_policy

import django_filters

from portal.companies.tenancy import limited, pages_in_trees

__all__ = ["ScopedWorkflowReport", "ScopedWorkflowTasksReport", "guard_task_chooser"]


def own_states(user):
    """Workflow states of the pages in the user's company trees."""
    pages = pages_in_trees(Page.objects.all(), user)
    return WorkflowState.objects.filter(
        base_content_type_id=get_default_page_content_type().id,
        object_id__in=pages.values_list(Cast("id", output_field=CharField())),
    )


def own_workflows(request):
    user = request.user
    if not limited(user):
        return Workflow.objects.all()
    pages = pages_in_trees(Page.objects.all(), user)
    return Workflow.objects.filter(
        Q(workflow_pages__page__in=pages)
        | Q(pk__in=own_states(user).values("workflow"))
    ).distinct()


def own_tasks(request):
    if not limited(request.user):
        return Task.objects.all()
    return Task.objects.filter(
        workflow_tasks__workflow__in=own_workflows(request)
    ).distinct()


def own_requesters(request):
    users = reports.get_requested_by_queryset(request)
    if not limited(request.user):
        return users
    return users.filter(
        pk__in=own_states(request.user).values("requested_by")
    ).order_by(get_user_model().USERNAME_FIELD)


class ScopedWorkflowFilters(reports.WorkflowReportFilterSet):
    workflow = django_filters.ModelChoiceFilter(queryset=own_workflows)
    requested_by = django_filters.ModelChoiceFilter(
        field_name="requested_by", queryset=own_requesters
    )


class ScopedWorkflowTaskFilters(reports.WorkflowTasksReportFilterSet):
    workflow = django_filters.ModelChoiceFilter(
        field_name="workflow_state__workflow",
        queryset=own_workflows,
        label=reports.WorkflowTasksReportFilterSet.base_filters["workflow"].label,
    )
    task = FilteredModelChoiceFilter(
        queryset=own_tasks, filter_field="id_workflow", filter_accessor="workflows"
    )


class ScopedWorkflowReport(reports.WorkflowView):
    filterset_class = ScopedWorkflowFilters


class ScopedWorkflowTasksReport(reports.WorkflowTasksView):
    filterset_class = ScopedWorkflowTaskFilters


def guard_task_chooser(view):
    """Only those who may build workflows choose tasks for them."""

    def guarded(request, *args, **kwargs):
        user = request.user
        if not (
            workflow_permission_policy.user_has_any_permission(user, ["add", "change"])
            or task_permission_policy.user_has_any_permission(user, ["add", "change"])
        ):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return guarded
