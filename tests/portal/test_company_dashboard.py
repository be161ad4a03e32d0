"""A company's editors see their company on the dashboard, not the whole portal."""

from django.conf import settings
from django.contrib.auth import get_user_model

import pytest
from pytest_django.asserts import assertContains, assertNotContains

from portal.companies.access import ensure_moderators
from portal.composition.companies import create_company_site

pytestmark = pytest.mark.django_db


@pytest.fixture
def companies(home_page):
    boden = create_company_site("Bodens Bostäder", "boden.example.se", slug="boden")
    other = create_company_site("Lulebo", "lulebo.example.se", slug="lulebo")
    return boden, other


def logged_in(client, username, group):
    user = get_user_model().objects.create_user(username, f"{username}@x.se", "pw")
    user.groups.add(group)
    client.force_login(user)
    return client


def test_publisher_sees_own_company_and_its_numbers(client, companies):
    boden, _other = companies
    blog = boden.home.get_children().get(slug="blogg").specific
    blog.intro = "<p>Ändrad</p>"
    blog.save_revision()  # a draft on top of the live page
    response = logged_in(client, "pub", boden.access.publishers).get("/admin/")
    panel = response.context["panels"][0]
    assert panel.name == "company_overview"
    context = panel.get_context_data({"request": response.wsgi_request})
    assert context["company"] == "Bodens Bostäder"
    assert context["page_count"] == 12  # home and 5 sections, in two languages
    assert context["drafts"] == 1
    assert context["recent"][0][0].pk == blog.pk
    html = response.content.decode()
    assert "Bodens Bostäder" in html.split("</h1>")[0]
    assertNotContains(response, "Lulebo")
    assertNotContains(response, settings.WAGTAIL_SITE_NAME)


def test_moderators_keep_wagtails_dashboard(client, companies):
    response = logged_in(client, "mod", ensure_moderators()).get("/admin/")
    assert all(panel.name != "company_overview" for panel in response.context["panels"])
    assertContains(response, settings.WAGTAIL_SITE_NAME)
