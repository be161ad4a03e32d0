"""A listing's order and size cached per content version (portal.caching.listings)."""

from django.core.paginator import Paginator

import pytest

from blog.models import BlogPostPage
from portal.caching.listings import CachedListing
from tests.factories.pages import BlogIndexPageFactory, BlogPostPageFactory

pytestmark = pytest.mark.django_db


def newest_first():
    return BlogPostPage.objects.live().order_by("-date", "-pk")


def listing():
    return CachedListing(newest_first, "test-posts", rows=BlogPostPage.objects.live())


def test_pages_come_in_the_querysets_order_and_a_publish_shows_at_once(
    home_page, django_assert_num_queries
):
    blog = BlogIndexPageFactory(parent=home_page)
    posts = [BlogPostPageFactory(parent=blog, title=f"Inlägg {n}") for n in range(5)]
    expected = list(newest_first())
    page = Paginator(listing(), 2).page(2)
    assert list(page.object_list) == expected[2:4]
    assert page.paginator.count == 5

    with django_assert_num_queries(1):  # the rows by id; count and order cached
        again = Paginator(listing(), 2).page(2)
        assert list(again.object_list) == expected[2:4]

    posts[0].title = "Nytt"
    posts[0].save_revision().publish()  # a new content version
    newest = BlogPostPageFactory(parent=blog, title="Senaste", date="2030-01-01")
    newest.save_revision().publish()
    assert listing().count() == 6
    assert listing()[0:1] == [newest]


def test_a_page_gone_since_its_ids_were_cached_is_left_out(home_page):
    blog = BlogIndexPageFactory(parent=home_page)
    kept, gone = BlogPostPageFactory(parent=blog), BlogPostPageFactory(parent=blog)
    listing()[0:2]
    BlogPostPage.objects.filter(pk=gone.pk).update(live=False)  # no new version
    assert listing()[0:2] == [kept]


def test_a_listing_is_read_in_slices():
    with pytest.raises(TypeError):
        listing()[0]
