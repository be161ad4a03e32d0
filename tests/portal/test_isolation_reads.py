"""Views that take an id, tried with company B's ids by company A's editor:
none shows B's titles, names or URLs (the read channels of issue #13), and
searching people and organisations works for a company's editor."""

from wagtail.log_actions import log
from wagtail.test.utils.form_data import inline_formset, rich_text

import pytest

from tests.portal import isolation
from tests.portal.isolation import LANGUAGES
from tests.portal.test_isolation_choices import edit, post_form

pytestmark = pytest.mark.django_db

B_MARKERS = ("Hemlig B", "B-sida", "B-bild", "B-dokument", "B-film", "B-person")


def shows_nothing_of_b(response):
    """Refused, or served without any of B's names."""
    text = response.content.decode()
    found = [marker for marker in B_MARKERS if marker in text]
    assert response.status_code < 500 and not found, (response.status_code, found)


@pytest.fixture
def as_publisher(client, world):
    client.force_login(world.publisher)
    return client


def test_admin_api_lists_and_shows_only_own_images_and_documents(as_editor, world):
    images = as_editor.get("/admin/api/main/images/")
    assert "A-bild" in images.content.decode()
    shows_nothing_of_b(images)
    shows_nothing_of_b(as_editor.get("/admin/api/main/images/", {"search": "B-bild"}))
    detail = as_editor.get(f"/admin/api/main/images/{world.b.image.pk}/")
    assert detail.status_code == 404
    documents = as_editor.get("/admin/api/main/documents/")
    assert "A-dokument" in documents.content.decode()
    shows_nothing_of_b(documents)
    detail = as_editor.get(f"/admin/api/main/documents/{world.b.document.pk}/")
    assert detail.status_code == 404


@pytest.mark.parametrize("language", LANGUAGES)
def test_page_chooser_chosen_multiple_drops_b_pages(as_editor, world, language):
    own, other = world.a.posts[language], world.b.posts[language]
    url = "/admin/choose-page/chosen-multiple/"
    response = as_editor.get(url, {"id": [own.pk, other.pk]})
    assert "Hemlig A-post" in response.content.decode()
    shows_nothing_of_b(response)


@pytest.mark.parametrize("language", LANGUAGES)
def test_move_confirmation_does_not_name_a_b_destination(as_editor, world, language):
    post, target = world.a.posts[language], world.b.plain[language]
    shows_nothing_of_b(
        as_editor.get(f"/admin/pages/{post.pk}/move/{target.pk}/confirm/")
    )


@pytest.mark.parametrize("action", ["delete", "move", "publish", "unpublish"])
def test_bulk_action_confirmations_do_not_name_b_pages(as_publisher, world, action):
    url = f"/admin/bulk/wagtailcore/page/{action}/"
    ids = [world.b.posts["sv"].pk, world.b.plain["en"].pk]
    shows_nothing_of_b(as_publisher.get(url, {"id": ids}))
    home = world.b.homes["sv"]
    shows_nothing_of_b(as_publisher.get(url, {"id": "all", "childOf": home.pk}))


def test_page_types_usage_report_counts_only_own_pages(as_editor, world):
    for url in (
        "/admin/reports/page-types-usage/",
        "/admin/reports/page-types-usage/results/",
    ):
        response = as_editor.get(url)
        assert response.status_code == 200
        shows_nothing_of_b(response)


def test_site_history_shows_only_own_objects_and_people(as_editor, world):
    """B's snippets and the people who edited them are not in A's site history."""
    b_staff = isolation.user("b-historik", "Bolag B – redaktörer")
    log(world.b.snippets["person"], "wagtail.edit", user=b_staff)
    log(world.a.snippets["person"], "wagtail.edit", user=world.editor)
    for url in ("/admin/reports/site-history/", "/admin/reports/site-history/results/"):
        response = as_editor.get(url)
        text = response.content.decode()
        assert response.status_code == 200 and "A-person" in text
        shows_nothing_of_b(response)
        assert "b-historik" not in text
    moderator = as_editor
    moderator.force_login(world.moderator)
    assert "B-person" in moderator.get("/admin/reports/site-history/").content.decode()


@pytest.mark.parametrize("language", LANGUAGES)
def test_workflow_cancellation_does_not_name_a_b_page(as_editor, world, language):
    post = world.b.posts[language]
    post.save_revision()
    post.get_workflow().start(post, world.moderator)  # in moderation at B
    url = f"/admin/pages/workflow/confirm_cancellation/{post.pk}/"
    response = as_editor.get(url)
    shows_nothing_of_b(response)
    assert "Granskning hos Bolag B" not in response.content.decode()  # its state


def test_image_select_format_and_film_usage_refuse_b(as_editor, world):
    image = world.b.image.pk
    shows_nothing_of_b(as_editor.get(f"/admin/images/chooser/{image}/select_format/"))
    shows_nothing_of_b(as_editor.get(f"/admin/media/usage/{world.b.film.pk}/"))
    own = as_editor.get(f"/admin/images/chooser/{world.a.image.pk}/select_format/")
    assert own.status_code == 200


def test_refused_choices_do_not_show_b_in_the_form_again(as_editor, world):
    b = world.b
    link = rich_text(f'<p><a linktype="page" id="{b.posts["sv"].pk}">x</a></p>')
    for data in (
        post_form(world, hero_image=b.image.pk),
        post_form(world, authors=inline_formset([{"person": b.snippets["person"].pk}])),
        post_form(world, body=[("image", {"image": b.image.pk, "alt_text": "x"})]),
        post_form(world, body=[("paragraph", link)]),
    ):
        response = edit(as_editor, world, data)
        assert response.status_code == 200
        shows_nothing_of_b(response)
        assert b.posts["sv"].url not in response.content.decode()
    person = world.a.snippets["person"]
    response = as_editor.post(
        f"/admin/snippets/portal/person/edit/{person.pk}/",
        {
            "name": "A-person",
            "organisation": b.snippets["organisation"].pk,
            "photo": b.image.pk,
            "site": world.a.site.pk,
        },
    )
    assert response.status_code == 200
    shows_nothing_of_b(response)
    assert "B-organisation" not in response.content.decode()
    response = as_editor.post(
        f"/admin/settings/portal/sitesettings/{world.a.site.pk}/",
        {"organisation_name": "A", "logo": b.image.pk},
    )
    assert response.status_code == 200
    shows_nothing_of_b(response)


@pytest.mark.parametrize("language", LANGUAGES)
def test_author_archive_refuses_another_companys_person(client, world, language):
    prefix = "" if language == "sv" else "/en"
    word = "forfattare" if language == "sv" else "author"
    blog = "blogg" if language == "sv" else "blog"
    for person, status in (
        (world.b.snippets["person"], 404),
        (world.a.snippets["person"], 200),
    ):
        url = f"{prefix}/{blog}/{word}/{person.pk}-x/"
        response = client.get(url, headers={"host": "a.example.se"})
        assert response.status_code == status, url


@pytest.mark.parametrize("model_name", ["person", "organisation"])
def test_editor_can_search_people_and_organisations(as_editor, world, model_name):
    for url in (
        f"/admin/snippets/portal/{model_name}/",
        f"/admin/snippets/portal/{model_name}/results/",
        f"/admin/snippets/choose/portal/{model_name}/",
        f"/admin/snippets/choose/portal/{model_name}/results/",
    ):
        response = as_editor.get(
            url, {"q": "person" if model_name == "person" else "organisation"}
        )
        assert response.status_code == 200, url
        text = response.content.decode()
        assert f"A-{model_name}" in text and "B-" not in text, url
