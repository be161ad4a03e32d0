import io

from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.models import Collection

import factory
import wagtail_factories
from PIL import Image


class ImageFactory(wagtail_factories.ImageFactory):
    title = factory.Sequence(lambda n: f"Bild {n}")
    collection = factory.LazyFunction(Collection.get_first_root_node)
    file = factory.django.ImageField(width=800, height=450, color="teal")


def image_upload(name="bild.png", size=(40, 30), colour="teal"):
    """A real image file as a browser uploads it; PNG or JPEG by the name."""
    kind = "JPEG" if name.endswith((".jpg", ".jpeg")) else "PNG"
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, kind)
    return SimpleUploadedFile(name, buffer.getvalue(), f"image/{kind.lower()}")
