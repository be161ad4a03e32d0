"""One migrated production database and static files for every deploy test."""

import pytest

from tests.deploy.production import manage, production_env


@pytest.fixture(scope="session")
def migrated(tmp_path_factory):
    """A folder with db.sqlite3 migrated and static/ collected; copy, never change."""
    tmp = tmp_path_factory.mktemp("migrated")
    env = production_env(tmp, "portal.example.se")
    manage(env, "migrate", "--noinput")
    manage(env, "collectstatic", "--noinput")
    return tmp
