"""Archives on the blog index: by tag, author, month and lab, and their 404s."""

import datetime

import pytest
from pytest_django.asserts import assertContains, assertNotContains, assertTemplateUsed

from tests.factories.pages import (
    BlogPostPageFactory,
    LabPageFactory,
)
from tests.factories.snippets import PersonFactory

pytestmark = pytest.mark.django_db


def test_tag_archive_lists_only_tagged_posts_with_title_and_canonical(client, blog):
    BlogPostPageFactory(parent=blog, title="Om utvärdering", tags=["utvärdering"])
    BlogPostPageFactory(parent=blog, title="Om annat", tags=["annat"])
    response = client.get("/blogg/tagg/utvärdering/")
    assert response.status_code == 200
    assertTemplateUsed(response, "blog/blog_archive_page.html")
    assertContains(response, "Om utvärdering")
    assertNotContains(response, "Om annat")
    assertContains(response, "<title>Inlägg taggade ”utvärdering” – Blogg")
    assertContains(
        response,
        '<link rel="canonical" href="http://localhost/blogg/tagg/utv%C3%A4rdering/">',
    )


def test_post_links_its_tags_and_authors_to_their_archives(client, blog):
    anna = PersonFactory(name="Anna Kanervo")
    post = BlogPostPageFactory(parent=blog, tags=["BIS"], authors=[anna])
    response = client.get(post.url)
    assertContains(response, 'href="/blogg/tagg/bis/"')
    author_url = f"/blogg/forfattare/{anna.pk}-anna-kanervo/"
    assertContains(response, f'href="{author_url}"')
    assertContains(client.get(author_url), post.title)


def test_author_archive_finds_posts_of_the_person_only(client, blog):
    anna, lena = PersonFactory(name="Anna"), PersonFactory(name="Lena")
    BlogPostPageFactory(parent=blog, title="Annas inlägg", authors=[anna])
    BlogPostPageFactory(parent=blog, title="Lenas inlägg", authors=[lena])
    response = client.get(f"/blogg/forfattare/{anna.pk}-anna/")
    assertContains(response, "Annas inlägg")
    assertNotContains(response, "Lenas inlägg")
    assertContains(response, "Inlägg av Anna")


def test_month_and_year_archives(client, blog):
    BlogPostPageFactory(parent=blog, title="November", date=datetime.date(2019, 11, 13))
    BlogPostPageFactory(parent=blog, title="Mars", date=datetime.date(2019, 3, 1))
    BlogPostPageFactory(
        parent=blog, title="Förra året", date=datetime.date(2018, 11, 1)
    )
    month = client.get("/blogg/2019/11/")
    assertContains(month, "Inlägg från november 2019")
    assertContains(month, "November")
    assertNotContains(month, "Förra året")
    assertNotContains(month, ">Mars<")
    year = client.get("/blogg/2019/")
    assertContains(year, "Mars")
    assertNotContains(year, "Förra året")


def test_lab_archive_lists_posts_about_the_lab(client, blog, home_page):
    lab = LabPageFactory(title="BIS", slug="bis")
    BlogPostPageFactory(parent=blog, title="Från labbet", related_lab=lab)
    BlogPostPageFactory(parent=blog, title="Utan labb")
    response = client.get("/blogg/labb/bis/")
    assertContains(response, "Inlägg om BIS")
    assertContains(response, "Från labbet")
    assertNotContains(response, "Utan labb")


def test_empty_archive_says_so_and_links_back(client, blog):
    response = client.get("/blogg/2001/01/")
    assert response.status_code == 200
    assertContains(response, "Här finns inga inlägg än.")
    assertContains(response, 'href="/blogg/"')


def test_archives_paginate(client, blog):
    for number in range(14):
        BlogPostPageFactory(parent=blog, title=f"Inlägg {number:02d}", tags=["boende"])
    first = client.get("/blogg/tagg/boende/")
    assertContains(first, 'rel="next"')
    second = client.get("/blogg/tagg/boende/", {"page": 2})
    assertContains(second, "Inlägg 00")
    assertContains(second, "(sida 2)")
    assertContains(second, 'href="http://localhost/blogg/tagg/boende/?page=2"')


