import datetime

from django.core.exceptions import ValidationError

from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

import pytest
from pytest_django.asserts import assertContains, assertNotContains, assertTemplateUsed

from blog.models import BlogIndexPage, BlogPostPage
from home.models import HomePage, StandardPage
from labs.models import LabPage
from tests.factories.images import ImageFactory
from tests.factories.pages import (
    BlogIndexPageFactory,
    BlogPostPageFactory,
    LabPageFactory,
)
from tests.factories.snippets import PersonFactory

pytestmark = pytest.mark.django_db

OLD, NEW = datetime.date(2019, 1, 1), datetime.date(2019, 12, 13)


class TestBlogTreeRules(WagtailPageTestCase):
    def setUp(self):
        self.login()

    def test_blog_index_lives_under_a_home_page_and_holds_posts(self):
        self.assertAllowedParentPageTypes(BlogIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(BlogIndexPage, {BlogPostPage})
        self.assertCanNotCreateAt(StandardPage, BlogIndexPage)

    def test_post_lives_only_in_a_blog_and_has_no_children(self):
        self.assertAllowedParentPageTypes(BlogPostPage, {BlogIndexPage})
        self.assertAllowedSubpageTypes(BlogPostPage, set())
        self.assertCanNotCreateAt(HomePage, BlogPostPage)
        self.assertCanNotCreateAt(LabPage, BlogPostPage)

    def test_editor_can_write_a_post_with_author_tags_and_body(self):
        blog = BlogIndexPageFactory()
        person = PersonFactory(name="Anna Kanervo")
        self.assertCanCreate(
            blog,
            BlogPostPage,
            nested_form_data(
                {
                    "title": "När vi lyfter blicken ser vi allt som åstadkommits",
                    "slug": "nar-vi-lyfter-blicken",
                    "date": "2019-11-13",
                    "intro": rich_text("<p>Håll i och håll ut.</p>"),
                    "tags": "utvärdering, BIS",
                    "authors": inline_formset([{"person": person.pk}]),
                    "body": streamfield(
                        [("quote", {"text": "Snyggt jobbat!", "attribution": "Anna"})]
                    ),
                }
            ),
        )
        post = BlogPostPage.objects.get(slug="nar-vi-lyfter-blicken")
        assert [a.person for a in post.authors.all()] == [person]
        assert set(post.tags.names()) == {"utvärdering", "BIS"}


def test_post_without_alt_text_for_its_hero_image_is_refused():
    post = BlogPostPageFactory.build(hero_image=ImageFactory(), hero_image_alt=" ")
    with pytest.raises(ValidationError) as error:
        post.clean()
    assert "hero_image_alt" in error.value.message_dict


def test_post_renders_date_authors_tags_hero_and_lab(client):
    lab = LabPageFactory(title="BIS – Boden Integration och Samverkan")
    anna = PersonFactory(name="Anna Kanervo", role="projektansvarig")
    lena = PersonFactory(name="Lena Liljendahl", role="boendeexpert")
    post = BlogPostPageFactory(
        authors=[anna, lena],
        tags=["utvärdering"],
        related_lab=lab,
        hero_image=ImageFactory(),
        hero_image_alt="Styrgruppen runt ett bord",
        body__0__quote__text="Vi blir bara klokare och klokare på vägen",
    )
    response = client.get(post.url)
    assert response.status_code == 200
    assertTemplateUsed(response, "blog/blog_post_page.html")
    assertContains(response, '<time datetime="2019-11-13">13 november 2019</time>')
    content = response.content.decode()
    assert content.index("Anna Kanervo") < content.index("Lena Liljendahl")
    assertContains(response, "projektansvarig")
    assertContains(response, "utvärdering")
    assertContains(response, 'alt="Styrgruppen runt ett bord"')
    assertContains(response, "Vi blir bara klokare och klokare på vägen")
    assertContains(response, f'href="{lab.url}"')


def test_blog_index_lists_live_posts_newest_first_with_excerpt(client):
    blog = BlogIndexPageFactory()
    old = BlogPostPageFactory(parent=blog, title="Gammalt", date=OLD)
    new = BlogPostPageFactory(parent=blog, title="Nytt", date=NEW)
    draft = BlogPostPageFactory(parent=blog, title="Utkast", live=False)
    response = client.get(blog.url)
    assertTemplateUsed(response, "blog/blog_index_page.html")
    content = response.content.decode()
    assert content.index(new.title) < content.index(old.title)
    assertNotContains(response, draft.title)
    assertContains(response, "Håll i och håll ut.")


def test_blog_index_paginates_and_survives_odd_page_numbers(client):
    blog = BlogIndexPageFactory()
    for number in range(14):
        BlogPostPageFactory(parent=blog, title=f"Inlägg {number:02d}")
    first = client.get(blog.url)
    assertContains(first, 'rel="next"')
    second = client.get(blog.url, {"page": 2})
    assertContains(second, "Inlägg 00")
    for odd in ("999", "x", "-1", "0"):
        assert client.get(blog.url, {"page": odd}).status_code == 200


def test_empty_blog_says_so(client):
    blog = BlogIndexPageFactory()
    assertContains(client.get(blog.url), "Inga inlägg har publicerats än.")


def test_english_post_renders_in_english(client, translate):
    post = BlogPostPageFactory(title="Sann innovation kräver dubbelt tänkande")
    english = translate(post, title="True innovation takes double thinking")
    response = client.get(english.url)
    assert response.status_code == 200
    assert english.url.startswith("/en/")
    assertContains(response, '<html lang="en">')
    assertContains(response, "True innovation takes double thinking")
    assertContains(response, f'hreflang="sv" href="http://localhost{post.url}"')
