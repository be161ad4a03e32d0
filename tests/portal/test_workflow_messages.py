"""Approving or requesting changes from the dashboard says that it happened."""

from wagtail.models import WorkflowState

import pytest
from pytest_django.asserts import assertContains, assertNotContains

from tests.portal.test_isolation_roles import edit_page

pytestmark = pytest.mark.django_db
XHR = {"x-requested-with": "XMLHttpRequest"}


def submitted(client, world, title):
    page = world.a.plain["sv"]
    client.force_login(world.editor)
    edit_page(client, page, title, "action-submit")
    state = WorkflowState.objects.get(
        object_id=str(page.pk), status=WorkflowState.STATUS_IN_PROGRESS
    )
    client.force_login(world.publisher)
    return page, state.current_task_state


def act(client, page, task_state, action):
    url = f"/admin/pages/workflow/action/{page.pk}/{action}/{task_state.pk}/"
    return client.post(url, {"comment": "Bra!"}, headers=XHR)


def test_approving_from_the_dashboard_confirms_it(client, world):
    page, task_state = submitted(client, world, "A-sida, godkänd")
    assert act(client, page, task_state, "approve").status_code == 200
    assertContains(client.get("/admin/"), "”A-sida, godkänd” har godkänts.")


def test_requesting_changes_confirms_it(client, world):
    page, task_state = submitted(client, world, "A-sida, ändras")
    act(client, page, task_state, "reject")
    assertContains(client.get("/admin/"), "Ändringar har begärts för ”A-sida")


def test_no_message_when_nothing_happened(client, world):
    page, task_state = submitted(client, world, "A-sida, orörd")
    client.force_login(world.editor)  # may not approve
    act(client, page, task_state, "approve")
    assertNotContains(client.get("/admin/"), "har godkänts")
