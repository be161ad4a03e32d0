import shutil

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from wagtail.models import Locale, Page, Site

import pytest

from tests.factories.pages import HomePageFactory


@pytest.fixture(autouse=True)
def _isolated():
    """Each test starts with an empty cache and Swedish active, and leaves no files."""
    cache.clear()
    with translation.override("sv"):
        yield
    cache.clear()


@pytest.fixture(scope="session", autouse=True)
def _clean_media():
    yield
    shutil.rmtree(settings.MEDIA_ROOT, ignore_errors=True)


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
def count_queries():
    """The queries a warm GET costs: count_queries(client, url, data=None, **extra).

    The first request warms what the portal caches (site root paths, chrome,
    renditions); the second is counted. Both must answer 200.
    """

    def count(client, url, data=None, **extra):
        assert client.get(url, data, **extra).status_code == 200  # warm-up
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url, data, **extra)
        assert response.status_code == 200
        return len(queries)

    return count
