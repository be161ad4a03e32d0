"""The editor's guide is in the admin, in the editor's language, under Help."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.urls import reverse

from wagtail.users.models import UserProfile

import pytest
from pytest_django.asserts import assertContains

pytestmark = pytest.mark.django_db

SECTIONS = {
    "sv": [
        "Skriva ett blogginlägg",
        "Bilder och alternativtext",
        "Översätta till engelska",
        "Publicera en film med undertexter",
        "Tillgänglighet: checklista före publicering",
    ],
    "en": [
        "Writing a blog post",
        "Images and alt text",
        "Translating into English",
        "Publishing a film with captions",
        "Accessibility checklist before publishing",
    ],
}


@pytest.fixture
def editor(client, home_page):
    user = get_user_model().objects.create_user("ed", "ed@example.se", "pw")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    return user


@pytest.mark.parametrize("language", ["sv", "en"])
def test_guide_speaks_the_editors_language(client, editor, language):
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = language
    profile.save()
    response = client.get(reverse("portal_editor_guide"))
    assert response.status_code == 200
    for heading in SECTIONS[language]:
        assertContains(response, heading)


def test_help_menu_leads_to_the_guide_first(client, editor):
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    guide = html.index(reverse("portal_editor_guide"))
    assert guide < html.index("guide.wagtail.org")
