"""Films with real (tiny) files, for tests that need a self-hosted player."""

from django.core.files.base import ContentFile

from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)
from wagtailmedia.models import Media

from labs.models import VideoPageCaption
from tests.factories.pages import VideoPageFactory

CUES = {
    "sv": "00:00:00.000 --> 00:00:02.000\nVälkommen till labbet.\n",
    "en": "00:00:00.000 --> 00:00:02.000\nWelcome to the lab.\n",
}


def vtt(language="sv", header=""):
    return f"WEBVTT{header}\n\n{CUES[language]}".encode()


def media_file(name="film.mp4"):
    return Media.objects.create(
        title=name, type="video", file=ContentFile(b"\x00" * 32, name=name)
    )


def self_hosted_film(languages=("sv", "en"), **fields):
    film = VideoPageFactory(video_url="", video_file=media_file(), **fields)
    for language in languages:
        VideoPageCaption.objects.create(
            page=film,
            language=language,
            file=ContentFile(vtt(language), name=f"film.{language}.vtt"),
        )
    return film


def film_form_data(**fields):
    """POST data of the film editor: no chapters, tracks or credits unless given."""
    return nested_form_data(
        {
            "intro": rich_text(""),
            "chapters": streamfield([]),
            "captions": inline_formset([]),
            "featured_people": inline_formset([]),
            "featured_organisations": inline_formset([]),
            **fields,
        }
    )
