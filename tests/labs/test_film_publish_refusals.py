"""Publishing a film some readers could not follow is refused on every admin
path with a message, never a 500, and the editor's work is kept: approval in a
company workflow.
"""

from django.contrib.auth import get_user_model
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils.html import strip_tags

from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

import pytest

from labs.models import VideoPage
from portal.permissions import MODERATORS, ensure_company_access
from tests.factories.pages import VideoPageFactory

pytestmark = pytest.mark.django_db

TRANSCRIPT = "<p>Berättare: På Portalen möts kvinnor och volontärer.</p>"


def member(username, group):
    user = get_user_model().objects.create_user(username, password="lösenord")
    user.groups.add(group)
    return user


@pytest.fixture
def people(site):
    access = ensure_company_access(site, "Bolag A")
    moderators = access.workflow.tasks.get().specific.groups.get(name=MODERATORS)
    return member("redaktor", access.editors), member("moderator", moderators)


def film_form(film, **overrides):
    fields = {
        "title": film.title,
        "slug": film.slug,
        "intro": rich_text(""),
        "summary": film.summary,
        "video_url": film.video_url,
        "platform_captions_confirmed": "on",
        "duration": "00:02:05",
        "transcript": rich_text(TRANSCRIPT),
        "soundtrack_describes_all": "on",
        "chapters": streamfield([]),
        "captions": inline_formset([]),
        "featured_people": inline_formset([]),
        "featured_organisations": inline_formset([]),
    }
    fields.update(overrides)
    return nested_form_data(fields)


def edit(client, film, **overrides):
    return client.post(f"/admin/pages/{film.pk}/edit/", film_form(film, **overrides))


def submitted(client, editor, film):
    client.force_login(editor)
    response = edit(client, film, **{"action-submit": "1"})
    assert response.status_code == 302, response.context["form"].errors
    return WorkflowState.objects.get(
        object_id=str(film.pk), status=WorkflowState.STATUS_IN_PROGRESS
    )


def error_messages(response):
    if response.context:  # followed to a page that shows them
        found = response.context["messages"]
    else:
        found = get_messages(response.wsgi_request)
    return [str(message) for message in found if message.level_tag == "error"]


def test_approving_a_film_emptied_during_moderation_is_refused_with_a_message(
    client, people
):
    editor, moderator = people
    film = VideoPageFactory(transcript=TRANSCRIPT)
    state = submitted(client, editor, film)
    # While the film waits, the moderator saves a draft without the transcript.
    client.force_login(moderator)
    assert edit(client, film, transcript=rich_text("")).status_code == 302
    url = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[film.pk, "approve", state.current_task_state_id],
    )
    response = client.post(url, {"comment": ""})
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[film.pk])
    assert any("textversion" in message for message in error_messages(response))
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS  # still to approve
    film = VideoPage.objects.get(pk=film.pk)
    assert film.transcript == TRANSCRIPT  # the live film is unchanged
    draft = film.get_latest_revision().as_object()
    assert draft.transcript != film.transcript and not strip_tags(draft.transcript)


def test_approving_from_the_editor_reports_the_problem_beside_the_field(client, people):
    editor, moderator = people
    film = VideoPageFactory(transcript=TRANSCRIPT)
    state = submitted(client, editor, film)
    client.force_login(moderator)
    response = edit(
        client,
        film,
        soundtrack_describes_all="",
        **{"action-workflow-action": "1", "workflow-action-name": "approve"},
    )
    assert response.status_code == 200
    assert "soundtrack_describes_all" in response.context["form"].errors
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert VideoPage.objects.get(pk=film.pk).soundtrack_describes_all
