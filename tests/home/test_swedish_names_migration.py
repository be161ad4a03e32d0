"""Groups, workflows and tasks named in English before get their Swedish names."""

import importlib

from django.apps import apps
from django.contrib.auth.models import Group

from wagtail.models import GroupApprovalTask, Workflow

import pytest

pytestmark = pytest.mark.django_db
migration = importlib.import_module(
    "home.migrations.0005_swedish_group_and_workflow_names"
)


def test_english_names_become_swedish_and_back():
    for name in ("Lulebo editors", "Lulebo publishers", "Portal moderators", "Editors"):
        Group.objects.get_or_create(name=name)
    Workflow.objects.create(name="Lulebo moderation")
    GroupApprovalTask.objects.create(name="Lulebo publishers approve")

    migration.forwards(apps, None)
    names = set(Group.objects.values_list("name", flat=True))
    assert {"Lulebo – redaktörer", "Lulebo – publicerare", "Portalmoderatorer"} <= names
    assert "Editors" in names  # Wagtail's own group keeps its name
    assert Workflow.objects.filter(name="Granskning hos Lulebo").exists()
    assert GroupApprovalTask.objects.filter(
        name="Godkännande av publicerare på Lulebo"
    ).exists()

    migration.backwards(apps, None)
    assert Group.objects.filter(name="Lulebo editors").exists()
    assert Workflow.objects.filter(name="Lulebo moderation").exists()
