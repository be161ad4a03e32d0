"""The company answers a contact message with Reply: it reaches the visitor;
a message the mail server could not take is kept for the company."""

from wagtail.contrib.forms.models import FormSubmission

import pytest

from tests.factories.pages import FormFieldFactory, FormPageFactory

pytestmark = pytest.mark.django_db


def contact_page(*fields):
    page = FormPageFactory()
    for label, field_type, required in fields:
        FormFieldFactory(
            page=page, label=label, field_type=field_type, required=required
        )
    return page


def test_notification_replies_to_the_visitors_address(client, site, mailoutbox):
    page = contact_page(("Namn", "singleline", True), ("Epost", "email", True))
    client.post(page.url, {"namn": "Kim", "epost": "kim@example.se"})
    (message,) = mailoutbox
    assert message.reply_to == ["kim@example.se"]
    assert message.from_email == page.from_address
    assert message.to == [page.to_address]
    assert "Reply-To: kim@example.se" in message.message().as_string()


def test_without_an_address_there_is_no_reply_to(client, site, mailoutbox):
    page = contact_page(("Namn", "singleline", True), ("Epost", "email", False))
    client.post(page.url, {"namn": "Kim", "epost": ""})
    (message,) = mailoutbox
    assert message.reply_to == []
    assert "Reply-To" not in message.message().as_string()


def test_mail_server_down_keeps_the_message_and_thanks_the_visitor(
    client, site, mail_server_down, caplog
):
    page = contact_page(("Namn", "singleline", True), ("Epost", "email", True))
    response = client.post(page.url, {"namn": "Kim", "epost": "kim@example.se"})
    assert response.status_code == 200
    assert response.templates[0].name.endswith("_landing.html")
    (submission,) = FormSubmission.objects.filter(page=page)
    assert submission.get_data()["epost"] == "kim@example.se"
    assert "notification not sent (ConnectionRefusedError)" in caplog.text
