"""The contact form and the accessibility feedback resist bots, floods, walls of text.

Each test runs against both forms; nothing refused is stored or e-mailed.
"""

import pytest
from pytest_django.asserts import assertContains, assertTemplateUsed

from home.models import AccessibilityReport
from portal.models import SiteSettings
from portal.security.public_forms import HONEYPOT_FIELD, MAX_LENGTHS, RATE_PER_IP
from tests.factories.pages import (
    AccessibilityStatementPageFactory,
    FormFieldFactory,
    FormPageFactory,
)

pytestmark = pytest.mark.django_db


class ContactForm:
    """A form page built by an editor: a line, an address and a message."""

    fields = {"line": "namn", "email": "epost", "message": "meddelande"}
    invalid_status = 200  # Wagtail's form page answers a form error with 200

    def __init__(self):
        self.page = FormPageFactory()
        for label, field_type in [
            ("Namn", "singleline"),
            ("Epost", "email"),
            ("Meddelande", "multiline"),
        ]:
            FormFieldFactory(page=self.page, label=label, field_type=field_type)
        self.data = {"namn": "Kim", "epost": "kim@example.se", "meddelande": "Hej!"}

    def stored(self):
        return self.page.get_submission_class().objects.count()

    def assert_looks_sent(self, response):
        assertTemplateUsed(response, "home/form_page_landing.html")
        assert response.status_code == 200


class FeedbackForm:
    """The accessibility statement's form."""

    fields = {
        "line": "name",
        "email": "email",
        "message": "message",
        "location": "location",
    }
    invalid_status = 400

    def __init__(self):
        self.page = AccessibilityStatementPageFactory()
        self.data = {"kind": "problem", "message": "Bilden saknar alternativtext."}

    def stored(self):
        return AccessibilityReport.objects.count()

    def assert_looks_sent(self, response):
        assert response.status_code == 303
        assert response["Location"].endswith("?sent=1#feedback")


@pytest.fixture(params=[ContactForm, FeedbackForm], ids=["contact", "feedback"])
def form(request, site):
    settings = SiteSettings.for_site(site)
    settings.email = "info@bodensbostader.example"
    settings.save()
    return request.param()


def post(client, form, ip="127.0.0.1", url=None, **data):
    return client.post(url or form.page.url, {**form.data, **data}, REMOTE_ADDR=ip)


def test_a_message_is_stored_and_emailed(client, form, mailoutbox):
    form.assert_looks_sent(post(client, form))
    assert form.stored() == 1
    assert len(mailoutbox) == 1


@pytest.mark.parametrize(
    ("language", "label"),
    [("sv", "Lämna fältet tomt"), ("en", "Leave this field empty")],
)
def test_the_honeypot_is_hidden_from_people_and_assistive_technology(
    client, form, translate, language, label
):
    url = form.page.url if language == "sv" else translate(form.page).url
    response = client.get(url)
    assertContains(response, label)
    html = response.content.decode()
    trap = html[html.index('<div class="visually-hidden" aria-hidden="true">') :]
    trap = trap[: trap.index("</div>")]
    assert f'name="{HONEYPOT_FIELD}"' in trap
    assert 'tabindex="-1"' in trap and 'autocomplete="off"' in trap
    assert label in trap


def test_a_filled_honeypot_looks_sent_but_nothing_is_kept(client, form, mailoutbox):
    response = post(client, form, **{HONEYPOT_FIELD: "https://spam.example"})
    form.assert_looks_sent(response)
    assert form.stored() == 0
    assert not mailoutbox


def test_too_many_messages_from_one_address_are_refused(client, form, mailoutbox):
    for _number in range(RATE_PER_IP):
        form.assert_looks_sent(post(client, form))
    response = post(client, form)
    assertContains(response, "För många meddelanden", status_code=429)
    assertContains(response, "Vänta en timme", status_code=429)
    assert response["Retry-After"] == "3600"
    assert form.stored() == RATE_PER_IP
    assert len(mailoutbox) == RATE_PER_IP
    form.assert_looks_sent(post(client, form, ip="10.0.0.2"))  # someone else


def test_the_limit_page_speaks_english_on_english_pages(client, form, translate):
    english = translate(form.page)
    for _number in range(RATE_PER_IP):
        post(client, form, url=english.url, **{HONEYPOT_FIELD: "x"})
    response = post(client, form, url=english.url)
    assertContains(response, "Too many messages", status_code=429)
    assertContains(response, "wait an hour", status_code=429)


def test_a_text_past_its_limit_gets_an_error_and_is_kept(client, form, mailoutbox):
    """Each field of the form, one too-long text at a time."""
    for kind, field in form.fields.items():
        limit = MAX_LENGTHS[kind]
        text = "k" * (limit - len("@example.se") + 1) + "@example.se"
        response = post(client, form, **{field: text})
        message = f"Skriv högst {limit} tecken (du skrev {limit + 1})."
        assertContains(response, message, status_code=form.invalid_status)
        assertContains(response, text, status_code=form.invalid_status)  # kept
        assert form.stored() == 0
        assert not mailoutbox


def test_a_text_at_its_limit_is_sent(client, form):
    message = "k" * MAX_LENGTHS["message"]
    form.assert_looks_sent(post(client, form, **{form.fields["message"]: message}))
    assert form.stored() == 1


def test_the_length_error_speaks_english_on_english_pages(client, form, translate):
    english = translate(form.page)
    text = "k" * (MAX_LENGTHS["message"] + 1)
    response = post(client, form, url=english.url, **{form.fields["message"]: text})
    assertContains(
        response,
        f"Write at most {MAX_LENGTHS['message']} characters",
        status_code=form.invalid_status,
    )


@pytest.mark.parametrize(
    "value",
    ["nul\x00byte", ["two", "values"], "\ud800".encode("utf-8", "surrogatepass")],
)
def test_bad_input_gets_an_answer_not_a_server_error(client, form, value):
    response = post(client, form, **{form.fields["message"]: value})
    assert response.status_code < 500
    assert form.stored() <= 1  # a list's last value may be a fine message
