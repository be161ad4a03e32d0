"""The search page: scope, filters, visibility, locale, promotions, pagination."""

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import PageViewRestriction

import pytest
from pytest_django.asserts import assertContains

from tests.factories.pages import (
    BlogIndexPageFactory,
    BlogPostPageFactory,
    LabPageFactory,
    VideoPageFactory,
)

pytestmark = pytest.mark.django_db


def titles(response):
    return [entry.title for entry in response.context["search_results"]]


def test_company_site_searches_its_own_pages_by_default(client, company, publish):
    own = publish(
        BlogPostPageFactory(parent=company["blog"], title="Solceller i Boden")
    )
    publish(BlogPostPageFactory(title="Solceller på portalen"))
    response = client.get(
        "/sok/", {"q": "solceller"}, headers={"host": company["host"]}
    )
    assert titles(response) == [own.title]


def test_switch_searches_all_companies(client, company, publish):
    publish(BlogPostPageFactory(parent=company["blog"], title="Solceller i Boden"))
    publish(BlogPostPageFactory(title="Solceller på portalen"))
    response = client.get(
        "/sok/", {"q": "solceller", "all": "1"}, headers={"host": company["host"]}
    )
    assert len(titles(response)) == 2


def test_portal_spans_every_company(client, company, publish):
    publish(BlogPostPageFactory(parent=company["blog"], title="Solceller i Boden"))
    publish(BlogPostPageFactory(title="Solceller på portalen"))
    response = client.get("/sok/", {"q": "solceller"})
    assert len(titles(response)) == 2
    # The other company's page links to its own host.
    assertContains(response, f"http://{company['host']}/blogg/")


def test_filters_by_company_and_type(client, company, publish):
    publish(BlogPostPageFactory(parent=company["blog"], title="Solceller i Boden"))
    lab = publish(LabPageFactory(parent=company["labs"], title="Solcellslabbet"))
    publish(BlogPostPageFactory(title="Solceller på portalen"))
    company_id = company["site"].pk
    response = client.get("/sok/", {"q": "solcell", "company": company_id})
    assert len(titles(response)) == 2
    response = client.get(
        "/sok/", {"q": "solcell", "company": company_id, "type": "lab"}
    )
    assert titles(response) == [lab.title]


def test_drafts_and_private_pages_never_appear(client, home_page, publish):
    BlogPostPageFactory(title="Hemligt utkast om solceller", live=False)
    private = publish(BlogPostPageFactory(title="Privat om solceller"))
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.LOGIN
    )
    public = publish(BlogPostPageFactory(title="Öppet om solceller"))
    assert titles(client.get("/sok/", {"q": "solceller"})) == [public.title]


def test_only_the_reader_locale_is_searched(client, home_page_en, translate, publish):
    post = publish(BlogPostPageFactory(title="Solceller på taket"))
    translate(post.get_parent(), title="Blog")
    english = translate(post, title="Solar panels on the roof")
    assert titles(client.get("/sok/", {"q": "solceller"})) == [post.title]
    assert titles(client.get("/en/search/", {"q": "solar"})) == [english.title]
    assert titles(client.get("/en/search/", {"q": "solceller"})) == []


def test_titles_rank_above_body_text(client, publish):
    in_body = publish(
        BlogPostPageFactory(title="Ett inlägg", intro="<p>Om vattenrening.</p>")
    )
    in_title = publish(BlogPostPageFactory(title="Vattenrening i praktiken"))
    assert titles(client.get("/sok/", {"q": "vattenrening"})) == [
        in_title.title,
        in_body.title,
    ]


def test_result_shows_type_company_date_and_marked_excerpt(client, publish):
    publish(
        VideoPageFactory(
            title="En film", transcript="<p>Vi pratar om vattenrening här.</p>"
        )
    )
    response = client.get("/sok/", {"q": "vattenrening"})
    assertContains(response, "<mark>vattenrening</mark>", html=False)
    assertContains(response, "Film")
    assertContains(response, response.context["search_results"][0].company)


def test_promotions_come_first(client, publish):
    publish(BlogPostPageFactory(title="Vattenrening i praktiken"))
    pick = publish(BlogPostPageFactory(title="Det bästa vi vet"))
    SearchPromotion.objects.create(
        query=Query.get("vattenrening"), page=pick, sort_order=0
    )
    html = client.get("/sok/", {"q": "Vattenrening"}).content.decode()
    assert html.index("Det bästa vi vet") < html.index("Vattenrening i praktiken")


def test_promotions_of_another_site_are_not_shown(client, company, publish):
    publish(BlogPostPageFactory(parent=company["blog"], title="Solceller i Boden"))
    portal_page = publish(BlogPostPageFactory(title="Portalens bästa"))
    SearchPromotion.objects.create(query=Query.get("solceller"), page=portal_page)
    on_company = client.get(
        "/sok/", {"q": "solceller"}, headers={"host": company["host"]}
    )
    assert on_company.context["promotions"] == []
    on_portal = client.get("/sok/", {"q": "solceller"})
    assert [pick.page_id for pick in on_portal.context["promotions"]] == [
        portal_page.pk
    ]


def test_pagination_edges(client, publish):
    blog = BlogIndexPageFactory()
    for count in range(21):
        publish(BlogPostPageFactory(parent=blog, title=f"Vattenrening {count}"))
    # Out of range goes to the last page, not a number to the first.
    for page, number in [("1", 1), ("2", 2), ("3", 3), ("4", 3), ("0", 3), ("x", 1)]:
        response = client.get("/sok/", {"q": "vattenrening", "page": page})
        assert response.status_code == 200
        assert response.context["search_results"].number == number
        assert response.context["paginator"].count == 21
    assertContains(client.get("/sok/", {"q": "vattenrening", "page": "2"}), "page=3")
