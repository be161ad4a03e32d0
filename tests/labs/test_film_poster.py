"""A still taken from an uploaded film is its thumbnail and, without a poster
image, the film page's poster; without ffmpeg the upload goes through without."""

import logging
import shutil
import subprocess
from pathlib import Path

from django.core.files.base import ContentFile
from django.core.files.storage import FileSystemStorage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtailmedia.models import Media

import pytest

from labs import probe
from tests.factories.images import ImageFactory
from tests.labs.helpers import self_hosted_film
from tests.labs.test_film_probe import add_video
from tests.labs.test_films import video_object

pytestmark = pytest.mark.django_db

DEMO_FILM = Path(__file__).parents[2] / "portal/composition/demo/assets/film.mp4"
JPEG = b"\xff\xd8\xff"
needs_ffmpeg = pytest.mark.skipif(
    not shutil.which("ffmpeg"), reason="ffmpeg is not installed"
)


def demo_film():
    return DEMO_FILM.read_bytes()


def generated_film(tmp_path, seconds=3, size="320x240", pattern="testsrc"):
    """A film ffmpeg makes: a test pattern, 320x240 unless told."""
    path = tmp_path / "monster.mp4"
    subprocess.run(  # noqa: S603 -- fixed arguments
        [
            shutil.which("ffmpeg"), "-v", "error", "-y",
            "-f", "lavfi", "-i", f"{pattern}=duration={seconds}:size={size}:rate=10",
            "-pix_fmt", "yuv420p", str(path),
        ],
        check=True,
        timeout=60,
    )  # fmt: skip
    return path.read_bytes()


@needs_ffmpeg
def test_an_uploaded_film_gets_a_still_as_its_thumbnail(admin_client):
    response = add_video(admin_client, demo_film())
    assert response.status_code == 302, response.context["form"].errors
    film = Media.objects.get()
    assert (film.duration, film.width, film.height) == (8.0, 640, 360)
    assert film.thumbnail.name.startswith("media_thumbnails/film")
    assert film.thumbnail.name.endswith(".jpg")
    with film.thumbnail.open("rb") as still:
        assert still.read(3) == JPEG


@needs_ffmpeg
def test_the_still_is_a_tenth_into_a_film_ffmpeg_made(tmp_path):
    upload = SimpleUploadedFile("monster.mp4", generated_film(tmp_path, seconds=3))
    found = probe.probe(upload)
    assert found.duration == pytest.approx(3.0, abs=0.1)
    assert (found.width, found.height) == (320, 240)
    assert probe.poster_frame(upload, found.duration).startswith(JPEG)


def test_a_thumbnail_the_editor_gave_is_kept(admin_client):
    own = SimpleUploadedFile("egen.jpg", ImageFactory().file.read(), "image/jpeg")
    response = add_video(admin_client, demo_film(), thumbnail=own)
    assert response.status_code == 302, response.context["form"].errors
    assert Media.objects.get().thumbnail.name.startswith("media_thumbnails/egen")


def test_without_ffmpeg_the_film_is_uploaded_without_a_still(
    admin_client, monkeypatch, caplog
):
    which = shutil.which
    monkeypatch.setattr(
        probe.shutil, "which", lambda name: None if name == "ffmpeg" else which(name)
    )
    with caplog.at_level(logging.WARNING, logger="labs.probe"):
        response = add_video(admin_client, demo_film())
    assert response.status_code == 302
    assert not Media.objects.get().thumbnail
    assert "No poster frame for film.mp4" in caplog.text
    assert "ffmpeg is not installed" in caplog.text


def test_a_file_ffmpeg_cannot_read_gets_no_still(admin_client, caplog):
    with caplog.at_level(logging.WARNING, logger="labs.probe"):
        response = add_video(admin_client, b"\0" * 64)
    assert response.status_code == 302
    assert not Media.objects.get().thumbnail
    assert "No poster frame for film.mp4" in caplog.text


def with_still(film):
    film.video_file.thumbnail = ContentFile(JPEG + b"\0", name="stillbild.jpg")
    film.video_file.save()
    return film


def test_the_films_still_is_the_poster_without_a_poster_image(client):
    film = with_still(self_hosted_film(poster_image=None))
    film.save_revision().publish()
    response = client.get(film.url)
    poster = film.video_file.thumbnail.url
    assert f'poster="{poster}"' in response.content.decode()
    assert video_object(response)["thumbnailUrl"].endswith(poster)


def test_a_poster_image_goes_before_the_films_still(client):
    film = with_still(self_hosted_film(poster_image=ImageFactory()))
    film.save_revision().publish()
    html = client.get(film.url).content.decode()
    assert film.video_file.thumbnail.url not in html
    assert 'poster="/media/images/' in html


def test_a_film_without_either_has_no_poster(client):
    film = self_hosted_film(poster_image=None)
    film.save_revision().publish()
    response = client.get(film.url)
    assert 'poster="' not in response.content.decode()


# Replacing the film's file


def replace_file(client, media, content, **data):
    """Post the media editor as a browser does: the new file, the rest as shown."""
    film = SimpleUploadedFile("ny.mp4", content, content_type="video/mp4")
    form = {
        "title": media.title,
        "collection": media.collection_id,
        "file": film,
        "duration": media.duration,
        "width": media.width or "",
        "height": media.height or "",
        **data,
    }
    return client.post(reverse("wagtailmedia:edit", args=[media.pk]), form)


