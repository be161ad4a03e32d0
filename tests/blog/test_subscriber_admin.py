"""Editors see subscriber counts per site, export and erase; they add nobody."""

import csv
import io

from django.contrib.auth.models import Group, Permission
from django.utils import timezone

import pytest
from pytest_django.asserts import assertContains, assertNotContains

from blog.models import Delivery, Subscriber
from tests.factories.pages import BlogPostPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def subscribers(other_site):
    def make(email, site=None, **fields):
        return Subscriber.objects.create(
            email=email,
            site=site,
            language="sv",
            confirmed_at=timezone.now(),
            consent_source="footer",
            **fields,
        )

    return [
        make("a@example.se", other_site),
        make("b@example.se", other_site),
        make("c@example.se", other_site, unsubscribed_at=timezone.now()),
        make("d@example.se"),
    ]


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("boss", "boss@example.se", "pw")
    client.force_login(user)
    return client


def test_counts_per_site(admin_client, subscribers):
    response = admin_client.get("/admin/subscriber-counts/")
    assertContains(response, "Södertälje Bostäder")
    assertContains(response, "<td>2</td>")  # active at Södertälje
    assertContains(response, "Alla bostadsföretag (hela portalen)")


def test_export_csv_has_consent_time_and_source(admin_client, subscribers):
    response = admin_client.get("/admin/subscribers/", {"export": "csv", "q": "a@"})
    content = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(content)))
    assert [row["E-post"] for row in rows] == ["a@example.se"]
    assert rows[0]["Var samtycket gavs"] == "footer"
    assert rows[0]["Samtycke givet"]


def test_erasing_a_subscriber_removes_the_address_and_its_log(
    admin_client, subscribers
):
    victim = subscribers[0]
    Delivery.objects.create(subscriber=victim, post=BlogPostPageFactory())
    response = admin_client.post(f"/admin/subscribers/delete/{victim.pk}/")
    assert response.status_code == 302
    assert not Subscriber.objects.filter(email="a@example.se").exists()
    assert not Delivery.objects.exists()


def test_nobody_adds_or_edits_subscribers_by_hand(admin_client, subscribers):
    assert admin_client.get("/admin/subscribers/new/").status_code in (302, 403)
    edit = admin_client.get(f"/admin/subscribers/edit/{subscribers[0].pk}/")
    assert edit.status_code in (302, 403)
    assertNotContains(
        admin_client.get("/admin/subscribers/"), "/admin/subscribers/new/"
    )


def test_editors_without_permission_see_no_subscribers(client, django_user_model):
    editor = django_user_model.objects.create_user("editor", password="pw")
    group = Group.objects.create(name="Skribenter")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    editor.groups.add(group)
    client.force_login(editor)
    assert client.get("/admin/subscriber-counts/").status_code in (302, 403)
    assert client.get("/admin/subscribers/").status_code in (302, 403)
