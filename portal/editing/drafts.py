"""No page comes into being before the editor saves it.

Wagtail 7.4's autosave posts the create form in the background (Accept:
application/json); the create view then adds the page as a draft. When the
editor's own submit fails afterwards (a missing author, a film the publishing
rules refuse) they are told the page could not be created, yet a draft exists
that they never see, and their retry collides with its slug. The create
template switches autosave off; this hook refuses such a post if one comes
anyway (an upgrade, a stale tab). Autosave still runs once the page exists.
"""

from django.http import JsonResponse
from django.utils.translation import gettext

__all__ = ["refuse_autosaved_creation"]


def refuse_autosaved_creation(request, parent_page, page_class):
    """before_create_page: refuse background saves of a page not yet created."""
    if request.method != "POST" or request.accepts("text/html"):
        return None
    return JsonResponse(
        {
            "success": False,
            # Wagtail's own code for a create a hook refused; its script
            # shows the message beside the autosave indicator.
            "error_code": "blocked_by_hook",
            "error_message": gettext(
                "The page is saved when you press Save draft, Submit or Publish."
            ),
        },
        status=400,
    )
