from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils import translation

import pytest

from labs.models import VideoPageCaption
from labs.webvtt import validate_webvtt
from tests.factories.pages import VideoPageFactory
from tests.labs.helpers import vtt

DEMO_CAPTIONS = Path(__file__).parents[2] / "portal/composition/demo/assets/captions"


@pytest.fixture(autouse=True)
def _english():
    """Messages in English, the msgids; the admin tests check the Swedish ones."""
    with translation.override("en"):
        yield


def message(error):
    return " ".join(error.value.messages)


def test_the_demo_ships_caption_files():
    # Guards the parametrised test below against silently testing nothing.
    assert len(list(DEMO_CAPTIONS.glob("*.vtt"))) >= 6


@pytest.mark.parametrize("path", sorted(DEMO_CAPTIONS.glob("*.vtt")), ids=str)
def test_demo_caption_files_are_valid_in_their_language(path):
    language = path.suffixes[0].strip(".")
    validate_webvtt(path.read_bytes(), language)


def test_good_file_with_bom_crlf_header_settings_notes_and_ids_passes():
    data = (
        "\ufeffWEBVTT - Bodens film\r\nLanguage: sv\r\n\r\n"
        "NOTE skriven för hand\r\n\r\n"
        "1\r\n00:00.000 --> 00:02.000 align:start\r\nHej <i>alla</i>\r\n\r\n"
        "01:00:02.500 --> 01:00:04.000\r\n- Hej!\r\n- Hej då.\r\n"
    ).encode()
    validate_webvtt(data, "sv")


@pytest.mark.parametrize(
    ("text", "line", "problem"),
    [
        ("1\n00:00:00.000 --> 00:00:01.000\nHej\n", 1, "WEBVTT"),
        ("WEBVTT\n00:00:00.000 --> 00:00:01.000\nHej\n", 2, "empty line"),
        ("WEBVTT\n\n1\n00:00:00.000 --> 00:00:1.000\nHej\n", 4, "timing"),
        ("WEBVTT\n\n00:00:00,000 --> 00:00:01,000\nHej\n", 3, "timing"),
        ("WEBVTT\n\n00:00:05.000 --> 00:00:01.000\nHej\n", 3, "ends before"),
        ("WEBVTT\n\n1\nHej utan tid\n", 4, "cue timing"),
        ("WEBVTT\n\n00:00:01.000 -> 00:00:02.000\nHej\n", 3, "timing"),
        (
            "WEBVTT\n\n00:00:03.000 --> 00:00:04.000\nA\n\n"
            "00:00:01.000 --> 00:00:02.000\nB\n",
            6,
            "before the cue above",
        ),
        ("WEBVTT\n\n00:00:00.000 --> 00:00:01.000\nA --> B\n", 4, "-->"),
    ],
)
def test_malformed_file_is_refused_naming_the_line(text, line, problem):
    with pytest.raises(ValidationError) as error:
        validate_webvtt(text.encode(), "sv")
    assert f"Line {line}:" in message(error)
    assert problem in message(error)


def test_file_that_is_not_utf8_is_refused_naming_the_line():
    data = "WEBVTT\n\n00:00:00.000 --> 00:00:01.000\nVälkommen\n".encode("latin-1")
    with pytest.raises(ValidationError) as error:
        validate_webvtt(data, "sv")
    assert "Line 4:" in message(error) and "UTF-8" in message(error)


def test_file_without_cues_is_refused():
    with pytest.raises(ValidationError, match="no captions"):
        validate_webvtt(b"WEBVTT\n\nNOTE bara en kommentar\n", "sv")


def test_track_declared_english_whose_file_says_swedish_is_refused():
    with pytest.raises(ValidationError) as error:
        validate_webvtt(vtt("sv", header="\nLanguage: sv"), "en")
    assert error.value.code == "language"
    validate_webvtt(vtt("sv", header="\nLanguage: sv-SE"), "sv")


@pytest.mark.django_db
def test_caption_model_checks_a_new_upload_and_names_the_field():
    film = VideoPageFactory()
    track = VideoPageCaption(
        page=film,
        language="en",
        file=ContentFile(b"WEBVTT\n\nnonsense\n", name="film.en.vtt"),
    )
    with pytest.raises(ValidationError) as error:
        track.clean()
    assert "Line 3:" in " ".join(error.value.message_dict["file"])
    track.file = ContentFile(vtt("en"), name="film.en.vtt")
    track.clean()
