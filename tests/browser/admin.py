"""What the admin journeys share: logging in and finding pages from the site."""

from portal.composition.demo.accounts import DEMO_PASSWORD
from tests.browser.helpers import TIMEOUT_MS


def log_in(page, base, username, password=DEMO_PASSWORD):
    page.goto(f"{base}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("button[type=submit]")
    page.wait_for_url(f"{base}/admin/", timeout=TIMEOUT_MS)


def userbar_links(page, url):
    """The admin links of the userbar on a public page (its shadow DOM)."""
    page.goto(url)
    return page.evaluate(
        """() => {
          const bar = document.querySelector("wagtail-userbar");
          return [...bar.shadowRoot.querySelectorAll("a")].map((a) => a.href);
        }"""
    )


def link_ending(links, suffix):
    return next(link for link in links if link.endswith(suffix))


def more_actions(page):
    """Open the footer's "more actions" menu (submit, publish, ...)."""
    page.click("footer .w-dropdown--dropdown-button [data-w-dropdown-target=toggle]")


ADMIN_LANGUAGES = ["sv", "en"]


def use_admin_language(page, base, language):
    """Set the logged-in user's admin language on their account page."""
    page.goto(f"{base}/admin/account/")
    # The account form requires a name, which the demo accounts lack.
    for field in ("first_name", "last_name"):
        name = page.locator(f"#id_name_email-{field}")
        if not name.input_value():
            name.fill("Demo")
    page.select_option("#id_locale-preferred_language", language)
    with page.expect_navigation():
        page.click("main form button[type=submit]:not([name])")
    page.goto(f"{base}/admin/")
    assert page.locator("html").get_attribute("lang") == language


def type_rich_text(page, input_id, text):
    """Type into the Draftail editor of the hidden input input_id, as an editor
    does, and wait until Draftail has saved the text into the input."""
    page.locator(
        f"#{input_id} + .Draftail-Editor__wrapper [contenteditable=true]"
    ).click()
    page.keyboard.type(text)
    page.wait_for_function(
        "([id, text]) => document.getElementById(id).value.includes(text)",
        arg=[input_id, text],
    )
