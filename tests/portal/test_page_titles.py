"""<title> reads `Page – Site`, and only the site's name on its home page."""

import re

import pytest

from portal.templatetags.portal_tags import break_points, with_site_name
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


def test_english_pages_name_the_site_in_english(client, site, home_page, home_page_en):
    from portal.models import FooterText, SiteSettings

    swedish = FooterText.objects.create(
        name="Sidfot", site_name="Allmännyttans innovationsportal", site=site
    )
    english = swedish.copy_for_translation(home_page_en.locale)
    english.site_name = "Allmännyttan's innovation portal"
    english.save()
    settings = SiteSettings.for_site(site)
    settings.organisation_name = "Allmännyttan AB"
    settings.footer_text = swedish
    settings.save()
    page = StandardPageFactory(parent=home_page, title="Om oss")
    assert title(client.get(page.url)) == "Om oss – Allmännyttans innovationsportal"
    english_home = client.get(home_page_en.url)
    assert title(english_home).endswith(" – Allmännyttan&#x27;s innovation portal")
    header = re.search(r"<header.*?</header>", english_home.content.decode(), re.S)[0]
    assert "Allmännyttan&#x27;s innovation portal" in header
    footer = re.search(r"<footer.*?</footer>", english_home.content.decode(), re.S)[0]
    assert "Allmännyttans innovationsportal" not in footer
    # Without a name in the footer text, the organisation's name is the site's.
    FooterText.objects.filter(pk__in=[swedish.pk, english.pk]).update(site_name="")
    settings.save()  # editing the settings refreshes the cached chrome
    assert title(client.get(home_page_en.url)).endswith(" – Allmännyttan AB")


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("info@boden.example", "info@<wbr>boden<wbr>.example"),
        (
            "https://bodensbostader.example/om-oss/",
            "https://<wbr>bodensbostader<wbr>.example/<wbr>om-oss/<wbr>",
        ),
        ("<b>@", "&lt;b&gt;@<wbr>"),
    ],
)
def test_addresses_wrap_only_at_their_separators(address, expected):
    assert break_points(address) == expected
