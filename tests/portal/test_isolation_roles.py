"""Moderation: A's editor submits, A's publisher or a portal moderator approves;
moderators see every company; users, groups, sites and redirects stay with
superusers."""

from wagtail.models import Page, WorkflowState
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

import pytest

from tests.portal.isolation import LANGUAGES, refused

pytestmark = pytest.mark.django_db

SUPERUSER_ONLY = [
    "/admin/users/",
    "/admin/groups/",
    "/admin/sites/",
    "/admin/redirects/",
]


def edit_page(client, page, title, action):
    data = nested_form_data(
        {
            "title": title,
            "slug": page.slug,
            "intro": rich_text(""),
            "body": streamfield([]),
            action: "1",
        }
    )
    return client.post(f"/admin/pages/{page.pk}/edit/", data)


@pytest.mark.parametrize("language", LANGUAGES)
def test_editor_submits_and_publisher_approves(client, world, language):
    page = world.a.plain[language]
    client.force_login(world.editor)
    edit_page(client, page, "A-sida, ny", "action-publish")
    assert Page.objects.get(pk=page.pk).title == page.title  # editors can't publish
    assert edit_page(client, page, "A-sida, ny", "action-submit").status_code == 302
    state = WorkflowState.objects.get(
        object_id=str(page.pk), status=WorkflowState.STATUS_IN_PROGRESS
    )
    assert state.workflow.name == "Granskning hos Bolag A"
    task_state = state.current_task_state
    client.force_login(world.publisher)
    url = f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/"
    assert client.post(url, {"comment": ""}).status_code in (200, 302)
    assert Page.objects.get(pk=page.pk).title == "A-sida, ny"


@pytest.mark.parametrize("language", LANGUAGES)
def test_moderator_may_approve_and_b_publisher_may_not(client, world, language):
    page = world.a.plain[language]
    client.force_login(world.editor)
    edit_page(client, page, "A-sida, granskad", "action-submit")
    task_state = WorkflowState.objects.get(
        object_id=str(page.pk), status=WorkflowState.STATUS_IN_PROGRESS
    ).current_task_state
    assert task_state.task.specific.user_can_access_editor(page, world.moderator)
    approvers = task_state.task.specific.groups.all()
    assert {group.name for group in approvers} == {
        "Bolag A – publicerare",
        "Portalmoderatorer",
    }
    client.force_login(world.moderator)
    url = f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/"
    assert client.post(url, {"comment": ""}).status_code in (200, 302)
    assert Page.objects.get(pk=page.pk).title == "A-sida, granskad"


@pytest.mark.parametrize("url", SUPERUSER_ONLY)
@pytest.mark.parametrize("role", ["editor", "publisher", "moderator"])
def test_users_groups_sites_redirects_stay_with_superusers(client, world, url, role):
    client.force_login(getattr(world, role))
    assert refused(client.get(url))


@pytest.mark.parametrize("language", LANGUAGES)
def test_moderator_sees_every_company(client, world, language):
    client.force_login(world.moderator)
    found = client.get("/admin/pages/search/", {"q": "Hemlig"}).content.decode()
    assert "Hemlig A-post" in found and "Hemlig B-post" in found
    for company in (world.a, world.b):
        post = company.posts[language]
        assert client.get(f"/admin/pages/{post.pk}/edit/").status_code == 200
        assert client.get(f"/admin/images/{company.image.pk}/").status_code == 200
        person = company.snippets["person"]
        edit = f"/admin/snippets/portal/person/edit/{person.pk}/"
        assert client.get(edit).status_code == 200
        settings = f"/admin/settings/portal/sitesettings/{company.site.pk}/"
        assert client.get(settings).status_code == 200
