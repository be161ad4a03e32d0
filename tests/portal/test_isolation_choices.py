"""A hand-crafted page form cannot slip company B's images, documents, snippets
or pages into company A's pages: the form comes back with an error beside the
field, the data kept and nothing saved. Moderators choose freely, and what is
already on a page stays valid."""

from wagtail.models import Page
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

import pytest

from blog.models import BlogPostPage, BlogPostPageAuthor
from labs.models import LabIndexPage, VideoPage
from portal.companies.choices import MESSAGES
from portal.models import FooterText, Organisation, Person, SiteSettings
from tests.factories.pages import LabPageFactory
from tests.labs.helpers import film_form_data, media_file

pytestmark = pytest.mark.django_db


def lab(company):
    index = LabIndexPage.objects.child_of(company.homes["sv"]).get()
    return LabPageFactory(parent=index, title=f"{company.site.site_name} labb")


def post_form(world, body=(), **fields):
    """The edit form of A's Swedish post, with A's person as its author."""
    post = world.a.posts["sv"]
    data = {
        "title": post.title,
        "slug": post.slug,
        "date": "2026-11-26",
        "intro": rich_text("<p>Ingress</p>"),
        "authors": inline_formset([{"person": world.a.snippets["person"].pk}]),
        "hero_image_alt": "Bild",
        "body": streamfield(list(body)),
    }
    data.update(fields)
    return nested_form_data(data)


def edit(client, world, data):
    return client.post(f"/admin/pages/{world.a.posts['sv'].pk}/edit/", data)


def saved(world):
    """A's post as last saved (the fixture's instance caches its latest revision)."""
    post = BlogPostPage.objects.get(pk=world.a.posts["sv"].pk)
    return post.get_latest_revision_as_object()


def revisions(world):
    return world.a.posts["sv"].revisions.count()


def message(kind, model=None):
    return str(MESSAGES[kind] % {"models": model and model._meta.verbose_name_plural})


def assert_refused(response, world, before, errors):
    """200, the form again with each (form, field, kind) error, nothing saved."""
    assert response.status_code == 200
    for form, field, expected in errors:
        assert expected in [str(error) for error in form.errors[field]], form.errors
    assert revisions(world) == before


def page_form(response):
    return response.context["form"]


def test_b_image_as_hero_image_is_refused(as_editor, world):
    before = revisions(world)
    response = edit(as_editor, world, post_form(world, hero_image=world.b.image.pk))
    form = page_form(response)
    assert_refused(response, world, before, [(form, "hero_image", message("image"))])
    assert form.data["hero_image"] == str(world.b.image.pk)  # the data is kept


def test_b_person_as_author_is_refused(as_editor, world):
    before = revisions(world)
    b_person = world.b.snippets["person"]
    data = post_form(world, authors=inline_formset([{"person": b_person.pk}]))
    response = edit(as_editor, world, data)
    author = page_form(response).formsets["authors"].forms[0]
    assert_refused(
        response, world, before, [(author, "person", message("snippet", Person))]
    )


def test_b_lab_as_related_lab_is_refused(as_editor, world):
    before = revisions(world)
    response = edit(as_editor, world, post_form(world, related_lab=lab(world.b).pk))
    form = page_form(response)
    assert_refused(response, world, before, [(form, "related_lab", message("page"))])


@pytest.mark.parametrize(
    "block, kind",
    [
        (lambda b: ("image", {"image": b.image.pk, "alt_text": "Bild"}), "image"),
        (lambda b: ("document", {"document": b.document.pk}), "document"),
        (
            lambda b: ("call_to_action", {"text": "Läs", "page": b.posts["sv"].pk}),
            "page",
        ),
        (
            lambda b: (
                "paragraph",
                rich_text(f'<p><a linktype="document" id="{b.document.pk}">x</a></p>'),
            ),
            "document",
        ),
        (
            lambda b: (
                "paragraph",
                rich_text(f'<p><a linktype="page" id="{b.posts["en"].pk}">x</a></p>'),
            ),
            "page",
        ),
    ],
    ids=["image", "document", "page", "rich-text-document", "rich-text-page"],
)
def test_b_objects_in_body_blocks_are_refused(as_editor, world, block, kind):
    before = revisions(world)
    response = edit(as_editor, world, post_form(world, body=[block(world.b)]))
    assert_refused(
        response, world, before, [(page_form(response), "body", message(kind))]
    )


def test_b_image_on_a_new_page_is_refused(as_editor, world):
    home = world.a.homes["sv"]
    count = Page.objects.count()
    data = nested_form_data(
        {
            "title": "Ny sida",
            "slug": "ny-sida",
            "intro": rich_text(""),
            "hero_image": world.b.image.pk,
            "hero_image_alt": "Bild",
            "body": streamfield([]),
        }
    )
    response = as_editor.post(f"/admin/pages/add/home/standardpage/{home.pk}/", data)
    assert response.status_code == 200
    assert "hero_image" in page_form(response).errors
    assert Page.objects.count() == count


