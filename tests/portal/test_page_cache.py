"""The portal's own page cache (portal.caching.pages): what it keeps, what it
never serves, and that every change purges what it made stale.

Requests name the default site's own host (localhost): purges name each
site's hostname, as readers do.
"""

from django.test import override_settings

from wagtail.models import ReferenceIndex

import pytest

from portal.caching.purge import discard_pending_purges
from portal.models import SiteSettings
from tests.factories.pages import BlogPostPageFactory, StandardPageFactory
from tests.factories.snippets import PersonFactory
from tests.portal.servers import free_port, require, running

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache")]
HOST = "localhost"


@pytest.fixture
def page_cache():
    with override_settings(PORTAL_PAGE_CACHE=True):
        yield


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """with committed(): changes purge as if their transaction committed."""

    def commit():
        discard_pending_purges()  # the setup's: the test's transaction never commits
        return django_capture_on_commit_callbacks(execute=True)

    return commit


def get(client, path, host=HOST, **extra):
    response = client.get(path, HTTP_HOST=host, **extra)
    return response, response.get("X-Page-Cache")


@pytest.fixture
def about(home_page):
    return StandardPageFactory(parent=home_page, slug="om", title="Om portalen")


def test_second_anonymous_request_is_a_hit_with_the_same_page(client, about):
    first, state = get(client, "/om/")
    assert (first.status_code, state) == (200, "miss")
    second, state = get(client, "/om/")
    assert (second.status_code, state) == (200, "hit")
    assert second.content == first.content
    assert second["Cache-Control"] == first["Cache-Control"]
    assert "Set-Cookie" not in second


def test_head_is_answered_from_the_same_entry(client, about):
    get(client, "/om/")
    assert client.head("/om/", HTTP_HOST=HOST)["X-Page-Cache"] == "hit"


def test_a_hit_still_answers_304_to_its_etag(client, about):
    get(client, "/om/")
    etag = get(client, "/om/")[0]["ETag"]
    response = client.get("/om/", HTTP_HOST=HOST, HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 304


def test_query_strings_and_languages_are_kept_apart(client, home_page_en):
    assert get(client, "/")[1] == "miss"
    assert get(client, "/?page=2")[1] == "miss"
    english, state = get(client, "/en/")
    assert state == "miss"
    assert b'lang="en"' in english.content
    assert b'lang="sv"' in get(client, "/")[0].content


def test_an_editor_is_never_served_or_stored(client, admin_user, about):
    client.force_login(admin_user)
    for _ in range(2):
        response, state = get(client, "/om/")
        assert (response.status_code, state) == (200, None)
    client.logout()
    assert get(client, "/om/")[1] == "miss"  # nothing the editor saw was kept


def test_posts_admin_and_previews_are_never_looked_up(client, admin_user, about):
    assert get(client, "/admin/login/")[1] is None
    assert client.post("/om/", HTTP_HOST=HOST).get("X-Page-Cache") is None
    client.force_login(admin_user)
    preview = f"/admin/pages/{about.pk}/edit/preview/"
    assert get(client, preview)[1] is None


def test_other_hosts_and_not_found_pages_are_not_shared(client, about, other_site):
    get(client, "/om/")
    assert get(client, "/om/", host="sodertalje.localhost")[0].status_code == 404
    assert get(client, "/om/", host="sodertalje.localhost")[1] == "pass"


def test_publishing_purges_and_the_next_reader_sees_the_change(
    client, about, committed
):
    get(client, "/om/")
    get(client, "/")
    about.title = "Om oss nu"
    with committed():
        about.save_revision().publish()
    response, state = get(client, "/om/")
    assert (state, b"Om oss nu" in response.content) == ("miss", True)
    assert get(client, "/")[1] == "miss"
    assert get(client, "/om/")[1] == "hit"


def test_a_change_keeps_unrelated_pages(client, home_page, about, committed):
    other = StandardPageFactory(parent=about, slug="annat")
    get(client, other.url)
    elsewhere = StandardPageFactory(parent=home_page, slug="kontakt")
    get(client, elsewhere.url)
    about.intro = "<p>Ny ingress.</p>"
    with committed():
        about.save_revision().publish()
    assert get(client, elsewhere.url)[1] == "hit"
    assert get(client, other.url)[1] == "hit"  # the title, in its breadcrumbs, stayed


def test_moving_and_deleting_purge(client, home_page, about, committed):
    target = StandardPageFactory(parent=home_page, slug="mal")
    page = StandardPageFactory(parent=about, slug="sida", title="Flyttad")
    for path in ("/om/", "/mal/", "/om/sida/"):
        get(client, path)
    with committed():
        page.move(target, pos="last-child")
    # Wagtail's redirect to the new address, not the kept page.
    assert get(client, "/om/sida/")[0].status_code == 301
    assert get(client, "/om/")[1] == "miss"
    assert get(client, "/mal/")[1] == "miss"
    assert b"Flyttad" in get(client, "/mal/sida/")[0].content

    get(client, "/mal/sida/")
    with committed():
        page.delete()
    assert get(client, "/mal/sida/")[0].status_code == 404


def test_settings_and_snippet_edits_purge(client, site, about, committed):
    get(client, "/om/")
    settings = SiteSettings.for_site(site)
    settings.organisation_name = "Portalen AB"
    with committed():
        settings.save()
    response, state = get(client, "/om/")
    assert (state, b"Portalen AB" in response.content) == ("miss", True)

    person = PersonFactory(name="Eva Ek")
    post = BlogPostPageFactory(authors=[person])
    ReferenceIndex.create_or_update_for_object(post)  # as Wagtail does on commit
    get(client, post.url)
    get(client, "/om/")
    person.name = "Eva Berg"
    with committed():
        person.save()
    response, state = get(client, post.url)
    assert (state, b"Eva Berg" in response.content) == ("miss", True)
    assert get(client, "/om/")[1] == "hit"


def test_off_means_never_looked_up(client, about):
    with override_settings(PORTAL_PAGE_CACHE=False):
        assert get(client, "/om/")[1] is None
        assert get(client, "/om/")[1] is None


def redis_caches(port):
    return {
        "default": {
            "BACKEND": "portal.caching.resilient.ResilientRedisCache",
            "LOCATION": f"redis://127.0.0.1:{port}/0",
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }


def test_redis_keeps_pages_and_its_outage_only_costs_misses(client, about, tmp_path):
    program = require("redis-server")
    port = free_port()
    argv = [program, "--port", str(port), "--bind", "127.0.0.1", "--save", ""]
    argv += ["--appendonly", "no", "--dir", str(tmp_path)]
    with override_settings(CACHES=redis_caches(port)):
        with running(argv, port, tmp_path / "redis.log"):
            assert get(client, "/om/")[1] == "miss"
            assert get(client, "/om/")[1] == "hit"
        for _ in range(2):  # Redis is gone: built from the database every time
            response, state = get(client, "/om/")
            assert (response.status_code, state) == (200, "miss")
