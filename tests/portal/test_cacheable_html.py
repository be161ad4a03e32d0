"""Readers' pages can be kept by shared caches; public forms check the origin.

No cookie, no `Vary: Cookie`, Cache-Control with s-maxage, an ETag and a 304
for every public page type in both languages; personal answers are private;
POSTs to the public forms need a same-origin Origin or Referer, while the
admin keeps Django's CSRF token.
"""

import re

from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import translation

import pytest

from home.models import AccessibilityReport
from portal.models import SiteSettings
from tests.factories.pages import (
    AccessibilityStatementPageFactory,
    BlogPostPageFactory,
    FormFieldFactory,
    LabPageFactory,
    StandardPageFactory,
    VideoPageFactory,
)

pytestmark = pytest.mark.django_db

HOST = "localhost"
SAME_ORIGIN = f"http://{HOST}"


@pytest.fixture
def pages(home_page, translate):
    """Every public page type, Swedish and English: {(name, language): url}."""
    post = BlogPostPageFactory()
    models = {
        "blog index": post.get_parent().specific,  # translated before its post
        "post": post,
        "lab": LabPageFactory(),
        "film": VideoPageFactory(),
        "standard": StandardPageFactory(),
        "form": FormFieldFactory().page,
        "statement": AccessibilityStatementPageFactory(),
    }
    urls = {}
    for language in ("sv", "en"):
        with translation.override(language):
            urls["search", language] = reverse("search") + "?q=labb"
            urls["feed", language] = reverse("blog:portal-feed", args=["rss"])
        for name, page in models.items():
            if language == "en":
                page = translate(page)
            urls[name, language] = page.url
        urls["home", language] = "/" if language == "sv" else "/en/"
        urls["archive", language] = urls["blog index", language] + "rss/"
    urls["sitemap", "sv"] = "/sitemap.xml"
    return urls


def test_public_pages_are_cacheable_and_cookie_free(pages, home_page):
    settings = SiteSettings.for_site(home_page.get_site())
    settings.accent_colour = "#0b5cad"  # a nonce in the page and the header
    settings.save()
    client = Client()
    for (name, language), url in pages.items():
        response = client.get(url)
        assert response.status_code == 200, (name, language)
        assert not response.cookies, (name, language)
        assert "cookie" not in response.get("Vary", "").lower(), (name, language)
        assert "public" in response["Cache-Control"], (name, language)
        assert "s-maxage=" in response["Cache-Control"], (name, language)
        again = client.get(url, HTTP_IF_NONE_MATCH=response["ETag"])
        assert again.status_code == 304, (name, language)


def test_a_cached_pages_nonce_matches_its_header(client, home_page):
    settings = SiteSettings.for_site(home_page.get_site())
    settings.accent_colour = "#0b5cad"
    settings.save()
    first, second = client.get("/"), client.get("/")
    nonce = re.search(r'<style nonce="([^"]+)">', first.text).group(1)
    assert f"'nonce-{nonce}'" in first["Content-Security-Policy"]
    assert first.content == second.content
    assert first["ETag"] == second["ETag"]


def test_search_and_404_are_kept_shorter_by_shared_caches(client, home_page):
    search = client.get(reverse("search") + "?q=labb")
    assert "s-maxage=60" in search["Cache-Control"]
    assert "s-maxage=600" in client.get("/")["Cache-Control"]
    missing = client.get("/finns-inte/")
    assert missing.status_code == 404
    assert "s-maxage=60" in missing["Cache-Control"]


def test_an_editor_gets_private_answers(client, pages):
    editor = get_user_model().objects.create_superuser("ed", "ed@example.se", "pw")
    client.force_login(editor)
    for key in [("home", "sv"), ("post", "en"), ("feed", "sv")]:
        response = client.get(pages[key])
        assert "private" in response["Cache-Control"], key
        assert "no-store" in response["Cache-Control"], key
        assert "public" not in response["Cache-Control"], key


def test_the_503_page_keeps_no_store(client, home_page, monkeypatch):
    from portal.web import views

    response = views.service_unavailable(client.get("/").wsgi_request)
    assert "no-store" in response["Cache-Control"]


def csrf_client():
    return Client(enforce_csrf_checks=True)


def post_subscribe(client, **headers):
    data = {"email": "anna@example.se", "source": "footer"}
    return client.post("/prenumerera/", data, HTTP_HOST=HOST, **headers)


def test_subscribing_from_the_same_origin_works(home_page):
    response = post_subscribe(csrf_client(), HTTP_ORIGIN=SAME_ORIGIN)
    assert response.status_code == 302
    assert len(mail.outbox) == 1


def test_a_same_host_referer_is_enough_without_origin(home_page):
    response = post_subscribe(csrf_client(), HTTP_REFERER=f"{SAME_ORIGIN}/blogg/")
    assert response.status_code == 302


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_ORIGIN": "https://evil.example"},
        {"HTTP_ORIGIN": "null"},
        {"HTTP_REFERER": "https://evil.example/localhost/"},
        {},
    ],
)
def test_cross_site_or_headerless_posts_are_refused(home_page, headers):
    response = post_subscribe(csrf_client(), **headers)
    assert response.status_code == 403
    assert "Inget skickades" in response.content.decode()
    assert "no-store" in response["Cache-Control"]
    assert not mail.outbox


def test_the_refusal_speaks_english_under_en(home_page_en):
    data = {"email": "anna@example.se", "source": "footer"}
    response = csrf_client().post(
        "/en/subscribe/", data, HTTP_ORIGIN="https://evil.example"
    )
    assert response.status_code == 403
    assert "Nothing was sent" in response.content.decode()


def contact_data(page):
    fields = {field.clean_name: "Kim" for field in page.form_fields.all()}
    return {**fields, "e_post": "kim@example.se"}


def test_contact_form_checks_the_origin(home_page):
    page = FormFieldFactory(field_type="singleline", label="Namn").page
    client = csrf_client()
    data = contact_data(page)
    refused = client.post(page.url, data, HTTP_ORIGIN="https://evil.example")
    assert refused.status_code == 403
    assert client.post(page.url, data).status_code == 403
    sent = client.post(page.url, data, HTTP_ORIGIN=SAME_ORIGIN, HTTP_HOST=HOST)
    assert sent.status_code == 200
    assert page.get_submission_class().objects.filter(page=page).count() == 1


def test_accessibility_feedback_checks_the_origin(home_page):
    page = AccessibilityStatementPageFactory()
    client = csrf_client()
    data = {"kind": "problem", "location": "Start", "message": "Ingen alt-text."}
    refused = client.post(page.url, data, HTTP_ORIGIN="https://evil.example")
    assert refused.status_code == 403
    assert not AccessibilityReport.objects.exists()
    referer = f"{SAME_ORIGIN}{page.url}"
    sent = client.post(page.url, data, HTTP_REFERER=referer, HTTP_HOST=HOST)
    assert sent.status_code == 303
    assert AccessibilityReport.objects.count() == 1


def test_the_admin_login_still_needs_the_token(db):
    client = csrf_client()
    data = {"username": "ed", "password": "pw"}
    response = client.post("/admin/login/", data, HTTP_ORIGIN=SAME_ORIGIN)
    assert response.status_code == 403