def test_own_objects_are_saved(as_editor, world):
    a = world.a
    body = [
        ("image", {"image": a.image.pk, "alt_text": "Bild"}),
        ("document", {"document": a.document.pk}),
        ("call_to_action", {"text": "Läs", "page": a.plain["en"].pk}),
        (
            "paragraph",
            rich_text(f'<p><a linktype="page" id="{a.homes["sv"].pk}">x</a></p>'),
        ),
    ]
    own_lab = lab(a)
    data = post_form(world, hero_image=a.image.pk, related_lab=own_lab.pk, body=body)
    response = edit(as_editor, world, data)
    assert response.status_code == 302, page_form(response).errors
    post = saved(world)
    assert post.hero_image_id == a.image.pk and post.related_lab_id == own_lab.pk
    assert [author.person_id for author in post.authors.all()] == [
        a.snippets["person"].pk
    ]
    assert [block.block_type for block in post.body] == [kind for kind, _ in body]


def test_choices_already_on_the_page_stay_valid(as_editor, world):
    """A moderator chose B's image and person; the editor may keep them."""
    post = BlogPostPage.objects.get(pk=world.a.posts["sv"].pk)
    b_person = world.b.snippets["person"]
    post.hero_image = world.b.image
    post.authors = [BlogPostPageAuthor(person=b_person)]
    post.save()  # writes the author row too
    post.save_revision()
    author = BlogPostPage.objects.get(pk=post.pk).authors.get()
    authors = inline_formset([{"id": author.pk, "person": b_person.pk}], initial=1)
    data = post_form(world, hero_image=world.b.image.pk, authors=authors)
    response = edit(as_editor, world, data)
    assert response.status_code == 302, page_form(response).errors
    assert saved(world).hero_image_id == world.b.image.pk


def test_moderator_may_choose_any_company(client, world):
    client.force_login(world.moderator)
    body = [("image", {"image": world.b.image.pk, "alt_text": "Bild"})]
    data = post_form(world, hero_image=world.b.image.pk, body=body)
    response = edit(client, world, data)
    assert response.status_code == 302, page_form(response).errors


def test_b_image_and_organisation_in_a_snippet_are_refused(as_editor, world):
    person = world.a.snippets["person"]
    url = f"/admin/snippets/portal/person/edit/{person.pk}/"
    data = {
        "name": "A-person",
        "role": "Ändrad",
        "organisation": world.b.snippets["organisation"].pk,
        "photo": world.b.image.pk,
        "site": world.a.site.pk,
    }
    response = as_editor.post(url, data)
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert message("image") in errors["photo"]
    assert message("snippet", Organisation) in errors["organisation"]
    assert Person.objects.get(pk=person.pk).role != "Ändrad"
    own = {"organisation": world.a.snippets["organisation"].pk, "photo": ""}
    assert as_editor.post(url, {**data, **own}).status_code == 302
    assert Person.objects.get(pk=person.pk).role == "Ändrad"


def test_b_logo_and_footer_text_in_site_settings_are_refused(as_editor, world):
    url = f"/admin/settings/portal/sitesettings/{world.a.site.pk}/"
    data = {
        "organisation_name": "Kapad",
        "logo": world.b.image.pk,
        "footer_text": world.b.snippets["footertext"].pk,
    }
    response = as_editor.post(url, data)
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert message("image") in errors["logo"]
    assert message("snippet", FooterText) in errors["footer_text"]
    assert SiteSettings.for_site(world.a.site).organisation_name != "Kapad"
    own = {"logo": world.a.image.pk, "footer_text": world.a.snippets["footertext"].pk}
    assert as_editor.post(url, {**data, **own}).status_code == 302
    assert SiteSettings.for_site(world.a.site).logo_id == world.a.image.pk


def film_draft(media):
    """A's new film, saved as a draft (editors cannot publish)."""
    return film_form_data(
        title="Så fungerar BIS",
        slug="sa-fungerar-bis",
        intro=rich_text("<p>Ett femtiotal partner under ett tak.</p>"),
        video_file=media.pk,
        video_url="",
        duration="00:00:08",
        transcript=rich_text("<p>Berättare: I BIS samlas ett femtiotal.</p>"),
    )


@pytest.mark.parametrize("owner, allowed", [("a", True), ("b", False)])
def test_film_file_must_be_in_the_editors_collections(as_editor, world, owner, allowed):
    media = media_file()
    media.collection = getattr(world, owner).collection
    media.save()
    parent = lab(world.a)
    url = f"/admin/pages/add/labs/videopage/{parent.pk}/"
    response = as_editor.post(url, film_draft(media))
    created = VideoPage.objects.filter(slug="sa-fungerar-bis")
    if allowed:
        assert response.status_code == 302 and created.exists()
        return
    assert response.status_code == 200 and not created.exists()
    errors = [str(error) for error in page_form(response).errors["video_file"]]
    assert message("media") in errors
