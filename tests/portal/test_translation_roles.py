"""Who translates: A's translators and publishers start, edit and publish the
English of A's pages and snippets, A's editors submit it for moderation, and
none of them reaches B's."""

import importlib

from django.apps import apps
from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.models import (
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    WorkflowState,
)
from wagtail_localize.models import Translation

import pytest

from portal.i18n.translation import start_translation
from tests.factories.pages import StandardPageFactory
from tests.factories.snippets import PersonFactory
from tests.portal.isolation import refused, user

pytestmark = pytest.mark.django_db

SUBMIT = "portal-translation-submit"


@pytest.fixture
def translator(world):
    return user("a-oversattare", "Bolag A – översättare")


@pytest.fixture
def people(world, translator):
    return {
        "translator": translator,
        "publisher": world.publisher,
        "editor": world.editor,
    }


def new_page(company, title):
    return StandardPageFactory(parent=company.homes["sv"], title=title, body=[])


def english_draft(company, title):
    """A Swedish page of company with a wagtail-localize English draft."""
    english_locale = company.homes["en"].locale
    (translation,) = start_translation(new_page(company, title), [english_locale])
    return Page.objects.get(pk=translation.get_target_instance().pk)


def submit_url(page):
    return reverse("wagtail_localize:submit_page_translation", args=[page.pk])


def test_translators_hold_the_english_tree_and_only_see_the_swedish(world):
    group = Group.objects.get(name="Bolag A – översättare")
    assert group.permissions.filter(codename="submit_translation").exists()
    assert not group.permissions.filter(codename="change_sitesettings").exists()
    rows = GroupPagePermission.objects.filter(group=group)
    by_page = {}
    for row in rows.select_related("permission"):
        by_page.setdefault(row.page_id, set()).add(row.permission.codename)
    assert by_page == {
        world.a.homes["sv"].pk: {"lock_page"},
        world.a.homes["en"].pk: {"change_page", "publish_page"},
    }


@pytest.mark.parametrize("role", ["translator", "publisher"])
def test_translators_and_publishers_start_translations_of_their_company_only(
    client, world, people, role
):
    client.force_login(people[role])
    own = new_page(world.a, "A-nyhet att översätta")
    other = new_page(world.b, "Hemlig B-nyhet att översätta")
    assert client.get(submit_url(own)).status_code == 200
    assert refused(client.get(submit_url(other)))
    assert refused(
        client.post(submit_url(other), {"locales": [world.b.homes["en"].locale_id]})
    )
    response = client.post(
        submit_url(own), {"locales": [world.a.homes["en"].locale_id]}
    )
    assert response.status_code == 302
    assert Translation.objects.filter(source__object_id=own.translation_key).exists()
    assert not Translation.objects.filter(
        source__object_id=other.translation_key
    ).exists()


def test_editors_do_not_start_translations(client, world):
    client.force_login(world.editor)
    assert refused(
        client.get(submit_url(new_page(world.a, "A-sida utan översättning")))
    )


@pytest.mark.parametrize("role", ["translator", "publisher"])
def test_translators_and_publishers_publish_their_company_translation(
    client, world, people, role, django_capture_on_commit_callbacks
):
    own = english_draft(world.a, "A-sida på väg")
    other = english_draft(world.b, "Hemlig B-sida på väg")
    client.force_login(people[role])
    assert refused(client.get(f"/admin/pages/{other.pk}/edit/"))
    response = client.get(f"/admin/pages/{own.pk}/edit/")
    assert response.status_code == 200
    assert SUBMIT not in response.content.decode()  # publishing is theirs
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/admin/pages/{own.pk}/edit/", {"action": "publish"})
    assert Page.objects.get(pk=own.pk).live
    assert not Page.objects.get(pk=other.pk).live


def test_translators_do_not_change_swedish_pages_or_snippets(client, world, translator):
    client.force_login(translator)
    assert refused(client.get(f"/admin/pages/{world.a.plain['sv'].pk}/edit/"))
    assert client.get(f"/admin/pages/{world.a.plain['en'].pk}/edit/").status_code == 200
    swedish = world.a.snippets["person"]
    english = swedish.get_translation(world.a.homes["en"].locale)
    edit = "/admin/snippets/portal/person/edit/{}/"
    assert client.get(edit.format(english.pk)).status_code == 200
    assert refused(client.get(edit.format(swedish.pk)))
    other = world.b.snippets["person"].get_translation(world.b.homes["en"].locale)
    assert refused(client.get(edit.format(other.pk)))
    listing = client.get("/admin/snippets/portal/person/").content.decode()
    assert "A-person" in listing and "B-person" not in listing


