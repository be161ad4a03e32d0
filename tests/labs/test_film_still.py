"""A film without a poster image shows the still taken from its file on its
cards (the film index, its lab, the portal home) and when it is shared."""

import re
import shutil
import subprocess

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation

from wagtailmedia.models import Media

import pytest

from labs.probe import frame_size
from tests.factories.images import ImageFactory
from tests.factories.pages import (
    LabIndexPageFactory,
    LabPageFactory,
    VideoIndexPageFactory,
    VideoPageFactory,
)
from tests.labs.helpers import self_hosted_film
from tests.labs.test_film_poster import generated_film, needs_ffmpeg, with_still
from tests.labs.test_film_probe import add_video
from tests.portal.heads import get

pytestmark = pytest.mark.django_db

CARD_IMAGE = re.compile(
    r'<img class="card__image" src="(?P<src>[^"]*)" width="(?P<width>\d+)" '
    r'height="(?P<height>\d+)" alt="(?P<alt>[^"]*)">'
)


def card_images(response):
    assert response.status_code == 200
    return [
        match.groupdict() for match in CARD_IMAGE.finditer(response.content.decode())
    ]


def lab_of(home):
    return LabPageFactory(parent=LabIndexPageFactory(parent=home))


def still_film(lab, **fields):
    return with_still(self_hosted_film(parent=lab, **{"poster_image": None, **fields}))


def test_a_film_card_shows_the_still_without_a_poster_image(client, home_page):
    lab = lab_of(home_page)
    index = VideoIndexPageFactory(parent=home_page)
    film = still_film(lab)
    # The still's size is the film's; unknown here, so the player's 16:9.
    expected = {
        "src": film.video_file.thumbnail.url,
        "width": "1280",
        "height": "720",
        "alt": "",  # beside the linked title, as a poster image's
    }
    for url in (index.url, lab.url, "/"):
        assert card_images(client.get(url)) == [expected], url


def test_a_poster_image_goes_before_the_still_on_cards(client, home_page):
    film = still_film(lab_of(home_page), poster_image=ImageFactory())
    index = VideoIndexPageFactory(parent=home_page)
    (card,) = card_images(client.get(index.url))
    assert card["src"].startswith("/media/images/")
    assert ".fill-640x360" in card["src"]
    assert card["src"] != film.video_file.thumbnail.url


def test_a_film_with_neither_has_the_empty_card_picture(client, home_page):
    VideoPageFactory(parent=lab_of(home_page), poster_image=None)
    response = client.get(VideoIndexPageFactory(parent=home_page).url)
    assert card_images(response) == []
    assert 'class="card__image card__image--none"' in response.content.decode()


@needs_ffmpeg
def test_the_card_gives_the_size_of_the_still_ffmpeg_took(
    admin_client, client, home_page, tmp_path
):
    big = SimpleUploadedFile("stor.mp4", generated_film(tmp_path, size="1500x1002"))
    assert add_video(admin_client, big.read()).status_code == 302
    media = Media.objects.get()
    VideoPageFactory(
        parent=lab_of(home_page), video_url="", video_file=media, poster_image=None
    )
    (card,) = card_images(client.get(VideoIndexPageFactory(parent=home_page).url))
    assert card["src"] == media.thumbnail.url
    taken = subprocess.run(  # noqa: S603 -- fixed arguments
        [
            shutil.which("ffprobe"), "-v", "error", "-of", "csv=p=0",
            "-show_entries", "stream=width,height", media.thumbnail.path,
        ],
        capture_output=True,
        check=True,
        timeout=60,
    )  # fmt: skip
    assert taken.stdout.decode().strip() == f"{card['width']},{card['height']}"
    assert (card["width"], card["height"]) == ("1280", "856")


@pytest.mark.parametrize(
    ("film", "still"),
    [((640, 360), (640, 360)), ((1920, 1080), (1280, 720)), ((641, 361), (641, 362))],
)
def test_a_stills_size_follows_the_film_as_ffmpeg_scales_it(film, still):
    assert frame_size(*film) == still


def test_a_shared_film_shows_its_still_without_a_poster_image(client, home_page):
    film = still_film(lab_of(home_page), title="Hagen i bild")
    film.video_file.width, film.video_file.height = 1920, 1080
    film.video_file.save()
    parsed = get(client, film)
    still = f"http://localhost{film.video_file.thumbnail.url}"
    assert parsed.one("og:image") == still
    assert (parsed.one("og:image:width"), parsed.one("og:image:height")) == (
        "1280",
        "720",
    )
    assert parsed.one("og:image:alt") == "En stillbild ur filmen ”Hagen i bild”"
    assert parsed.one("twitter:card") == "summary_large_image"
    assert parsed.one("twitter:image") == still


def test_the_shared_stills_alt_text_is_in_the_pages_language(
    client, home_page, translate
):
    film = still_film(lab_of(home_page))
    english = translate(film, title="Hagen in pictures")
    with translation.override("en"):
        parsed = get(client, english)
    assert parsed.one("og:image:alt") == "A still from the film “Hagen in pictures”"


def test_film_cards_with_stills_cost_no_query_each(
    client, home_page, count_queries, cold_queries
):
    lab = lab_of(home_page)
    index = VideoIndexPageFactory(parent=home_page)
    still_film(lab)
    urls = (index.url, lab.url)
    first = [count_queries(client, url) for url in urls]
    first_cold = cold_queries(client, "/")
    for _ in range(6):
        still_film(lab)
    assert [count_queries(client, url) for url in urls] == first
    assert cold_queries(client, "/") == first_cold
