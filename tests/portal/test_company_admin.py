"""Portal moderators add a company from the admin, as the command would."""

from django.contrib.auth import get_user_model
from django.urls import reverse

from wagtail.models import Site

import pytest
from pytest_django.asserts import assertContains

from portal.companies.access import ensure_moderators
from portal.composition.companies import create_company_site
from portal.models import SiteSettings
from tests.factories.images import image_upload

pytestmark = pytest.mark.django_db
URL = "/admin/companies/add/"


@pytest.fixture
def moderator(client, home_page):
    user = get_user_model().objects.create_user("mod", "mod@example.se", "pw")
    user.groups.add(ensure_moderators())
    client.force_login(user)
    return client


def company(**extra):
    return {
        "name": "Lulebo",
        "hostname": "lulebo.example.se",
        "port": "8000",
        "phone": "0920-23 40 00",
        "email": "info@lulebo.example",
        "website": "",
        "org_number": "",
        "accent_colour": "#00676b",
        **extra,
    }


def test_form_offers_the_portals_port(moderator):
    portal = Site.objects.get(is_default_site=True)
    response = moderator.get(URL)
    assert response.status_code == 200
    assert response.context["form"].initial["port"] == portal.port
    assertContains(response, 'name="hostname"')


def test_moderator_adds_a_company_that_answers_at_once(moderator, client):
    response = moderator.post(URL, company())
    site = Site.objects.get(hostname="lulebo.example.se")
    assert response.status_code == 302
    assert response["Location"] == reverse(
        "wagtailadmin_explore", args=[site.root_page_id]
    )
    assert site.root_url == "http://lulebo.example.se:8000"
    settings = SiteSettings.for_site(site)
    assert (settings.phone, settings.accent_colour) == ("0920-23 40 00", "#00676b")
    client.logout()
    home = client.get("/", headers={"host": "lulebo.example.se:8000"})
    assertContains(home, 'href="mailto:info@lulebo.example"')
    for title in ("Blogg", "Labb", "Om oss", "Kontakt"):
        assertContains(home, f">{title}<")


def test_the_logo_goes_to_the_companys_collection(moderator):
    upload = image_upload("logo.png", (120, 40), "#00676b")
    moderator.post(URL, {**company(), "logo": upload})
    settings = SiteSettings.for_site(Site.objects.get(hostname="lulebo.example.se"))
    assert settings.logo is not None
    assert settings.logo.collection.name == "Lulebo"


@pytest.mark.parametrize(
    ("extra", "field"),
    [
        ({"hostname": "inte ett värdnamn"}, None),
        ({"accent_colour": "#ffff00"}, "accent_colour"),
        ({"email": "inte-en-adress"}, "email"),
        ({"port": "70000"}, "port"),
    ],
)
def test_bad_input_is_an_error_and_creates_nothing(moderator, extra, field):
    response = moderator.post(URL, company(**extra))
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert (field in errors) if field else errors
    assert not Site.objects.filter(hostname__startswith="lulebo").exists()


def test_a_taken_hostname_is_refused(moderator):
    moderator.post(URL, company())
    response = moderator.post(URL, company(name="Lulebo igen"))
    assert "hostname" in response.context["form"].errors
    assert Site.objects.filter(hostname="lulebo.example.se").count() == 1


def test_company_editors_may_not_add_companies(client, home_page):
    access = create_company_site("Boden", "boden.example.se", slug="boden").access
    user = get_user_model().objects.create_user("ed", "ed@example.se", "pw")
    user.groups.add(access.publishers)
    client.force_login(user)
    # Wagtail answers a refused admin view with a message on the dashboard.
    response = client.post(URL, company())
    assert (response.status_code, response["Location"]) == (302, "/admin/")
    assert "/admin/companies/add/" not in client.get("/admin/").content.decode()
    assert not Site.objects.filter(hostname="lulebo.example.se").exists()


def test_moderators_find_the_form_in_the_settings_menu(moderator):
    assert URL in moderator.get("/admin/").content.decode()


def test_a_second_company_with_the_same_name_is_an_error_not_a_crash(moderator):
    moderator.post(URL, company())
    response = moderator.post(URL, company(hostname="lulebo2.example.se"))
    assert response.status_code == 200
    assert "name" in response.context["form"].errors
    assert not Site.objects.filter(hostname="lulebo2.example.se").exists()
