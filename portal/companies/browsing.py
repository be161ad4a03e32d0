"""Admin URLs that name an object by id: refused outside the user's company.

Wagtail lists only explorable children, but shows the parent page named in the
URL whatever it is (docs/upstream.md, "Admin explorer and chooser URLs").
A few other views show the title of whatever object their URL names, with no
hook to confine them: the page chooser's chosen-multiple, the workflow
cancellation confirmation, the image chooser's format step, wagtailmedia's
usage view and the page types usage report (docs/upstream.md, "Admin URLs
guarded by object"). These views sit before Wagtail's admin URLs in
portal/urls.py and hand over to Wagtail when allowed.
"""

from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import path, resolve, reverse

from wagtail.admin.auth import require_admin_access
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.permissions import page_permission_policy
from wagtailmedia.models import get_media_model

from portal.companies.choices import allowed_ids, kind_of
from portal.companies.reports import ScopedPageTypesUsage, ScopedSiteHistory
from portal.companies.tenancy import limited
from portal.companies.workflows import (
    ScopedWorkflowReport,
    ScopedWorkflowTasksReport,
    guard_task_chooser,
)

__all__ = [
    "browsing_urls",
    "complete_external_link",
    "explorable",
    "guard_browsing",
    "guard_object",
    "hand_over",
    "only_own_ids",
    "refuse_moving_across_companies",
]


def explorable(user, page_id):
    return page_permission_policy.explorable_instances(user).filter(pk=page_id).exists()


def guard_browsing(fallback_url_name):
    """A view that refuses to browse below a page the user may not explore.

    Wagtail lists only explorable children, but shows the parent page named in
    the URL whatever it is; a guessed id would reveal another company's page.
    """

    def view(request, parent_page_id):
        user = request.user
        if user.is_authenticated and not explorable(user, parent_page_id):
            url = reverse(fallback_url_name)
            query = request.GET.urlencode()
            return redirect(f"{url}?{query}" if query else url)
        return hand_over(request)

    return view


def hand_over(request):
    """Serve the request with the Wagtail admin view its URL names."""
    from wagtail.admin import urls  # not at import: it collects all hooks

    admin_prefix = reverse("wagtailadmin_home")  # "/admin/"
    match = resolve(request.path_info[len(admin_prefix) - 1 :], urlconf=urls)
    return match.func(request, *match.args, **match.kwargs)


def visible(user, model, pk):
    """Whether the user may see the object: what their choosers would offer."""
    rule = kind_of(model)
    return not limited(user) or str(pk) in allowed_ids(rule, {str(pk)}, user)


def guard_object(get_model, kwarg):
    """Refuse a view whose URL names another company's object, else hand over."""

    def view(request, **kwargs):
        if not visible(request.user, get_model(), kwargs[kwarg]):
            raise PermissionDenied
        return hand_over(request)

    return view


def only_own_ids(get_model):
    """Drop the `id` query parameters that name another company's objects."""

    def view(request):
        user, ids = request.user, request.GET.getlist("id")
        if limited(user):
            allowed = allowed_ids(kind_of(get_model()), set(ids), user)
            request.GET = request.GET.copy()
            request.GET.setlist("id", [pk for pk in ids if pk in allowed])
        return hand_over(request)

    return view


def refuse_moving_across_companies(request, page_to_move, destination):
    """before_move_page: the confirmation would show the destination's title."""
    user = request.user
    if not (
        visible(user, Page, page_to_move.pk) and visible(user, Page, destination.pk)
    ):
        raise PermissionDenied


def pages():
    return Page


def complete_external_link(request):
    """Wagtail's external link form fails (500) on a POST without its URL field.

    An empty URL gives the form's own "required" error instead
    (docs/upstream.md, "Admin URLs guarded by object").
    """
    if request.method == "POST":
        request.POST = request.POST.copy()
        request.POST.setdefault("external-link-chooser-url", "")
    return hand_over(request)


def report(view_class):
    return [
        require_admin_access(view_class.as_view()),
        require_admin_access(view_class.as_view(results_only=True)),
    ]


def task_chooser(route):
    return path(f"workflows/task_chooser/{route}", guard_task_chooser(hand_over))


# Placed before Wagtail's admin URLs in portal/urls.py; they hand over to Wagtail.
browsing_urls = [
    path("pages/<int:parent_page_id>/", guard_browsing("wagtailadmin_explore_root")),
    path(
        "pages/<int:parent_page_id>/results/",
        guard_browsing("wagtailadmin_explore_root"),
    ),
    path(
        "choose-page/<int:parent_page_id>/", guard_browsing("wagtailadmin_choose_page")
    ),
    path("choose-page/chosen-multiple/", only_own_ids(pages)),
    path(
        "pages/workflow/confirm_cancellation/<int:page_id>/",
        guard_object(pages, "page_id"),
    ),
    path(
        "images/chooser/<int:image_id>/select_format/",
        guard_object(get_image_model, "image_id"),
    ),
    path("media/usage/<int:media_id>/", guard_object(get_media_model, "media_id")),
    path("reports/page-types-usage/", report(ScopedPageTypesUsage)[0]),
    path("reports/page-types-usage/results/", report(ScopedPageTypesUsage)[1]),
    path("reports/site-history/", report(ScopedSiteHistory)[0]),
    path("reports/site-history/results/", report(ScopedSiteHistory)[1]),
    path("reports/workflow/", report(ScopedWorkflowReport)[0]),
    path("reports/workflow/results/", report(ScopedWorkflowReport)[1]),
    path("reports/workflow_tasks/", report(ScopedWorkflowTasksReport)[0]),
    path("reports/workflow_tasks/results/", report(ScopedWorkflowTasksReport)[1]),
    task_chooser(""),
    task_chooser("results/"),
    task_chooser("create/"),
    task_chooser("<int:task_id>/"),
    path("choose-external-link/", complete_external_link),
]
