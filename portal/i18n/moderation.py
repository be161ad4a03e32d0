"""Submitting a translated page for moderation from the translation editor.

wagtail-localize's translation editor offers publishing, and nothing else, as
its main action: its footer makes the last of its actions the main button and
adds "Publish in <language>" only for those who may publish, so for an editor
the main button became "Delete" (Wagtail lets editors delete an unpublished
page). It has no moderation at all. For someone who may not publish a page
that has a workflow, the portal's template
(wagtail_localize/admin/edit_translation.html) renders the page editor's
"Submit to <workflow>" as the main button (portal/admin/translation-actions.js
puts it there), and `submit_translation` below, a before_edit_page hook that
runs before wagtail-localize's own, answers it: the translation is saved as a
draft revision and the page's workflow started (or resumed after "request
changes"), as the page editor's "Submit" does. Publishers approve it as any
page. See docs/upstream.md, "Translation editor footer".

`translation_buttons` puts each translation the user may edit in the page's
"⋯" menu, so the English draft is one click from the Swedish page (it was
reachable only through the status panel).
"""

from dataclasses import dataclass

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

from wagtail.admin.widgets.button import Button
from wagtail.models import WorkflowState
from wagtail_localize.models import Translation

__all__ = [
    "SubmitAction",
    "submit_action",
    "submit_translation",
    "translation_buttons",
]

SUBMIT = "submit"  # the POST's "action", beside wagtail-localize's "publish"


@dataclass
class SubmitAction:
    """The translation editor's main button for someone who may not publish."""

    label: str
    enabled: bool


def page_translation(page):
    """The enabled wagtail-localize translation whose target page is page."""
    return Translation.objects.filter(
        source__object_id=page.translation_key,
        target_locale_id=page.locale_id,
        enabled=True,
    ).first()


def submit_action(page, user):
    """None where the main button stays wagtail-localize's (publishing), else
    the page editor's own label: submit, resubmit, or in moderation (disabled)."""
    perms = page.permissions_for_user(user)
    if perms.can_publish() or not page.has_workflow:
        return None
    state = page.current_workflow_state
    if perms.can_submit_for_moderation():
        if state and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
            task = state.current_task_state.task.name
            return SubmitAction(
                _("Resubmit to %(task_name)s") % {"task_name": task}, True
            )
        workflow = page.get_workflow().name
        return SubmitAction(
            _("Submit to %(workflow_name)s") % {"workflow_name": workflow}, True
        )
    return SubmitAction(_("In Moderation"), False)


def submit_translation(request, page):
    """before_edit_page: a translation editor's "submit" starts the workflow."""
    if request.method != "POST" or request.POST.get("action") != SUBMIT:
        return None
    translation = page_translation(page)
    if translation is None:
        return None
    page = page.specific
    action = submit_action(page, request.user)
    if action is None or not action.enabled:
        messages.error(request, _("This translation cannot be submitted now."))
        return redirect(request.path)
    state = page.current_workflow_state
    try:
        translation.save_target(user=request.user, publish=False)
    except ValidationError:
        messages.error(
            request,
            _("The translation has errors: fix them before submitting it."),
        )
        return redirect(request.path)
    page = page.specific_class.objects.get(pk=page.pk)
    if state and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(request.user)
    else:
        page.get_workflow().start(page, request.user)
    messages.success(
        request,
        _("Page '%(page_title)s' has been submitted for moderation.")
        % {"page_title": page.get_admin_display_title()},
    )
    return redirect(request.path)


def translation_buttons(page, user, view_name=None, next_url=None):
    """register_page_header_buttons: "Edit the English version" and the like."""
    if page.is_root():
        return
    translations = page.get_translations().select_related("locale")
    for translation in translations.order_by("locale__language_code"):
        if translation.permissions_for_user(user).can_edit():
            yield Button(
                _("Edit the translation: %(language)s")
                % {"language": translation.locale.get_display_name()},
                reverse("wagtailadmin_pages:edit", args=[translation.pk]),
                icon_name="wagtail-localize-language",
                priority=61,
            )
