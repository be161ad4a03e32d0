"""Editors create films through the admin; publishing checks accessibility first."""

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail.test.utils.form_data import (
    inline_formset,
    rich_text,
    streamfield,
)

import pytest
from pytest_django.asserts import assertContains

from labs.models import VideoPage
from tests.factories.pages import LabPageFactory
from tests.factories.snippets import OrganisationFactory, PersonFactory
from tests.labs.helpers import film_form_data, media_file, vtt

pytestmark = pytest.mark.django_db


def track(language, data=None):
    data = vtt(language) if data is None else data
    return {
        "language": language,
        "file": SimpleUploadedFile(f"film.{language}.vtt", data, "text/vtt"),
    }


def film_form(**overrides):
    return film_form_data(
        **{
            "title": "Så fungerar BIS",
            "slug": "sa-fungerar-bis",
            "intro": rich_text("<p>Ett femtiotal partner under ett tak.</p>"),
            "video_file": media_file().pk,
            "video_url": "",
            "duration": "00:00:08",
            "transcript": rich_text("<p>Berättare: I BIS samlas ett femtiotal.</p>"),
            "soundtrack_describes_all": "on",
            "chapters": streamfield(
                [("chapter", {"start": "0:02", "title": "Partner"})]
            ),
            "captions": inline_formset([track("sv"), track("en")]),
            "featured_people": inline_formset([{"person": PersonFactory().pk}]),
            "featured_organisations": inline_formset(
                [{"organisation": OrganisationFactory().pk}]
            ),
            "action-publish": "action-publish",
            **overrides,
        }
    )


def post(client, lab, data):
    url = reverse("wagtailadmin_pages:add", args=["labs", "videopage", lab.pk])
    return client.post(url, data)


def test_editor_publishes_a_captioned_film_with_chapters_and_credits(admin_client):
    lab = LabPageFactory()
    response = post(admin_client, lab, film_form())
    assert response.status_code == 302, response.context["form"].errors
    film = VideoPage.objects.child_of(lab).get()
    assert film.live
    assert {t.language for t in film.captions.all()} == {"sv", "en"}
    assert film.chapters[0].value["title"] == "Partner"
    assert film.featured_people.count() == film.featured_organisations.count() == 1


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"transcript": rich_text("")}, "Lägg till en textversion"),
        ({"captions": inline_formset([track("en")])}, "svenskt undertextspår"),
        ({"soundtrack_describes_all": ""}, "syntolkad version"),
        (
            {
                "video_file": "",
                "video_url": "https://vimeo.com/1",
                "captions": inline_formset([]),
            },
            "har svenska undertexter",
        ),
    ],
)
def test_publishing_without_captions_transcript_or_description_is_refused(
    admin_client, overrides, message
):
    lab = LabPageFactory()
    response = post(admin_client, lab, film_form(**overrides))
    assert response.status_code == 200
    assertContains(response, message)
    assert not VideoPage.objects.child_of(lab).exists()
    # The same film may still be saved as a draft.
    draft = film_form(**overrides)
    del draft["action-publish"]
    for value in draft.values():
        if hasattr(value, "seek"):
            value.seek(0)
    assert post(admin_client, lab, draft).status_code == 302
    assert not VideoPage.objects.child_of(lab).get().live


@pytest.mark.parametrize(
    ("captions", "message"),
    [
        ([track("sv", b"WEBVTT\n\n00:00:01.000 -> 00:00:02.000\nHej\n")], "Rad 3:"),
        ([track("sv"), track("en", vtt("sv", "\nLanguage: sv"))], "”sv”"),
        ([track("sv"), track("sv")], "Språk"),
    ],
)
def test_bad_caption_tracks_are_refused_with_a_message(admin_client, captions, message):
    lab = LabPageFactory()
    response = post(admin_client, lab, film_form(captions=inline_formset(captions)))
    assert response.status_code == 200
    assertContains(response, message)
    assert not VideoPage.objects.child_of(lab).exists()
