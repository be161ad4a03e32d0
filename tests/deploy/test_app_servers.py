"""Two gunicorn app servers on one database: what one process changes, the
other serves at once.

Both run portal.settings.production on one SQLite file, first with each its
own local-memory cache (portal.caching.sync carries invalidations between
them), then sharing a private redis-server; in the PostgreSQL run the Redis
pair shares a fresh PostgreSQL database instead, as production does.
Changes are made by a third process (`manage.py create_company_site`,
`manage.py shell`), as an editor's request to another server or a cron job
would.
"""

from contextlib import ExitStack

import pytest

from tests.deploy.production import (
    copy_migrated,
    gunicorn,
    http_get,
    on_postgresql,
    postgres_database,
    production_env,
    shell,
)
from tests.deploy.production import manage as run_manage
from tests.portal.servers import free_port, require, running

COMPANY = "kiruna.example.se"
PORTAL = "portal.example.se"  # any host in ALLOWED_HOSTS: the default site
ADD_MENU_PAGE = """
from wagtail.models import Site
from home.models import StandardPage
home = Site.objects.get(is_default_site=True).root_page
page = StandardPage(title="{title}", slug="{slug}", show_in_menus=True)
home.add_child(instance=page).save_revision().publish()
"""


@pytest.fixture(scope="module", params=["local-memory", "redis"])
def servers(request, tmp_path_factory, migrated):
    """(env for changes, port of server A, port of server B) with a company."""
    tmp = tmp_path_factory.mktemp(request.param)
    copy_migrated(migrated, tmp)
    redis_url, redis = None, None
    if request.param == "redis":
        program = require("redis-server")
        port = free_port()
        redis_url = f"redis://127.0.0.1:{port}/0"
        argv = [program, "--port", str(port), "--bind", "127.0.0.1", "--save", ""]
        argv += ["--appendonly", "no", "--dir", str(tmp)]
        redis = running(argv, port, tmp / "redis.log")
        redis.__enter__()
    try:
        with ExitStack() as stack:
            database = None
            if redis_url and on_postgresql():
                database = stack.enter_context(postgres_database())
            env = production_env(tmp, ".example.se", database, redis_url)
            if database:
                run_manage(env, "migrate", "--noinput", timeout=600)
            port_a = stack.enter_context(gunicorn(env, tmp / "a.log"))
            port_b = stack.enter_context(gunicorn(env, tmp / "b.log"))
            yield env, port_a, port_b
    finally:
        if redis is not None:
            redis.__exit__(None, None, None)


def page(port, path, host=COMPANY):
    status, _headers, body = http_get(port, path, host)
    return status, body.decode()


def test_new_company_is_served_at_once_by_both_servers(servers):
    env, port_a, port_b = servers
    for port in (port_a, port_b):  # both have cached the site list
        assert page(port, "/", PORTAL)[0] == 200
    run_manage(
        env,
        "create_company_site",
        "--name",
        "Kiruna",
        "--hostname",
        COMPANY,
        "--port",
        "443",
    )
    for port in (port_a, port_b):
        status, home = page(port, "/")
        assert status == 200
        assert "Kiruna" in home
        assert f'href="https://{COMPANY}/en/"' in home  # from the site list
        assert 'href="None' not in home
        status, blog = page(port, "/blogg/")
        assert status == 200
        assert f'href="https://{COMPANY}/blogg/rss/"' in blog
        assert 'href="None' not in blog
        assert page(port, "/en/", COMPANY)[0] == 200


def test_publish_and_delete_are_served_at_once_by_the_other_server(servers):
    env, port_a, port_b = servers
    for port in (port_a, port_b):  # the menu is cached
        assert "Rapporter" not in page(port, "/", PORTAL)[1]
    shell(env, ADD_MENU_PAGE.format(title="Rapporter", slug="rapporter"))
    for port in (port_a, port_b):
        assert 'href="/rapporter/"' in page(port, "/", PORTAL)[1]
        assert page(port, "/rapporter/", PORTAL)[0] == 200
    shell(
        env,
        "from wagtail.models import Page\n"
        'Page.objects.get(slug="rapporter", locale__language_code="sv").delete()',
    )
    for port in (port_a, port_b):
        assert 'href="/rapporter/"' not in page(port, "/", PORTAL)[1]
        assert page(port, "/rapporter/", PORTAL)[0] == 404


def test_settings_change_is_served_at_once_by_the_other_server(servers):
    env, port_a, port_b = servers
    for port in (port_a, port_b):
        assert "Portalbolaget AB" not in page(port, "/", PORTAL)[1]
    shell(
        env,
        "from wagtail.models import Site\n"
        "from portal.models import SiteSettings\n"
        "row = SiteSettings.for_site(Site.objects.get(is_default_site=True))\n"
        'row.organisation_name = "Portalbolaget AB"\n'
        "row.save()",
    )
    for port in (port_a, port_b):
        assert "Portalbolaget AB" in page(port, "/", PORTAL)[1]
