"""Film uploads: a size limit, and what is read from the file (labs.probe).

wagtailmedia has no setting for the size limit. settings.WAGTAILMEDIA
["MEDIA_FORM_BASE"] names FilmForm, so wagtailmedia's add and edit views and
its chooser's upload (the page editor's) use it. Kept apart from labs/forms.py:
wagtailmedia's forms import its models, which labs' models must not wait for.
"""

from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from wagtailmedia.forms import BaseMediaForm

from labs.probe import Probe, poster_frame, probe

__all__ = ["FilmForm"]


class FilmForm(BaseMediaForm):
    """Refuses a film larger than PORTAL_FILM_MAX_UPLOAD_SIZE (SECURITY.md);
    fills duration, size and thumbnail from the file where left empty."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "duration" in self.fields:
            self.fields["duration"].help_text = _(
                "In seconds. Leave it empty: it is read from the file when the "
                "server can; if it stays 0, enter it."
            )
        if "thumbnail" in self.fields and self.instance.type == "video":
            self.fields["thumbnail"].help_text = _(
                "Leave it empty: a still from the film is taken when the server "
                "can. A film page's poster image goes before it."
            )

    def clean_file(self):
        file = self.cleaned_data.get("file")
        limit = settings.PORTAL_FILM_MAX_UPLOAD_SIZE
        if file and file != self.initial.get("file") and file.size > limit:
            raise ValidationError(
                _(
                    "This film is %(size)s; films may be at most %(limit)s. "
                    "Shorten or compress it, or publish it on YouTube or Vimeo."
                ),
                code="file_too_large",
                params={
                    "size": filesizeformat(file.size),
                    "limit": filesizeformat(limit),
                },
            )
        return file

    def clean(self):
        """Duration and size from the file, where the editor left them empty."""
        cleaned_data = super().clean()
        upload = cleaned_data.get("file")
        if not upload or upload == self.initial.get("file"):
            return cleaned_data
        found = probe(upload) or Probe()
        for name in ("duration", "width", "height"):
            value = getattr(found, name)
            if value and name in self.fields and not cleaned_data.get(name):
                cleaned_data[name] = round(value, 2) if name == "duration" else value
        if self.wants_thumbnail(cleaned_data):
            frame = poster_frame(upload, found.duration)
            if frame:
                name = f"{Path(upload.name).stem}.jpg"
                cleaned_data["thumbnail"] = ContentFile(frame, name=name)
        return cleaned_data

    def wants_thumbnail(self, cleaned_data):
        """A film the editor gave no still, on an upload that is otherwise valid."""
        return (
            self.instance.type == "video"
            and "thumbnail" in self.fields
            and not cleaned_data.get("thumbnail")  # none, or cleared
            and not self.errors
        )
