"""Login lockout (django-axes), password-reset throttling and the client address."""

import datetime

from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import call_command
from django.test import RequestFactory, override_settings

import pytest
from axes.models import AccessAttempt
from pytest_django.asserts import assertContains

from portal.security.client_ip import client_ip

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("site")]

LOGIN = "/admin/login/"
PASSWORD = "rätt-lösenord-123"


@pytest.fixture(autouse=True)
def _axes_on(settings):
    settings.AXES_ENABLED = True
    settings.AXES_FAILURE_LIMIT = 3


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser(
        "redaktor", "redaktor@example.se", PASSWORD
    )


def log_in(client, password, username="redaktor", ip="10.0.0.1", **headers):
    data = {"username": username, "password": password}
    return client.post(LOGIN, data, REMOTE_ADDR=ip, headers=headers)


def fail(client, times, **kwargs):
    # The failure that reaches the limit is answered with the lockout page.
    statuses = [log_in(client, "fel", **kwargs).status_code for _ in range(times)]
    assert statuses == [200] * (times - 1) + [429]


def test_account_is_locked_after_the_limit_even_with_the_right_password(client, editor):
    fail(client, 3)
    response = log_in(client, PASSWORD)
    assertContains(response, "För många misslyckade inloggningar", status_code=429)
    assert "_auth_user_id" not in client.session


def test_lockout_message_is_in_swedish_and_english(client, editor):
    fail(client, 3)
    response = log_in(client, PASSWORD)
    assertContains(response, '<div lang="en">', status_code=429)
    assertContains(response, "Too many failed logins", status_code=429)
    assertContains(response, "låsa upp ditt konto", status_code=429)


def test_account_is_locked_from_every_address(client, editor):
    for number in range(3):
        log_in(client, "fel", ip=f"10.0.1.{number}")
    assert log_in(client, PASSWORD, ip="10.0.2.1").status_code == 429


def test_an_address_is_locked_for_every_account(client, editor):
    for number in range(3):
        log_in(client, "fel", username=f"gissning{number}")
    assert log_in(client, PASSWORD).status_code == 429
    assert log_in(client, PASSWORD, ip="10.0.0.2").status_code == 302


def test_lockout_ends_after_the_cool_off(client, editor, settings):
    fail(client, 3)
    passed = settings.AXES_COOLOFF_TIME + datetime.timedelta(minutes=1)
    AccessAttempt.objects.update(
        attempt_time=datetime.datetime.now(datetime.UTC) - passed
    )
    assert log_in(client, PASSWORD).status_code == 302


def test_a_superuser_unlocks_an_account(client, editor):
    fail(client, 3)
    call_command("axes_reset_username", "redaktor")
    call_command("axes_reset_ip", "10.0.0.1")
    assert log_in(client, PASSWORD).status_code == 302


@override_settings(PORTAL_PASSWORD_RESET_RATE_PER_IP=2)
def test_password_reset_mails_are_rate_limited(client, editor):
    for _ in range(4):
        response = client.post(
            "/admin/password_reset/", {"email": editor.email}, REMOTE_ADDR="10.0.0.1"
        )
        # The answer never changes, so the form tells nobody about the limit.
        assert response.status_code == 302
    assert len(mail.outbox) == 2


@pytest.mark.parametrize(
    ("proxies", "forwarded", "expected"),
    [
        (0, "6.6.6.6", "127.0.0.1"),  # no proxy: the header is the client's own
        (1, "6.6.6.6, 198.51.100.7", "198.51.100.7"),  # nginx appended the client
        (2, "6.6.6.6, 198.51.100.7, 10.1.1.1", "198.51.100.7"),  # LB, then nginx
        (2, "198.51.100.7", "127.0.0.1"),  # fewer hops than proxies
    ],
)
def test_client_ip_trusts_only_the_configured_proxies(
    settings, proxies, forwarded, expected
):
    settings.PORTAL_TRUSTED_PROXIES = proxies
    request = RequestFactory().get(
        "/", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR=forwarded
    )
    assert client_ip(request) == expected


def test_lockout_counts_the_forwarded_client_not_the_proxy(client, editor, settings):
    settings.PORTAL_TRUSTED_PROXIES = 1
    for number in range(3):
        log_in(
            client,
            "fel",
            username=f"gissning{number}",
            ip="127.0.0.1",
            **{"X-Forwarded-For": "198.51.100.7"},
        )
    other = {"X-Forwarded-For": "198.51.100.8"}
    assert log_in(client, PASSWORD, ip="127.0.0.1", **other).status_code == 302
