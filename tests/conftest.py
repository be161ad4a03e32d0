import contextlib
import os
import shutil
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from wagtail.models import Locale, Page, Site

import pytest

from search.hits import discard_pending_hits
from tests.factories.pages import HomePageFactory
from tests.portal.servers import free_port


@pytest.fixture(autouse=True)
def _isolated():
    """Each test starts with an empty cache, no search hits counted and Swedish
    active, and leaves no files."""
    cache.clear()
    discard_pending_hits()
    with translation.override("sv"):
        yield
    cache.clear()


BROWSER_SUITE = Path(__file__).parent / "browser"


def pytest_collection_modifyitems(config, items):
    """The browser suite runs no portal code in this process (the server it
    drives is a subprocess), so coverage pauses during its tests."""
    check_transactional_modules(items)
    for item in items:
        if item.path.is_relative_to(BROWSER_SUITE):
            item.add_marker(pytest.mark.no_cover)


# Modules with django_db(transaction=True) tests: those end by emptying the
# database (migration data included), so under pytest-xdist they run last on
# their worker, as pytest-django orders them in a single process.
TRANSACTIONAL_MODULES = {
    "tests/labs/test_film_publish_refusals.py",
    "tests/labs/test_migrations.py",
    "tests/portal/test_company_site.py",
}


def check_transactional_modules(items):
    for item in items:
        marker = item.get_closest_marker("django_db")
        module = item.nodeid.split("::", 1)[0]
        if (
            marker
            and marker.kwargs.get("transaction")
            and (module not in TRANSACTIONAL_MODULES)
        ):
            raise pytest.UsageError(
                f"{item.nodeid} empties the database: add {module} to "
                "TRANSACTIONAL_MODULES in tests/conftest.py"
            )


# The browser suite is two units, each with its own seeded server and Chromium
# (package-scoped fixtures), so both workers drive a browser: the page checks
# of every demo page, and the journeys, keyboard and HTML checks.
BROWSER_PAGE_CHECKS = {"tests/browser/test_pages.py", "tests/browser/test_checks.py"}


BROWSER_UNITS = ("tests/browser:journeys", "tests/browser:pages")


def work_unit(module):
    """The unit a module's tests are scheduled in, or None for the module's own."""
    if module in BROWSER_PAGE_CHECKS:
        return "tests/browser:pages"
    if module.startswith("tests/browser/"):
        return "tests/browser:journeys"
    if module in TRANSACTIONAL_MODULES:
        return "transactional"
    return None


def order_work(workqueue):
    """The browser units, the longest, first; the transactional unit last."""
    for unit in BROWSER_UNITS:
        if unit in workqueue:
            workqueue.move_to_end(unit, last=False)
    if "transactional" in workqueue:
        workqueue.move_to_end("transactional")


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config, log):
    """`-n 2 --dist loadscope` (make test): a module's tests share a worker, so a
    module-scoped fixture (the isolation tests' companies, the seeded demo) is
    built once; the browser suite is two units (BROWSER_PAGE_CHECKS and the
    rest), each starting its own seeded server and Chromium on its worker. The
    modules with transactional tests form the last unit handed out."""
    if config.getvalue("dist") != "loadscope":
        return None
    from xdist.scheduler import LoadScopeScheduling

    class PortalScheduling(LoadScopeScheduling):
        ordered = False

        def _split_scope(self, nodeid):
            module = nodeid.split("::", 1)[0]
            return work_unit(module) or super()._split_scope(nodeid)

        def _assign_work_unit(self, node):
            if not self.ordered:
                self.ordered = True
                order_work(self.workqueue)
            super()._assign_work_unit(node)

    return PortalScheduling(config, log)


def pytest_configure(config):
    # Each test process (an xdist worker, or a second run in the same checkout)
    # uploads into, and removes, a folder of its own.
    worker = os.environ.get("PYTEST_XDIST_WORKER") or f"run-{os.getpid()}"
    settings.MEDIA_ROOT = Path(settings.MEDIA_ROOT) / worker


@pytest.fixture(scope="session", autouse=True)
def _clean_media():
    yield
    shutil.rmtree(settings.MEDIA_ROOT, ignore_errors=True)
    with contextlib.suppress(OSError):  # the last process out removes the parent
        Path(settings.MEDIA_ROOT).parent.rmdir()


@pytest.fixture
def root_page(db):
    return Page.get_first_root_node()


@pytest.fixture
def locale_sv(db):
    return Locale.objects.get(language_code="sv")


@pytest.fixture
def locale_en(db):
    return Locale.objects.get(language_code="en")


@pytest.fixture
def site(db):
    """The umbrella portal: the default site, answering for 'testserver' too."""
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def home_page(site):
    return site.root_page.specific


@pytest.fixture
def home_page_en(home_page, locale_en):
    english = home_page.copy_for_translation(locale_en)
    english.title = "The housing companies' innovation portal"
    english.save_revision().publish()
    return english


@pytest.fixture
def translate(locale_en):
    """Publish an English copy of page (and of its untranslated ancestors)."""

    def make(page, **fields):
        english = page.copy_for_translation(locale_en, copy_parents=True)
        for name, value in fields.items():
            setattr(english, name, value)
        english.save_revision().publish()
        english.refresh_from_db()
        return english

    return make


@pytest.fixture
def other_site(db):
    """A second company's site on its own hostname."""
    home = HomePageFactory(title="Södertälje Bostäder", slug="sodertalje")
    return Site.objects.create(
        hostname="sodertalje.localhost", port=80, root_page=home, site_name=home.title
    )


@pytest.fixture
def mail_server_down(settings):
    """Real SMTP connections, to a port nobody listens on."""
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", free_port()


@pytest.fixture
def count_queries():
    """The queries a warm GET costs: count_queries(client, url, data=None, **extra).

    The first requests warm what the portal caches (site root paths, the
    site, chrome, renditions); the last is counted. All must answer 200. A
    site's first request creates its settings row, which bumps the content
    version and so empties the versioned caches once more: two warm-ups.
    """

    def count(client, url, data=None, **extra):
        for _ in range(2):
            assert client.get(url, data, **extra).status_code == 200  # warm-up
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url, data, **extra)
        assert response.status_code == 200
        return len(queries)

    return count


@pytest.fixture
def cold_queries():
    """The queries of the first GET after a publish: cold_queries(client, url).

    A first request makes what is kept across publishes (renditions, the
    site's settings row); then a new content version empties what is cached
    under it (listings' order and HTML, chrome), as a publish does, and the
    next request is counted: a count that must not grow with the data.
    """
    from portal.caching.version import bump_content_version

    def count(client, url, **extra):
        bump_content_version()
        assert client.get(url, **extra).status_code == 200
        bump_content_version()
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url, **extra).status_code == 200
        return len(queries)

    return count
