"""Load the shipped demo files into Wagtail images, wagtailmedia and FileFields.

Each object is looked up by its title first, so running the seed again reuses
what exists (and whatever an editor has done to it) instead of uploading twice.
"""

from pathlib import Path

from django.core.files import File
from django.core.files.base import ContentFile

from wagtail.images import get_image_model
from wagtail.models import Collection
from wagtailmedia.models import get_media_model

ASSETS_DIR = Path(__file__).resolve().parent / "assets"

# The film shipped in assets/: 640x360, 8 seconds, H.264 and AAC.
VIDEO_WIDTH, VIDEO_HEIGHT, VIDEO_SECONDS = 640, 360, 8.0


def collection(name):
    """The company's own collection, so its editors' permissions can be scoped."""
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=name).first()
    return existing or root.add_child(name=name)


def image(filename, title, target_collection, stored_name=None):
    image_model = get_image_model()
    existing = image_model.objects.filter(title=title).first()
    if existing:
        return existing
    with (ASSETS_DIR / filename).open("rb") as handle:
        new = image_model(title=title, collection=target_collection)
        new.file = File(handle, name=stored_name or filename)
        new.save()
    # Size and hash, as the upload form stores them, through the public getters.
    new.get_file_size()
    new.get_file_hash()
    return new


def media(filename, title, target_collection, stored_name=None):
    media_model = get_media_model()
    existing = media_model.objects.filter(title=title).first()
    if existing:
        return existing
    with (ASSETS_DIR / filename).open("rb") as handle:
        new = media_model(
            title=title,
            type="video",
            duration=VIDEO_SECONDS,
            width=VIDEO_WIDTH,
            height=VIDEO_HEIGHT,
            collection=target_collection,
        )
        new.file = File(handle, name=stored_name or filename)
        new.save()
    return new


def caption_file(filename):
    """A WebVTT file ready to be saved into a FileField by its model."""
    return ContentFile((ASSETS_DIR / "captions" / filename).read_bytes(), name=filename)
