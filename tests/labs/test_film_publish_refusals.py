"""Publishing a film some readers could not follow is refused on every admin
path with a message, never a 500, and the editor's work is kept: approval in a
company workflow and publishing the English version from the translation editor.
"""

from django.contrib.auth import get_user_model
from django.contrib.messages import get_messages
from django.core.files.base import ContentFile
from django.urls import reverse
from django.utils.html import strip_tags

from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import (
    rich_text,
)
from wagtail_localize.models import Translation

import pytest

from labs.models import VideoPage, VideoPageCaption
from portal.companies.access import MODERATORS, ensure_company_access
from tests.factories.pages import VideoPageFactory
from tests.labs.helpers import film_form_data, self_hosted_film, vtt

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
    return film_form_data(
        **{
            "title": film.title,
            "slug": film.slug,
            "intro": rich_text(film.intro),
            "video_url": film.video_url,
            "platform_captions_confirmed": "on",
            "duration": "00:02:05",
            "transcript": rich_text(TRANSCRIPT),
            "soundtrack_describes_all": "on",
            **overrides,
        }
    )


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


def test_resubmitting_after_requested_changes_reports_the_problem(client, people):
    editor, moderator = people
    film = VideoPageFactory(transcript=TRANSCRIPT)
    state = submitted(client, editor, film)
    client.force_login(moderator)
    url = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[film.pk, "reject", state.current_task_state_id],
    )
    assert client.post(url, {"comment": "Kortare titel"}).status_code in (200, 302)
    client.force_login(editor)
    response = edit(
        client, film, transcript=rich_text(""), **{"action-restart-workflow": "1"}
    )
    assert response.status_code == 200
    assert "transcript" in response.context["form"].errors
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES


@pytest.fixture
def translator(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("oversattare"))
    return client


def translated_draft(client, film, locale):
    """Submit film for translation in the admin and translate its title."""
    submit = reverse("wagtail_localize:submit_page_translation", args=[film.pk])
    assert client.post(submit, {"locales": [locale.pk]}).status_code == 302
    translation = Translation.objects.get(
        source__object_id=film.translation_key, target_locale=locale
    )
    po = translation.export_po()
    for entry in po:
        if entry.msgid == film.title:
            entry.msgstr = "Filming day"
    translation.import_po(po)
    return translation, film.get_translation(locale)


def add_swedish_track(film):
    VideoPageCaption.objects.create(
        page=film, language="sv", file=ContentFile(vtt("sv"), name="film.sv.vtt")
    )


# Translations publish on commit, so these tests need real transactions.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_publishing_the_english_film_is_refused_with_a_message(translator, locale_en):
    film = self_hosted_film(languages=("en",), live=False)  # no Swedish track yet
    translation, english = translated_draft(translator, film, locale_en)
    edit = reverse("wagtailadmin_pages:edit", args=[english.pk])
    response = translator.post(edit, {"action": "publish"}, follow=True)
    assert response.redirect_chain == [(edit, 302)]
    assert any("svenskt undertextspår" in text for text in error_messages(response))
    english.refresh_from_db()
    assert not english.live
    assert translation.export_po().find(film.title).msgstr == "Filming day"  # kept


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_syncing_and_publishing_translations_is_refused_then_publishes(
    translator, locale_en
):
    film = self_hosted_film(languages=("en",), live=False)
    translation, english = translated_draft(translator, film, locale_en)
    sync = reverse("wagtail_localize:update_translations", args=[translation.source_id])
    response = translator.post(sync, {"publish_translations": "on"}, follow=True)
    assert response.status_code == 200
    assert any("svenskt undertextspår" in text for text in error_messages(response))
    english.refresh_from_db()
    assert not english.live
    add_swedish_track(film)
    translator.post(sync, {"publish_translations": "on"})
    english.refresh_from_db()
    assert english.live and english.title == "Filming day"
