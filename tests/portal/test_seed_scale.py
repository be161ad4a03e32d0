"""manage.py seed_scale: benchmark companies in bulk, a valid tree, and --clear."""

from django.core.management import CommandError, call_command

from wagtail.models import Page, Site

import pytest

from blog.models import BlogPostPage, BlogPostPageAuthor
from labs.models import LabPage, VideoPage
from search.models import SearchEntry

pytestmark = pytest.mark.django_db


def seed(**counts):
    clear = counts.pop("clear", False)
    args = {"companies": 2, "posts": 11, "labs": 2, "films": 1, **counts}
    argv = [f"--{name}={value}" for name, value in args.items()]
    call_command("seed_scale", *argv, *(["--clear"] if clear else []), stdout=None)


def get(client, host, url):
    return client.get(url, headers={"host": host})


def test_creates_what_it_says_in_both_languages_as_a_valid_tree(home_page):
    pages_before = Page.objects.count()
    seed()
    sites = Site.objects.filter(hostname__startswith="skala-")
    assert sorted(s.hostname for s in sites) == [
        "skala-00.localhost",
        "skala-01.localhost",
    ]
    posts = BlogPostPage.objects.live()
    assert posts.filter(locale__language_code="sv").count() == 11
    assert posts.filter(locale__language_code="en").count() == 11
    assert LabPage.objects.filter(locale__language_code="sv").count() == 4
    assert VideoPage.objects.filter(locale__language_code="en").count() == 4
    post = posts.filter(locale__language_code="sv").first()
    assert post.get_translation_or_none(Page.objects.get(pk=post.pk).locale) == post
    assert post.get_translations().get().locale.language_code == "en"
    assert BlogPostPageAuthor.objects.filter(page=post).exists()
    assert post.tags.exists()
    assert SearchEntry.objects.filter(page_id=post.pk, kind="post").exists()
    assert Page.find_problems() == ([], [], [], [], [])
    assert Page.objects.count() > pages_before


def test_its_pages_render_and_are_listed_and_found(client, home_page):
    seed()
    host = "skala-01.localhost"
    post = BlogPostPage.objects.filter(url_path__startswith="/skala-01/").first()
    lab = LabPage.objects.filter(url_path__startswith="/skala-01/").first()
    film = VideoPage.objects.filter(url_path__startswith="/skala-01/").first()
    english = post.get_translations().get()
    for url in ("/", "/blogg/", "/labb/", "/en/blog/", post.url, lab.url, film.url):
        assert get(client, host, url).status_code == 200, url
    assert english.title in get(client, host, english.url).content.decode()
    assert post.title in get(client, host, "/blogg/").content.decode()  # 5 posts
    word = post.title.split()[0]
    assert post.title in get(client, host, f"/sok/?q={word}").content.decode()
    portal = client.get("/").content.decode()
    newest = BlogPostPage.objects.filter(locale__language_code="sv").order_by(
        "-first_published_at"
    )[0]
    assert newest.title in portal


def test_refuses_to_seed_twice_and_clear_removes_only_its_own(home_page):
    before = (Page.objects.count(), Site.objects.count(), SearchEntry.objects.count())
    seed()
    with pytest.raises(CommandError, match="--clear"):
        seed()
    seed(companies=1, posts=3, clear=True)  # replaces
    assert Site.objects.filter(hostname__startswith="skala-").count() == 1
    call_command("seed_scale", "--clear", "--companies=0", stdout=None)
    after = (Page.objects.count(), Site.objects.count(), SearchEntry.objects.count())
    assert after == before
    assert Page.find_problems() == ([], [], [], [], [])
