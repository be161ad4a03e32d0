"""An editor of company A cannot find, open or change company B's pages.

Every test goes through the real admin views, in the Swedish and the English
tree; B's page titles all contain "Hemlig B" or "Bolag B".
"""

from wagtail.models import Page

import pytest

from tests.portal.isolation import LANGUAGES, refused

pytestmark = pytest.mark.django_db


def b_page_ids(world):
    return {
        page.pk
        for home in world.b.homes.values()
        for page in home.get_descendants(inclusive=True)
    }


def assert_no_b(response, world):
    """No B page title, and no link to any B page (site names are public)."""
    assert response.status_code == 200
    text = response.content.decode()
    assert "Hemlig B" not in text
    for pk in b_page_ids(world):
        assert f"/pages/{pk}/" not in text and f'data-id="{pk}"' not in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_explorer_shows_own_tree_but_none_of_b(as_editor, world, language):
    assert_no_b(as_editor.get("/admin/pages/"), world)
    own = as_editor.get(f"/admin/pages/{world.a.homes[language].pk}/")
    assert_no_b(own, world)
    assert "Blog" in own.content.decode()  # Blogg / Blog: the listing works


@pytest.mark.parametrize("language", LANGUAGES)
def test_explorer_refuses_a_guessed_b_page(as_editor, world, language):
    for page in (world.b.homes[language], world.b.posts[language].get_parent()):
        response = as_editor.get(f"/admin/pages/{page.pk}/")
        assert response.status_code == 302
        assert_no_b(as_editor.get(response["Location"]), world)


@pytest.mark.parametrize("language", LANGUAGES)
def test_page_chooser_shows_none_of_b(as_editor, world, language):
    assert_no_b(as_editor.get("/admin/choose-page/"), world)
    assert_no_b(as_editor.get("/admin/choose-page/search/", {"q": "Hemlig"}), world)
    own_post = as_editor.get("/admin/choose-page/search/", {"q": "Hemlig"})
    assert "Hemlig A-post" in own_post.content.decode()
    guessed = as_editor.get(f"/admin/choose-page/{world.b.homes[language].pk}/")
    assert guessed.status_code == 302
    assert_no_b(as_editor.get(guessed["Location"]), world)


@pytest.mark.parametrize("language", LANGUAGES)
def test_admin_search_shows_none_of_b(as_editor, world, language):
    response = as_editor.get("/admin/pages/search/", {"q": "Hemlig"})
    assert_no_b(response, world)
    assert "Hemlig A-post" in response.content.decode()


def unchanged(page):
    before = Page.objects.filter(pk=page.pk).values().get()
    return lambda: Page.objects.filter(pk=page.pk).values().get() == before


@pytest.mark.parametrize("language", LANGUAGES)
def test_editing_a_b_page_is_refused(as_editor, world, language):
    # The English home is wagtail-localize's: its translation editor is refused too.
    for page in (world.b.posts[language], world.b.homes[language]):
        same = unchanged(page)
        assert refused(as_editor.get(f"/admin/pages/{page.pk}/edit/"))
        response = as_editor.post(
            f"/admin/pages/{page.pk}/edit/", {"title": "Ändrad", "slug": "andrad"}
        )
        assert refused(response) and same()


@pytest.mark.parametrize("language", LANGUAGES)
def test_creating_under_a_b_page_is_refused(as_editor, world, language):
    blog = world.b.posts[language].get_parent()
    children = blog.get_children().count()
    assert refused(as_editor.get(f"/admin/pages/{blog.pk}/add_subpage/"))
    url = f"/admin/pages/add/blog/blogpostpage/{blog.pk}/"
    assert refused(as_editor.get(url))
    assert refused(as_editor.post(url, {"title": "Inkräktare", "slug": "inkraktare"}))
    assert blog.get_children().count() == children


@pytest.mark.parametrize("language", LANGUAGES)
def test_moving_a_b_page_is_refused(as_editor, world, language):
    post, target = world.b.posts[language], world.a.homes[language]
    same = unchanged(post)
    assert refused(as_editor.get(f"/admin/pages/{post.pk}/move/"))
    url = f"/admin/pages/{post.pk}/move/{target.pk}/confirm/"
    assert refused(as_editor.post(url))
    assert same()


@pytest.mark.parametrize("language", LANGUAGES)
def test_moving_an_a_page_into_b_is_refused(as_editor, world, language):
    post = world.a.posts[language]
    b_blog = world.b.posts[language].get_parent()
    same = unchanged(post)
    url = f"/admin/pages/{post.pk}/move/{b_blog.pk}/confirm/"
    assert refused(as_editor.post(url))
    assert same()


@pytest.mark.parametrize("language", LANGUAGES)
def test_copying_a_b_page_is_refused(as_editor, world, language):
    post, target = world.b.posts[language], world.a.posts[language].get_parent()
    pages = Page.objects.count()
    assert refused(as_editor.get(f"/admin/pages/{post.pk}/copy/"))
    response = as_editor.post(
        f"/admin/pages/{post.pk}/copy/",
        {"new_title": "Kopia", "new_slug": "kopia", "new_parent_page": target.pk},
    )
    assert refused(response)
    assert Page.objects.count() == pages


@pytest.mark.parametrize("language", LANGUAGES)
def test_unpublishing_a_b_page_is_refused(as_editor, world, language):
    post = world.b.posts[language]
    assert refused(as_editor.get(f"/admin/pages/{post.pk}/unpublish/"))
    assert refused(as_editor.post(f"/admin/pages/{post.pk}/unpublish/"))
    assert Page.objects.get(pk=post.pk).live


@pytest.mark.parametrize("language", LANGUAGES)
def test_deleting_a_b_page_is_refused(as_editor, world, language):
    post = world.b.posts[language]
    assert refused(as_editor.get(f"/admin/pages/{post.pk}/delete/"))
    assert refused(as_editor.post(f"/admin/pages/{post.pk}/delete/"))
    assert Page.objects.filter(pk=post.pk).exists()


@pytest.mark.parametrize("language", LANGUAGES)
def test_editor_may_edit_own_page_but_not_publish(as_editor, world, language):
    """The positive control: A's editor works in A's tree in both languages."""
    post = world.a.posts[language]
    response = as_editor.get(f"/admin/pages/{post.pk}/edit/")
    assert response.status_code == 200
    assert 'name="action-publish"' not in response.content.decode()
    assert 'name="action-submit"' in response.content.decode()
