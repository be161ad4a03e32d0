"""Fixtures shared by the portal tests: the isolation tests' two companies, and
the content the public API tests read on them."""

from django.db import transaction
from django.utils import translation

import pytest

from portal.companies.access import MODERATORS
from tests.portal import api_world
from tests.portal.heads import make_company
from tests.portal.isolation import World, company, user


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic(), translation.override("sv"):
        a = company("Bolag A", "a.example.se", "A")
        b = company("Bolag B", "b.example.se", "B")
        yield World(
            a=a,
            b=b,
            editor=user("a-redaktor", "Bolag A – redaktörer"),
            publisher=user("a-publicerare", "Bolag A – publicerare"),
            moderator=user("moderator", MODERATORS),
        )
        transaction.set_rollback(True)


@pytest.fixture(scope="module")
def api_content(world, django_db_blocker):
    """{"a": Content, "b": Content}: posts, labs, films, drafts, private pages."""
    with django_db_blocker.unblock():
        return api_world.build(world)


@pytest.fixture
def as_editor(client, world):
    client.force_login(world.editor)
    return client


@pytest.fixture
def branded_company(other_site):
    """Södertälje's site with a logo, an organisation number and social links."""
    return make_company(other_site)
