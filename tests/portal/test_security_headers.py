"""Content-Security-Policy and Permissions-Policy on every kind of response."""

import re

from django.db import OperationalError
from django.test import Client
from django.urls import reverse

import pytest

from home.models import HomePage
from portal.models import SiteSettings
from portal.security.policies import storage_origins
from tests.factories.pages import (
    AccessibilityStatementPageFactory,
    BlogIndexPageFactory,
    BlogPostPageFactory,
    FormFieldFactory,
    LabPageFactory,
    VideoIndexPageFactory,
    VideoPageFactory,
)

pytestmark = pytest.mark.django_db

PUBLIC = {
    "default-src 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "object-src 'none'",
    "frame-src https://www.youtube-nocookie.com https://player.vimeo.com",
}


def directives(response):
    header = response["Content-Security-Policy"]
    return {part.strip() for part in header.split(";")}


def script_src(response):
    return next(d for d in directives(response) if d.startswith("script-src"))


def assert_public_policy(response):
    assert directives(response) >= PUBLIC
    assert "unsafe-inline" not in response["Content-Security-Policy"]
    assert "unsafe-eval" not in response["Content-Security-Policy"]
    assert script_src(response).startswith("script-src 'self'")
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]


def page_urls():
    post = BlogPostPageFactory()
    film = VideoPageFactory()
    form = FormFieldFactory().page
    return {
        "home": "/",
        "blog index": post.get_parent().url,
        "post": post.url,
        "lab": LabPageFactory().url,
        "film": film.url,
        "film index": VideoIndexPageFactory().url,
        "statement": AccessibilityStatementPageFactory().url,
        "form": form.url,
        "search": reverse("search") + "?q=labb",
        "portal feed": reverse("blog:portal-feed", args=["rss"]),
        "blog feed": BlogIndexPageFactory().url + "rss/",
        "sitemap": "/sitemap.xml",
        "404": "/finns-inte/",
    }


def test_every_public_response_has_the_strict_policy(client, site):
    for name, url in page_urls().items():
        response = client.get(url)
        assert response.status_code in {200, 404}, name
        assert_public_policy(response)


def test_the_accent_style_runs_only_with_the_requests_nonce(client, site):
    settings = SiteSettings.for_site(site)
    settings.accent_colour = "#0b5cad"
    settings.save()
    response = client.get("/")
    nonce = re.search(r'<style nonce="([^"]+)">', response.text).group(1)
    assert f"'nonce-{nonce}'" in response["Content-Security-Policy"]


def test_the_admin_gets_its_own_policy(client, db):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    policy = directives(response)
    assert "frame-ancestors 'self'" in policy
    assert "object-src 'none'" in policy
    assert "camera=()" in response["Permissions-Policy"]


def test_the_report_uri_comes_from_the_setting(client, site, settings):
    settings.CONTENT_SECURITY_POLICY = {
        "DIRECTIVES": {
            **settings.CONTENT_SECURITY_POLICY["DIRECTIVES"],
            "report-uri": ["https://reports.example/csp"],
        }
    }
    assert "report-uri https://reports.example/csp" in directives(client.get("/"))


@pytest.mark.parametrize(
    ("arguments", "expected"),
    [
        (("",), []),
        (("media", "cdn.example.se"), ["https://cdn.example.se"]),
        (
            ("media", "", "https://s3.example.net"),
            ["https://s3.example.net", "https://media.s3.example.net"],
        ),
        (("media", "", "", ""), ["https://media.s3.amazonaws.com"]),
    ],
)
def test_media_origins_follow_the_storage_settings(arguments, expected):
    assert storage_origins(*arguments) == expected


def test_static_files_carry_the_headers_too(site, settings):
    """WhiteNoise answers inside the security middleware, so its files are covered."""
    settings.WHITENOISE_USE_FINDERS = True
    settings.WHITENOISE_AUTOREFRESH = True
    response = Client().get("/static/portal/css/portal.css")  # a new middleware chain
    assert response.status_code == 200
    assert_public_policy(response)
    assert response["X-Content-Type-Options"] == "nosniff"


def test_error_pages_carry_the_strict_policy(site, settings, monkeypatch):
    settings.DEBUG = False
    client = Client(raise_request_exception=False)
    monkeypatch.setattr(HomePage, "get_context", failing)
    server_error = client.get("/")
    assert server_error.status_code == 500
    assert_public_policy(server_error)
    monkeypatch.setattr(HomePage, "get_context", unavailable)
    service_unavailable = client.get("/")
    assert service_unavailable.status_code == 503
    assert_public_policy(service_unavailable)
    assert "no-store" in service_unavailable["Cache-Control"]


def failing(*args, **kwargs):
    raise RuntimeError("a bug in a page")


def unavailable(*args, **kwargs):
    raise OperationalError("connection refused")
