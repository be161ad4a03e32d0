import pytest
from pytest_django.asserts import assertContains, assertTemplateUsed

pytestmark = pytest.mark.django_db


def test_home_renders_title_and_latest_posts(client, home_page):
    from tests.factories.pages import BlogPostPageFactory

    post = BlogPostPageFactory(parent__parent=home_page, title="Sambolivet löser sig")
    response = client.get("/")
    assert response.status_code == 200
    assertTemplateUsed(response, "home/home_page.html")
    assertContains(response, home_page.title)
    assertContains(response, post.title)
    assertContains(response, '<html lang="sv">')
