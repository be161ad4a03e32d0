"""The index follows publishing, unpublishing, moving, deleting and translating."""

from django.core.management import call_command, get_commands

import pytest

from search.models import SearchEntry
from tests.factories.pages import (
    BlogIndexPageFactory,
    BlogPostPageFactory,
    LabPageFactory,
)
from tests.factories.snippets import OrganisationFactory, PersonFactory

pytestmark = pytest.mark.django_db


def found(client, text, url="/sok/", **params):
    response = client.get(url, {"q": text, **params})
    return [entry.title for entry in response.context["search_results"]]


def test_publishing_indexes_and_unpublishing_removes(client, publish):
    post = publish(BlogPostPageFactory(title="Vattenrening"))
    assert found(client, "vattenrening") == ["Vattenrening"]
    post.title = "Vattenrening och avlopp"
    post.save_revision()  # a draft: readers still see the published text
    assert found(client, "avlopp") == []
    post.save_revision().publish()
    assert found(client, "avlopp") == ["Vattenrening och avlopp"]
    post.unpublish()
    assert found(client, "vattenrening") == []


def test_deleting_a_page_removes_it_and_its_children(client, publish):
    blog = BlogIndexPageFactory(title="Blogg om vattenrening")
    publish(blog, BlogPostPageFactory(parent=blog, title="Vattenrening i Boden"))
    assert len(found(client, "vattenrening")) == 2
    blog.delete()
    assert found(client, "vattenrening") == []
    assert not SearchEntry.objects.filter(title__icontains="vattenrening").exists()


def test_moving_a_page_moves_it_between_sites(client, company, publish):
    post = publish(BlogPostPageFactory(title="Vattenrening"))
    host = {"host": company["host"]}
    assert (
        client.get("/sok/", {"q": "vattenrening"}, headers=host)
        .context["paginator"]
        .count
        == 0
    )
    post.move(company["blog"], pos="last-child")
    response = client.get("/sok/", {"q": "vattenrening"}, headers=host)
    assert response.context["paginator"].count == 1
    assert SearchEntry.objects.get(pk=post.pk).site == company["site"]


def test_moving_a_page_before_a_sibling_keeps_the_siblings_rows_current(publish):
    blog = publish(BlogIndexPageFactory(title="Blogg"))
    first = publish(BlogPostPageFactory(parent=blog, title="Första"))
    second = publish(BlogPostPageFactory(parent=blog, title="Andra"))
    second.move(first, pos="left")  # treebeard renumbers the first post's path
    for post in (first, second):
        post.refresh_from_db()
        assert SearchEntry.objects.get(pk=post.pk).path == post.path


def test_translation_is_indexed_when_published(
    client, home_page_en, translate, publish
):
    post = publish(BlogPostPageFactory(title="Vattenrening"))
    translate(post.get_parent(), title="Blog")
    assert found(client, "water", url="/en/search/") == []
    translate(post, title="Water treatment")
    assert found(client, "water", url="/en/search/") == ["Water treatment"]


def test_authors_tags_and_organisations_are_searchable(client, publish):
    person = PersonFactory(name="Greta Ekström", role="verksamhetsledare")
    publish(BlogPostPageFactory(title="Ett inlägg", authors=[person], tags=["odling"]))
    lab = publish(
        LabPageFactory(
            title="Ett labb",
            organisations=[OrganisationFactory(name="Hyresgästföreningen")],
        )
    )
    assert found(client, "ekström") == ["Ett inlägg"]
    assert found(client, "verksamhetsledare") == ["Ett inlägg"]
    assert found(client, "odling") == ["Ett inlägg"]
    assert found(client, "hyresgästföreningen") == [lab.title]


def test_editing_an_author_reindexes_their_posts(client, publish):
    person = PersonFactory(name="Greta Ekström", role="verksamhetsledare")
    publish(BlogPostPageFactory(title="Ett inlägg", authors=[person]))
    person.role = "styrelseordförande"
    person.save()
    assert found(client, "styrelseordförande") == ["Ett inlägg"]


def test_rebuild_search_entries_rebuilds_everything(client, publish):
    publish(BlogPostPageFactory(title="Vattenrening"))
    SearchEntry.objects.all().delete()
    call_command("rebuild_search_entries", verbosity=0)
    assert found(client, "vattenrening") == ["Vattenrening"]
    assert SearchEntry.objects.filter(title="Vattenrening").count() == 1


def test_update_index_is_wagtails_own_again():
    commands = get_commands()
    assert commands["update_index"] == "wagtail.search"
    assert commands["rebuild_search_entries"] == "search"
