"""Which URLs a page change makes stale in Varnish (portal.caching.purge)."""

from unittest import mock

from django.test import override_settings

import pytest

from portal.caching.purge import affected_urls
from tests.factories.pages import (
    BlogIndexPageFactory,
    BlogPostPageFactory,
    LabPageFactory,
    StandardPageFactory,
    VideoIndexPageFactory,
    VideoPageFactory,
)

pytestmark = pytest.mark.django_db
COMPANY = "http://sodertalje.localhost"


def test_post_stales_its_blog_feeds_homes_and_sitemap_in_each_language(
    site, home_page_en, other_site, translate
):
    blog = BlogIndexPageFactory(parent=other_site.root_page, slug="blogg")
    translate(blog, slug="blog")
    post = BlogPostPageFactory(parent=blog, slug="inlagg")
    portal = site.root_url

    assert affected_urls(post) == sorted(
        [
            f"{COMPANY}/",
            f"{COMPANY}/en/",
            f"{COMPANY}/blogg/",
            f"{COMPANY}/blogg/rss/",
            f"{COMPANY}/blogg/atom/",
            f"{COMPANY}/en/blog/",
            f"{COMPANY}/en/blog/rss/",
            f"{COMPANY}/en/blog/atom/",
            f"{COMPANY}/sitemap.xml",
            f"{portal}/",
            f"{portal}/en/",
        ]
    )


def test_film_stales_its_lab_and_the_film_indexes(site, home_page):
    lab = LabPageFactory(slug="labbet")
    films = VideoIndexPageFactory(parent=home_page, slug="filmer")
    film = VideoPageFactory(parent=lab, slug="film")
    urls = affected_urls(film)

    assert lab.get_full_url() in urls
    assert films.get_full_url() in urls
    assert f"{site.root_url}/sitemap.xml" in urls


def test_page_stales_its_parent_home_and_sitemap_only(site, home_page):
    about = StandardPageFactory(parent=home_page, slug="om")
    page = StandardPageFactory(parent=about, slug="vi")

    assert affected_urls(page) == sorted(
        [f"{site.root_url}/", f"{site.root_url}/om/", f"{site.root_url}/sitemap.xml"]
    )


def test_publishing_sends_no_purge_without_a_frontend_cache(home_page):
    page = StandardPageFactory(parent=home_page, slug="om")
    with mock.patch("portal.caching.purge.purge_urls_from_cache") as purge:
        page.save_revision().publish()
    purge.assert_not_called()


@override_settings(
    WAGTAILFRONTENDCACHE={
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": "http://127.0.0.1:6081",
        }
    }
)
def test_publishing_purges_the_affected_urls(home_page):
    page = StandardPageFactory(parent=home_page, slug="om")
    own = "wagtail.contrib.frontend_cache.signal_handlers.purge_page_from_cache"
    with (
        mock.patch(own),
        mock.patch("portal.caching.purge.purge_urls_from_cache") as purge,
    ):
        page.save_revision().publish()
    purge.assert_called_once_with(affected_urls(page))
