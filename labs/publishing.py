"""Refused film publications shown to the admin user as a message, never a 500."""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext

from labs.models import FilmNotReady


def refuse(request, problems, to):
    """Tell why the film did not go live and send the user back to it."""
    messages.error(
        request,
        gettext("The film was not published. %(problems)s")
        % {"problems": " ".join(str(problem) for problem in problems)},
    )
    return redirect(to)


class FilmNotReadyMiddleware:
    """VideoPage.publish()'s refusal, from admin views that publish without a form.

    The page editor reports the problems beside the fields before anything is
    saved; a workflow approval or bulk publishing lets the exception through.
    Their transaction has rolled back by then, so the approval is still pending
    and the draft is kept.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, FilmNotReady):
            return None
        if not request.path.startswith(reverse("wagtailadmin_home")):
            return None
        edit = reverse("wagtailadmin_pages:edit", args=[exception.page_id])
        return refuse(request, exception.messages, edit)
