"""<title> reads `Page – Site`, and only the site's name on its home page."""

import re

import pytest

from portal.templatetags.portal_tags import with_site_name
from tests.factories.pages import StandardPageFactory

pytestmark = pytest.mark.django_db


def title(response):
    return re.search(r"<title>(.*?)</title>", response.content.decode(), re.S)[1]


def test_home_page_title_is_the_site_name_once(client, other_site):
    home = client.get("/", headers={"host": other_site.hostname})
    assert title(home) == "Södertälje Bostäder"


def test_a_page_title_names_its_site(client, home_page):
    page = StandardPageFactory(parent=home_page, title="Om oss & kontakt")
    site_name = title(client.get("/"))
    assert title(client.get(page.url)) == f"Om oss &amp; kontakt – {site_name}"


@pytest.mark.parametrize(
    ("page", "site", "expected"),
    [
        ("Blogg", "Bodens Bostäder", "Blogg – Bodens Bostäder"),
        ("Bodens Bostäder", "Bodens Bostäder", "Bodens Bostäder"),
        ("  ", "Bodens Bostäder", "Bodens Bostäder"),
        ("Blogg", "", "Blogg"),
        ("Blogg", "A & B <bolag>", "Blogg – A &amp; B &lt;bolag&gt;"),
    ],
)
def test_with_site_name(page, site, expected):
    assert with_site_name(page, site) == expected
