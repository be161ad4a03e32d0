"""Film uploads: a size limit, and what is read from the file (labs.probe).

wagtailmedia has no setting for the size limit. settings.WAGTAILMEDIA
["MEDIA_FORM_BASE"] names FilmForm, so wagtailmedia's add and edit views and
its chooser's upload (the page editor's) use it. Kept apart from labs/forms.py:
wagtailmedia's forms import its models, which labs' models must not wait for.
"""

import re
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from wagtailmedia.forms import BaseMediaForm

from labs.probe import Probe, poster_frame, probe

__all__ = ["FilmForm"]

# What Django's storage adds to a name already taken: "_" and seven letters.
TAKEN_NAME_SUFFIX = re.compile(r"_[A-Za-z0-9]{7}$")


def plain_stem(name):
    """A stored file's name without folder, extension or the storage's suffix."""
    return TAKEN_NAME_SUFFIX.sub("", Path(name).stem)


class FilmForm(BaseMediaForm):
    """Refuses a film larger than PORTAL_FILM_MAX_UPLOAD_SIZE (SECURITY.md);
    fills duration, size and thumbnail from a new file (see clean)."""

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
                "can, and taken again when the film's file is replaced. A picture "
                "you upload here is kept. A film page's poster image goes before it."
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
        """Duration, size and a still from a new file.

        What the editor left empty, or did not change in this form, is read
        from the file: values kept from a file being replaced describe a film
        that is gone (the still's size on pages is worked out from them).
        """
        cleaned_data = super().clean()
        upload = cleaned_data.get("file")
        if not upload or upload == self.initial.get("file"):
            return cleaned_data
        found = probe(upload) or Probe()
        for name in ("duration", "width", "height"):
            value = getattr(found, name)
            given = cleaned_data.get(name) and name in self.changed_data
            if value and name in self.fields and not given:
                cleaned_data[name] = round(value, 2) if name == "duration" else value
        if self.wants_thumbnail(cleaned_data):
            frame = poster_frame(upload, found.duration)
            if frame:
                name = f"{Path(upload.name).stem}.jpg"
                cleaned_data["thumbnail"] = ContentFile(frame, name=name)
            elif cleaned_data.get("thumbnail"):
                cleaned_data["thumbnail"] = False  # the old film's still goes
        return cleaned_data

    def save(self, commit=True):
        """Save; a thumbnail replaced or cleared leaves storage once committed.

        wagtailmedia deletes a replaced film's file but keeps its thumbnail,
        which would stay public at its address: a still of a film that may
        have been replaced for what it showed.
        """
        old = self.initial.get("thumbnail")
        old_name = old.name if old else ""
        media = super().save(commit)
        # With commit=False the database still names the old still: keep it.
        if commit and old_name and old_name != (media.thumbnail.name or ""):
            storage = old.storage
            # Robust: storage that fails leaves a stray file (logged), never a 500.
            transaction.on_commit(lambda: storage.delete(old_name), robust=True)
        return media

    def wants_thumbnail(self, cleaned_data):
        """Whether to take a still from the uploaded film, if the upload is
        otherwise valid.

        A still shows its film, so a new file gets a new one: the old file's
        still would show a film that is gone, perhaps one replaced for what it
        showed, so if ffmpeg cannot read the new file the film is left with no
        still rather than the old one. A thumbnail the editor chose is theirs:
        one uploaded in this form, or earlier under a name that is not the old
        file's. Only the name tells a still apart (labs.uploads names it after
        its film; nothing else records where a thumbnail came from), so a name
        that does not match keeps the thumbnail: the safe side.
        """
        thumbnail = cleaned_data.get("thumbnail")
        return (
            self.instance.type == "video"
            and "thumbnail" in self.fields
            and not self.errors
            and (not thumbnail or self.is_old_still(thumbnail))
        )

    def is_old_still(self, thumbnail):
        """Whether thumbnail is the still taken from the file being replaced."""
        old_file = self.initial.get("file")
        return (
            "thumbnail" not in self.changed_data
            and bool(old_file)
            and plain_stem(thumbnail.name) == plain_stem(old_file.name)
        )
