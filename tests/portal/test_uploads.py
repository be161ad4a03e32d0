"""What editors may upload, and how documents come back (SECURITY.md, "Uploads").

Nothing uploaded runs as script in the portal's origin: images are raster only,
documents are never HTML, only a PDF opens in the browser and every other
document downloads under a sandboxing policy. Images and films have size limits.
"""

from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection
from wagtail.users.models import UserProfile
from wagtailmedia.models import Media

import pytest

from tests.factories.images import image_upload

pytestmark = pytest.mark.django_db

SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
HTML = b"<!DOCTYPE html><script>alert(document.cookie)</script>"
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture
def editor(client, admin_user):
    """A superuser in the admin; speak(language) sets their admin language."""

    def speak(language):
        profile = UserProfile.get_for_user(admin_user)
        profile.preferred_language = language
        profile.save()
        return client

    client.force_login(admin_user)
    return speak


def upload(client, url, **data):
    root = Collection.get_first_root_node()
    data = {"title": "Uppladdning", "collection": root.pk, **data}
    return client.post(url, data)


def file_errors(response):
    assert response.status_code == 200  # the form again, not a redirect
    return " ".join(response.context["form"].errors["file"])


def test_an_svg_image_is_refused_with_the_formats_that_work(editor):
    svg = SimpleUploadedFile("logo.svg", SVG, content_type="image/svg+xml")
    response = upload(editor("en"), "/admin/images/add/", file=svg)
    message = file_errors(response)
    assert "Not a supported image format" in message
    assert "PNG" in message and "SVG" not in message
    assert not get_image_model().objects.exists()


def test_an_image_over_the_limit_is_refused_with_the_limit(editor, settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10
    response = upload(editor("en"), "/admin/images/add/", file=image_upload())
    message = file_errors(response)
    assert (
        "This file is too big" in message and "Maximum filesize 10\xa0bytes" in message
    )
    assert not get_image_model().objects.exists()


def test_an_image_under_the_limit_is_accepted(editor):
    response = upload(editor("en"), "/admin/images/add/", file=image_upload())
    assert response.status_code == 302
    assert get_image_model().objects.count() == 1


@pytest.mark.parametrize("name", ["sida.html", "sida.htm", "ritning.svg"])
def test_html_and_svg_documents_are_refused(editor, name):
    file = SimpleUploadedFile(name, HTML, content_type="text/html")
    response = upload(editor("en"), "/admin/documents/add/", file=file)
    message = file_errors(response)
    assert "is not allowed" in message and "pdf" in message
    assert not get_document_model().objects.exists()


def serve(client, name, content):
    document = get_document_model().objects.create(
        title=name, file=ContentFile(content, name=name)
    )
    response = client.get(document.url)
    assert response.status_code == 200
    return response


def policy(response):
    return [part.strip() for part in response["Content-Security-Policy"].split(";")]


@pytest.mark.parametrize("name", ["anteckningar.txt", "rapport.docx", "data.csv"])
def test_other_documents_download_sandboxed(client, name, settings):
    settings.WAGTAILDOCS_SERVE_METHOD = "serve_view"  # as production
    response = serve(client, name, b"<script>alert(1)</script>")
    assert response["Content-Disposition"].startswith("attachment")
    assert "sandbox" in policy(response)
    assert "default-src 'none'" in policy(response)
    assert response["X-Content-Type-Options"] == "nosniff"


def test_a_pdf_opens_in_the_browser(client, settings):
    settings.WAGTAILDOCS_SERVE_METHOD = "serve_view"
    response = serve(client, "arsredovisning.pdf", PDF)
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("inline")
    # Chromium's PDF viewer refuses a sandboxed document; no script runs anyway.
    assert "sandbox" not in policy(response)
    assert "default-src 'none'" in policy(response)


FILM_MESSAGES = {
    "sv": "Filmen är 200\xa0byte; filmer får vara högst 100\xa0byte.",
    "en": "This film is 200\xa0bytes; films may be at most 100\xa0bytes.",
}


@pytest.mark.parametrize("language", ["sv", "en"])
def test_a_film_over_the_limit_is_refused(editor, settings, language):
    settings.PORTAL_FILM_MAX_UPLOAD_SIZE = 100
    film = SimpleUploadedFile("film.mp4", b"\0" * 200, content_type="video/mp4")
    response = upload(editor(language), "/admin/media/video/add/", file=film)
    assert response.status_code == 200
    assert FILM_MESSAGES[language] in response.content.decode()
    assert not Media.objects.exists()


def test_a_film_under_the_limit_is_accepted(editor, settings):
    settings.PORTAL_FILM_MAX_UPLOAD_SIZE = 1000
    film = SimpleUploadedFile("film.mp4", b"\0" * 200, content_type="video/mp4")
    response = upload(editor("en"), "/admin/media/video/add/", file=film)
    assert response.status_code == 302, response.context["form"].errors
    assert Media.objects.get().file.size == 200
