"""Editors' synonyms per company, used when readers search that company."""

import pytest

from search.models import SearchSynonym
from tests.factories.pages import BlogPostPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def posts(company, publish):
    publish(
        BlogPostPageFactory(
            parent=company["blog"], title="Nya hyresgäster i huset", body=[]
        ),
        BlogPostPageFactory(title="Hyresgästerna på portalen", body=[]),
    )
    return company


def found(client, typed, host=None):
    headers = {"host": host} if host else {}
    response = client.get("/sok/", {"q": typed}, headers=headers)
    return [entry.title for entry in response.context["search_results"]]


def test_a_companys_synonym_finds_the_other_word_on_its_site(client, posts):
    assert found(client, "boende", posts["host"]) == []
    SearchSynonym.objects.create(site=posts["site"], words="boende, hyresgäst")
    assert found(client, "boende", posts["host"]) == ["Nya hyresgäster i huset"]
    assert found(client, "boendet", posts["host"]) == ["Nya hyresgäster i huset"]
    SearchSynonym.objects.get().delete()  # no longer applies, cached or not
    assert found(client, "boende", posts["host"]) == []


def test_another_companys_synonyms_never_apply(client, posts, site):
    SearchSynonym.objects.create(site=posts["site"], words="boende, hyresgäst")
    # The portal's search uses only portal-wide synonyms.
    assert found(client, "boende") == []
    SearchSynonym.objects.create(site=None, words="boende, hyresgäst")
    assert set(found(client, "boende")) == {
        "Hyresgästerna på portalen",
        "Nya hyresgäster i huset",  # the portal searches every company
    }


def test_synonyms_are_per_language(client, posts):
    SearchSynonym.objects.create(
        site=posts["site"], words="boende, hyresgäst", language="en"
    )
    assert found(client, "boende", posts["host"]) == []


def test_the_excerpt_marks_the_synonym(client, posts, publish):
    publish(
        BlogPostPageFactory(
            parent=posts["blog"],
            title="Om året",
            intro="<p>Alla hyresgäster bjöds in.</p>",
            body=[],
        )
    )
    SearchSynonym.objects.create(site=posts["site"], words="boende, hyresgäst")
    response = client.get("/sok/", {"q": "boende"}, headers={"host": posts["host"]})
    excerpts = [str(e.excerpt) for e in response.context["search_results"]]
    assert any("<mark>hyresgäster</mark>" in html for html in excerpts)


def test_editors_see_only_their_companys_synonyms(client, posts, django_user_model):
    from portal.companies.access import ensure_company_access

    ours = SearchSynonym.objects.create(site=posts["site"], words="boende, hyresgäst")
    theirs = SearchSynonym.objects.create(site=None, words="labb, verkstad")
    access = ensure_company_access(posts["site"])
    editor = django_user_model.objects.create_user("redaktor", password="x")
    editor.groups.add(access.editors)
    client.force_login(editor)
    listing = client.get("/admin/snippets/search/searchsynonym/")
    assert listing.status_code == 200
    assert "boende, hyresgäst" in listing.content.decode()
    assert "labb, verkstad" not in listing.content.decode()
    edit = "/admin/snippets/search/searchsynonym/edit/{}/"
    assert client.get(edit.format(ours.pk)).status_code == 200
    assert client.get(edit.format(theirs.pk)).status_code in (403, 404, 302)
