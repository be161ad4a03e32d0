"""A portal moderator adds a housing company; its site answers at once.

The moderator fills in the admin's form (the port comes filled in with the
portal's own), and the new site then serves its home in both languages with
every section in the menu, the contact details in the footer and addresses on
the portal's port.
"""

import re

import pytest

from tests.browser.admin import ADMIN_LANGUAGES, log_in, use_admin_language
from tests.browser.helpers import TIMEOUT_MS

PHONE = "0920-23 40 00"
EMAIL = "info@lulebo.example"
MENUS = {
    "/": ["Startsida", "Blogg", "Labb", "Om oss", "Kontakt"],
    "/en/": ["Home", "Blog", "Labs", "About us", "Contact"],
}


@pytest.mark.parametrize("language", ADMIN_LANGUAGES)
def test_moderator_adds_a_company_whose_site_answers_with_a_full_menu(
    page, site_url, portal_server, language
):
    host = f"lulebo-{language}.localhost"  # one company per admin language
    base = site_url("localhost").rstrip("/")
    log_in(page, base, "moderator")
    use_admin_language(page, base, language)
    page.goto(f"{base}/admin/companies/add/")
    assert page.input_value("#id_port") == str(portal_server)
    page.fill("#id_name", f"Lulebo {language}")
    page.fill("#id_hostname", host)
    page.fill("#id_phone", PHONE)
    page.fill("#id_email", EMAIL)
    page.fill("#id_accent_colour", "#00676b")
    page.click("footer button[type=submit]")
    page.wait_for_url(re.compile(r"/admin/pages/\d+/$"), timeout=3 * TIMEOUT_MS)
    assert "Lulebo" in page.locator(".messages").inner_text()

    for path, titles in MENUS.items():
        response = page.goto(site_url(host, path))
        assert response.status == 200
        menu = page.locator(".site-nav a").all_inner_texts()
        assert [title.strip() for title in menu] == titles
        footer = page.locator("footer").inner_text()
        assert PHONE in footer and EMAIL in footer
        for link in page.locator(".site-nav a").evaluate_all(
            "links => links.map((a) => a.href)"
        ):
            assert link.startswith(site_url(host, "/"))