def test_editor_submits_a_translation_for_moderation(client, world):
    page = english_draft(world.a, "A-sida för granskning")
    client.force_login(world.editor)
    html = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert SUBMIT in html
    assert "Lämna in till Granskning hos Bolag A" in html
    response = client.post(f"/admin/pages/{page.pk}/edit/", {"action": "submit"})
    assert response.status_code == 302
    state = WorkflowState.objects.get(
        object_id=str(page.pk), status=WorkflowState.STATUS_IN_PROGRESS
    )
    assert state.workflow.name == "Granskning hos Bolag A"
    assert not Page.objects.get(pk=page.pk).live
    # Once submitted, the main button says so and does nothing.
    html = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert "Under moderering" in html and " disabled" in html

    client.force_login(world.publisher)
    url = (
        f"/admin/pages/workflow/action/{page.pk}/approve/{state.current_task_state.pk}/"
    )
    assert client.post(url, {"comment": ""}).status_code in (200, 302)
    assert Page.objects.get(pk=page.pk).live


def test_editor_cannot_publish_or_submit_another_company_translation(client, world):
    own = english_draft(world.a, "A-sida som inte publiceras")
    other = english_draft(world.b, "Hemlig B-sida som inte lämnas in")
    client.force_login(world.editor)
    client.post(f"/admin/pages/{own.pk}/edit/", {"action": "publish"})
    assert not Page.objects.get(pk=own.pk).live
    assert refused(client.post(f"/admin/pages/{other.pk}/edit/", {"action": "submit"}))
    assert not WorkflowState.objects.filter(object_id=str(other.pk)).exists()


def grants(group):
    pages = {
        (row.page_id, row.permission.codename)
        for row in GroupPagePermission.objects.filter(group=group)
    }
    collections = {
        (row.collection_id, row.permission.codename)
        for row in GroupCollectionPermission.objects.filter(group=group)
    }
    return set(group.permissions.values_list("codename", flat=True)), pages, collections


def test_migration_gives_earlier_companies_what_new_ones_get(world):
    migration = importlib.import_module("portal.migrations.0008_company_translators")
    translators = Group.objects.get(name="Bolag A – översättare")
    publishers = Group.objects.get(name="Bolag A – publicerare")
    made_now = grants(translators)
    migration.backwards(apps, None)
    assert not Group.objects.filter(name__endswith="– översättare").exists()
    assert not publishers.permissions.filter(codename="submit_translation").exists()
    migration.forwards(apps, None)
    assert grants(Group.objects.get(name="Bolag A – översättare")) == made_now
    assert publishers.permissions.filter(codename="submit_translation").exists()
    assert not Group.objects.filter(name="Portalmoderatorer – översättare").exists()


def test_editor_resubmits_after_changes_were_requested(client, world):
    page = english_draft(world.a, "A-sida som behöver ändras")
    client.force_login(world.editor)
    client.post(f"/admin/pages/{page.pk}/edit/", {"action": "submit"})
    state = WorkflowState.objects.get(object_id=str(page.pk))
    task_state = state.current_task_state
    client.force_login(world.publisher)
    url = f"/admin/pages/workflow/action/{page.pk}/reject/{task_state.pk}/"
    client.post(url, {"comment": "Rubriken, tack."})
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES

    client.force_login(world.editor)
    html = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert "Skicka om till Godkännande av publicerare på Bolag A" in html
    client.post(f"/admin/pages/{page.pk}/edit/", {"action": "submit"})
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.current_task_state.pk != task_state.pk


@pytest.mark.parametrize("role", ["publisher", "editor"])
def test_the_swedish_page_links_its_english_draft(client, world, people, role):
    english = english_draft(world.a, "A-sida med utkast")
    swedish = english.get_translation(world.a.homes["sv"].locale)
    client.force_login(people[role])
    html = client.get(f"/admin/pages/{swedish.pk}/edit/").content.decode()
    assert "Redigera översättningen: Engelska" in html
    assert f'href="/admin/pages/{english.pk}/edit/"' in html


def test_translators_start_translations_of_their_company_snippets_only(
    client, world, translator
):
    own = PersonFactory(name="A-ny person", site=world.a.site)
    other = PersonFactory(name="B-ny person", site=world.b.site)
    english = world.a.homes["en"].locale_id
    client.force_login(translator)
    listing = client.get("/admin/snippets/portal/person/").content.decode()
    url = reverse(
        "wagtail_localize:submit_snippet_translation", args=["portal", "person", own.pk]
    )
    assert url in listing  # "Översätt" on the Swedish row
    assert client.post(url, {"locales": [english]}).status_code == 302
    assert own.has_translation(world.a.homes["en"].locale)
    url = reverse(
        "wagtail_localize:submit_snippet_translation",
        args=["portal", "person", other.pk],
    )
    assert refused(client.post(url, {"locales": [english]}))
    assert not other.has_translation(world.b.homes["en"].locale)
