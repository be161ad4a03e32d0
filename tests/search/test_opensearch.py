"""/opensearch.xml: each site's and language's search, for browsers to add."""

import xml.etree.ElementTree as ET

import pytest

pytestmark = pytest.mark.django_db
NS = {"os": "http://a9.com/-/spec/opensearch/1.1/"}


def description(client, url, host):
    response = client.get(url, headers={"host": host})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/opensearchdescription+xml")
    return ET.fromstring(response.content)  # noqa: S314 (our own response)


@pytest.mark.parametrize(
    ("url", "language", "search"),
    [("/opensearch.xml", "sv", "/sok/"), ("/en/opensearch.xml", "en", "/en/search/")],
)
def test_each_site_and_language_describes_its_own_search(
    client, company, home_page_en, url, language, search
):
    root = description(client, url, company["host"])
    template = root.find("os:Url[@type='text/html']", NS).get("template")
    assert template == f"http://{company['host']}{search}?q={{searchTerms}}"
    assert root.find("os:Language", NS).text == language
    assert len(root.find("os:ShortName", NS).text) <= 16
    assert "Södertälje" in root.find("os:Description", NS).text


def test_pages_link_the_description_of_their_language(client, home_page, site):
    html = client.get("/").content.decode()
    assert '<link rel="search" type="application/opensearchdescription+xml"' in html
    assert 'href="/opensearch.xml"' in html


def test_only_get_is_allowed(client, site):
    assert client.post("/opensearch.xml").status_code == 405
