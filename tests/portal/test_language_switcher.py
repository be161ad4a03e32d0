"""Every page type links its translation: switcher, hreflang alternates, <html lang>.

Alternates are absolute, carry x-default (the Swedish page) and are
reciprocal: the Swedish page lists the English one and the English page the
Swedish one. A page without a translation offers the translated home instead.
"""

import re

from wagtail.models import Site

import pytest

from tests.factories.pages import (
    BlogPostPageFactory,
    FormFieldFactory,
    HomePageFactory,
    LabPageFactory,
    StandardPageFactory,
    VideoPageFactory,
)

pytestmark = pytest.mark.django_db

PAGE_TYPES = ["home", "page", "form", "blog", "post", "labs", "lab", "film"]


def html_lang(html):
    return re.search(r'<html lang="([^"]+)"', html).group(1)


def switcher_links(html):
    nav = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    return {
        code: url
        for url, code in re.findall(r'<a href="([^"]*)" hreflang="(\w+)"', nav)
    }


def alternates(html):
    found = re.findall(
        r'<link rel="alternate" hreflang="([\w-]+)" href="([^"]+)">', html
    )
    return dict(found)


@pytest.fixture
def swedish(home_page):
    lab = LabPageFactory(title="Integrationslabbet")
    post = BlogPostPageFactory(title="Lärdomar", related_lab=lab)
    return {
        "home": home_page,
        "page": StandardPageFactory(title="Om oss"),
        "form": FormFieldFactory(page__title="Kontakt").page,
        "blog": post.get_parent(),
        "post": post,
        "labs": lab.get_parent(),
        "lab": lab,
        "film": VideoPageFactory(parent=lab, title="Kortfilm"),
    }


@pytest.fixture
def english(swedish, home_page_en, translate):
    pages = {"home": home_page_en}
    for key in PAGE_TYPES[1:]:
        pages[key] = translate(swedish[key], title=f"English {key}")
    return pages


@pytest.mark.parametrize("key", PAGE_TYPES)
def test_swedish_and_english_pages_link_each_other(client, swedish, english, key):
    sv_page, en_page = swedish[key], english[key]
    expected = {
        "sv": sv_page.get_full_url(),
        "en": en_page.get_full_url(),
        "x-default": sv_page.get_full_url(),
    }
    assert expected["en"].startswith("http://localhost/en/")
    sv_html = client.get(sv_page.url).content.decode()
    en_html = client.get(en_page.url).content.decode()
    assert html_lang(sv_html) == "sv"
    assert html_lang(en_html) == "en"
    assert switcher_links(sv_html) == {"en": en_page.url}
    assert switcher_links(en_html) == {"sv": sv_page.url}
    assert alternates(sv_html) == expected
    assert alternates(en_html) == expected
    assert "language-switcher__note" not in sv_html + en_html


@pytest.mark.parametrize("key", PAGE_TYPES[1:])
def test_untranslated_page_offers_the_english_home(client, swedish, home_page_en, key):
    html = client.get(swedish[key].url).content.decode()
    assert switcher_links(html) == {"en": "/en/"}
    assert alternates(html) == {
        "sv": swedish[key].get_full_url(),
        "x-default": swedish[key].get_full_url(),
    }
    note = re.search(r'<span class="language-switcher__note" lang="en">([^<]+)<', html)
    assert note.group(1) == "This page is only available in Swedish."


def test_draft_translation_is_not_offered(client, swedish, english):
    english["post"].unpublish()
    html = client.get(swedish["post"].url).content.decode()
    assert switcher_links(html) == {"en": "/en/"}
    assert "en" not in alternates(html)


def test_english_page_switches_back_to_swedish_in_swedish(client, english):
    html = client.get(english["post"].url).content.decode()
    nav = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    assert 'lang="sv">Svenska</a>' in nav


@pytest.fixture
def company(translate):
    """A second site whose Swedish home is its root and has an English home."""
    home = HomePageFactory(title="Södertälje Bostäder", slug="sodertalje")
    site = Site.objects.create(
        hostname="sodertalje.localhost", port=80, root_page=home, site_name=home.title
    )
    post = BlogPostPageFactory(
        title="Solceller på taken", parent__parent=home, parent__title="Blogg"
    )
    english_home = translate(home, title="Södertälje Housing")
    translate(post.get_parent(), title="Blog", slug="blog")
    english_post = translate(post, title="Solar panels on the roofs")
    return {
        "site": site,
        "home": home,
        "english_home": english_home,
        "post": post,
        "english_post": english_post,
    }


def test_english_on_a_company_hostname_serves_that_companys_english_home(
    client, home_page_en, company
):
    english_home = company["english_home"]
    host = {"host": "sodertalje.localhost"}
    response = client.get("/en/", headers=host)
    assert response.status_code == 200
    assert response.context["page"].pk == english_home.pk
    html = response.content.decode()
    assert html_lang(html) == "en"
    assert switcher_links(html) == {"sv": "/"}
    assert alternates(html) == {
        "sv": "http://sodertalje.localhost/",
        "en": "http://sodertalje.localhost/en/",
        "x-default": "http://sodertalje.localhost/",
    }
    assert "Solar panels on the roofs" in html
    portal = client.get("/en/")
    assert portal.context["page"].pk == home_page_en.pk


def test_company_english_post_is_served_on_the_company_hostname(client, company):
    post = company["english_post"]
    assert post.get_full_url() == "http://sodertalje.localhost/en/blog/" + (
        f"{post.slug}/"
    )
    response = client.get(post.url, headers={"host": "sodertalje.localhost"})
    assert response.status_code == 200
    html = response.content.decode()
    assert switcher_links(html) == {"sv": company["post"].relative_url(company["site"])}
    assert alternates(html)["sv"] == company["post"].get_full_url()


def test_company_without_english_home_falls_back_to_swedish_home(client, company):
    """/en/ with no English home serves the Swedish root page (Page.localized)."""
    company["english_home"].unpublish()
    response = client.get("/en/", headers={"host": "sodertalje.localhost"})
    assert response.status_code == 200
    assert response.context["page"].pk == company["home"].pk