def still_of(media):
    media.refresh_from_db()
    with media.thumbnail.open("rb") as still:
        return still.read()


@needs_ffmpeg
def test_a_new_file_gets_a_new_still_length_and_size(
    admin_client, tmp_path, django_capture_on_commit_callbacks
):
    add_video(admin_client, generated_film(tmp_path, seconds=3))
    media = Media.objects.get()
    old_still, old_name = still_of(media), media.thumbnail.name
    new_film = generated_film(tmp_path, seconds=2, size="640x480", pattern="smptebars")
    with django_capture_on_commit_callbacks(execute=True):
        response = replace_file(admin_client, media, new_film)
    assert response.status_code == 302, response.context["form"].errors
    media.refresh_from_db()
    assert media.thumbnail.name.startswith("media_thumbnails/ny")
    assert still_of(media).startswith(JPEG)
    assert still_of(media) != old_still
    # The old film's still is no longer served at its address.
    assert not media.thumbnail.storage.exists(old_name)
    assert (media.duration, media.width, media.height) == (2.0, 640, 480)


@needs_ffmpeg
def test_storage_that_cannot_delete_the_old_still_fails_nothing_else(
    admin_client, tmp_path, django_capture_on_commit_callbacks, monkeypatch, caplog
):
    add_video(admin_client, generated_film(tmp_path))
    media = Media.objects.get()
    old_name = media.thumbnail.name

    delete = FileSystemStorage.delete

    def refuse_stills(storage, name):
        if name.startswith("media_thumbnails/"):
            raise OSError(f"storage refused to delete {name}")
        delete(storage, name)

    monkeypatch.setattr(FileSystemStorage, "delete", refuse_stills)
    with django_capture_on_commit_callbacks(execute=True):
        response = replace_file(admin_client, media, generated_film(tmp_path))
    assert response.status_code == 302
    media.refresh_from_db()
    assert media.thumbnail.name != old_name
    assert f"storage refused to delete {old_name}" in caplog.text


@needs_ffmpeg
def test_a_still_is_known_by_its_film_under_the_storages_suffix(admin_client, tmp_path):
    # Taken names get "_" and seven letters: the second film.mp4 and its still.
    for _ in range(2):
        add_video(admin_client, generated_film(tmp_path))
    media = Media.objects.order_by("pk").last()
    assert media.file.name != "media/film.mp4"
    assert media.thumbnail.name != "media_thumbnails/film.jpg"
    replace_file(admin_client, media, generated_film(tmp_path, size="640x480"))
    media.refresh_from_db()
    assert media.thumbnail.name.startswith("media_thumbnails/ny")


@needs_ffmpeg
def test_a_thumbnail_the_editor_uploaded_stays_when_the_file_is_replaced(
    admin_client, tmp_path
):
    own = SimpleUploadedFile("egen.jpg", ImageFactory().file.read(), "image/jpeg")
    add_video(admin_client, generated_film(tmp_path), thumbnail=own)
    media = Media.objects.get()
    response = replace_file(admin_client, media, generated_film(tmp_path, seconds=2))
    assert response.status_code == 302, response.context["form"].errors
    media.refresh_from_db()
    assert media.thumbnail.name.startswith("media_thumbnails/egen")
    assert media.thumbnail.storage.exists(media.thumbnail.name)
    assert media.duration == 2.0


@needs_ffmpeg
def test_a_thumbnail_uploaded_with_the_new_file_is_kept(admin_client, tmp_path):
    add_video(admin_client, generated_film(tmp_path))
    media = Media.objects.get()
    own = SimpleUploadedFile("omslag.jpg", ImageFactory().file.read(), "image/jpeg")
    replace_file(admin_client, media, generated_film(tmp_path), thumbnail=own)
    media.refresh_from_db()
    assert media.thumbnail.name.startswith("media_thumbnails/omslag")


@needs_ffmpeg
def test_a_new_file_ffmpeg_cannot_read_leaves_no_old_still(
    admin_client, tmp_path, caplog, django_capture_on_commit_callbacks
):
    add_video(admin_client, generated_film(tmp_path))
    media = Media.objects.get()
    old_name = media.thumbnail.name
    assert old_name
    with (
        caplog.at_level(logging.WARNING, logger="labs.probe"),
        django_capture_on_commit_callbacks(execute=True),
    ):
        response = replace_file(admin_client, media, b"\0" * 64)
    assert response.status_code == 302
    media.refresh_from_db()
    assert not media.thumbnail
    assert "No poster frame for ny.mp4" in caplog.text
    assert not media.file.storage.exists(old_name)


@needs_ffmpeg
def test_an_edit_without_a_new_file_keeps_the_still(admin_client, tmp_path):
    add_video(admin_client, generated_film(tmp_path))
    media = Media.objects.get()
    still = media.thumbnail.name
    form = {"title": "Nytt namn", "collection": media.collection_id, "duration": 3}
    response = admin_client.post(reverse("wagtailmedia:edit", args=[media.pk]), form)
    assert response.status_code == 302, response.context["form"].errors
    media.refresh_from_db()
    assert (media.title, media.thumbnail.name) == ("Nytt namn", still)
