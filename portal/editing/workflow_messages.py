"""A confirmation after every workflow action taken outside the page editor.

Approving or requesting changes from the dashboard (Wagtail's workflow action
modal) reloads the page without a word, so a publisher cannot tell whether the
click took. This middleware looks at the task state after that view has run
and says what happened; the page editor's own actions already say so. The URL
name and its arguments are Wagtail's (docs/upstream.md, "Workflow action view").
"""

from django.contrib import messages
from django.utils.translation import gettext

from wagtail.models import Page, TaskState

__all__ = ["WorkflowActionMessageMiddleware"]

ACTION_VIEW = "wagtailadmin_pages:workflow_action"


def outcome(status, title):
    if status == TaskState.STATUS_APPROVED:
        return gettext("'%(title)s' was approved.") % {"title": title}
    if status == TaskState.STATUS_REJECTED:
        return gettext("Changes were requested for '%(title)s'.") % {"title": title}
    return None


class WorkflowActionMessageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        match = request.resolver_match
        if request.method != "POST" or match is None:
            return response
        if match.view_name != ACTION_VIEW or response.status_code >= 400:
            return response
        state = TaskState.objects.filter(pk=match.kwargs["task_state_id"]).first()
        page = Page.objects.filter(pk=match.kwargs["page_id"]).first()
        if state is None or page is None:
            return response
        message = outcome(state.status, page.get_admin_display_title())
        if message:
            messages.success(request, message)
        return response