@pytest.mark.parametrize(
    "path",
    [
        "/blogg/tagg/finns-inte/",
        "/blogg/forfattare/999999-ingen/",
        "/blogg/labb/finns-inte/",
        "/blogg/2019/13/",
        "/blogg/nagot/annat/",
        "/blogg/tagg/",
        "/blogg/2019/11/extra/",
    ],
)
def test_unknown_archives_and_sub_paths_are_404(client, blog, path):
    assert client.get(path).status_code == 404


def test_a_child_page_wins_over_an_archive_word(client, blog):
    post = BlogPostPageFactory(parent=blog, title="Taggen", slug="tagg")
    assertContains(client.get("/blogg/tagg/"), post.title)


def test_english_archives_use_english_route_words(client, blog, translate):
    post = BlogPostPageFactory(parent=blog, tags=["BIS"])
    english = translate(post, title="Closer to the goal")
    blog_en = english.get_parent()
    response = client.get(f"{blog_en.url}tag/bis/")
    assert response.status_code == 200
    assertContains(response, "Posts tagged “BIS”")
    assertContains(response, "Closer to the goal")
    assertContains(response, f'href="http://localhost{blog_en.url}tag/bis/"')
    assertContains(client.get(english.url), f'href="{blog_en.url}tag/bis/"')


def test_english_author_and_lab_archives_use_english_words(client, blog, translate):
    anna = PersonFactory(name="Anna")
    lab = LabPageFactory(title="BIS", slug="bis")
    post = BlogPostPageFactory(parent=blog, authors=[anna], related_lab=lab)
    english = translate(post, title="Closer to the goal")
    translate(lab, title="BIS in English")
    blog_en = english.get_parent()
    author = f"{blog_en.url}author/{anna.pk}-anna/"
    assertContains(client.get(english.url), f'href="{author}"')
    assertContains(client.get(author), "Closer to the goal")
    assertContains(client.get(f"{author}rss/"), "Closer to the goal")
    response = client.get(f"{blog_en.url}lab/bis/")
    assertContains(response, "Posts about BIS in English")
    assertContains(response, f'href="{blog_en.url}lab/bis/atom/"')
    # the Swedish words keep working in both languages
    assert client.get(f"/blogg/forfattare/{anna.pk}-anna/").status_code == 200
    assert client.get("/blogg/labb/bis/").status_code == 200


def test_swedish_words_under_en_still_resolve_with_english_canonical(
    client, blog, translate
):
    english = translate(BlogPostPageFactory(parent=blog, tags=["BIS"]))
    blog_en = english.get_parent()
    response = client.get(f"{blog_en.url}tagg/bis/")
    assertContains(
        response, f'<link rel="canonical" href="http://localhost{blog_en.url}tag/bis/">'
    )


def test_blog_pages_advertise_their_feeds(client, blog):
    post = BlogPostPageFactory(parent=blog, tags=["BIS"])
    for url in (blog.url, post.url):
        response = client.get(url)
        assertContains(response, 'type="application/rss+xml"', count=2)
        assertContains(response, 'href="/blogg/rss/"')
        assertContains(response, 'href="/blogg/atom/"')
        assertContains(response, 'href="/flode/rss/"')
    assertContains(client.get("/blogg/tagg/bis/"), 'href="/blogg/tagg/bis/rss/"')
    anna = PersonFactory(name="Anna")
    post.authors.create(person=anna)
    author = f"/blogg/forfattare/{anna.pk}-anna/"
    assertContains(client.get(author), f'href="{author}atom/"')
    LabPageFactory(slug="bis")
    assertContains(client.get("/blogg/labb/bis/"), 'href="/blogg/labb/bis/rss/"')


def test_footer_follow_links_have_accessible_names(client, site):
    from portal.models import SiteSettings

    settings = SiteSettings.for_site(site)
    settings.organisation_name = "Bodens Bostäder"
    settings.instagram = "https://www.instagram.com/bodensbostader/"
    settings.save()
    response = client.get("/")
    assertContains(response, '<h2 id="footer-social">Följ oss</h2>')
    assertContains(
        response,
        '<a href="https://www.instagram.com/bodensbostader/">'
        "Bodens Bostäder på Instagram</a>",
    )
