"""A film's length (and size, with ffprobe) is read from the uploaded file."""

import shutil
import struct
from datetime import timedelta

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail.models import Collection
from wagtailmedia.models import Media

import pytest

from labs.models import VideoPage
from labs.probe import probe
from tests.factories.pages import LabPageFactory
from tests.labs.test_film_admin import film_form

pytestmark = pytest.mark.django_db


def atom(name, payload):
    return struct.pack(">I", 8 + len(payload)) + name + payload


def mp4(seconds):
    """The smallest MP4 that says how long it is: ftyp, and moov with mvhd."""
    header = struct.pack(">IIII", 0, 0, 1000, int(seconds * 1000))
    mvhd = atom(b"mvhd", b"\0\0\0\0" + header + b"\0" * 80)
    return atom(b"ftyp", b"isom\0\0\2\0isomiso2mp41") + atom(b"moov", mvhd)


def add_video(client, content, **data):
    film = SimpleUploadedFile("film.mp4", content, content_type="video/mp4")
    root = Collection.get_first_root_node()
    form = {"title": "Film", "collection": root.pk, "file": film, **data}
    return client.post("/admin/media/video/add/", form)


def test_the_length_is_read_from_the_file(admin_client):
    response = add_video(admin_client, mp4(8))
    assert response.status_code == 302, response.context["form"].errors
    assert Media.objects.get().duration == 8.0


def test_a_length_the_editor_gave_is_kept(admin_client):
    add_video(admin_client, mp4(8), duration="9")
    assert Media.objects.get().duration == 9.0


def test_an_unreadable_file_is_still_accepted_with_its_length_unknown(admin_client):
    response = add_video(admin_client, b"\0" * 64)
    assert response.status_code == 302
    assert Media.objects.get().duration == 0


@pytest.mark.skipif(not shutil.which("ffprobe"), reason="ffprobe is not installed")
def test_ffprobe_reads_what_mutagen_reads():
    film = SimpleUploadedFile("film.mp4", mp4(8))
    assert probe(film).duration == pytest.approx(8.0, abs=0.1)


def test_a_film_page_takes_its_length_from_the_uploaded_film(admin_client):
    add_video(admin_client, mp4(8))
    lab = LabPageFactory()
    data = film_form(video_file=Media.objects.get().pk, duration="")
    url = reverse("wagtailadmin_pages:add", args=["labs", "videopage", lab.pk])
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.context["form"].errors
    assert VideoPage.objects.child_of(lab).get().duration == timedelta(seconds=8)
