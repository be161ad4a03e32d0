"""A film's caption tracks, one WebVTT file per language."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable

from labs.webvtt import validate_webvtt

__all__ = ["VideoPageCaption"]


class VideoPageCaption(Orderable):
    """A WebVTT caption track in one language; each language has its own file.

    Tracks are not translated: every language version of the film carries all
    of them, so the English page shows the English file, never a copy of the
    Swedish one under an English label.
    """

    page = ParentalKey(
        "labs.VideoPage", on_delete=models.CASCADE, related_name="captions"
    )
    language = models.CharField(
        _("language"),
        max_length=5,
        choices=settings.LANGUAGES,
    )
    file = models.FileField(_("WebVTT file"), upload_to="captions/")

    panels = [FieldPanel("language"), FieldPanel("file")]

    class Meta(Orderable.Meta):
        verbose_name = _("caption track")
        unique_together = [("page", "language")]

    def clean(self):
        super().clean()
        # Stored files were checked when they arrived; check only new uploads
        # (docs/upstream.md, "FieldFile._committed").
        if not self.file or getattr(self.file, "_committed", True):
            return
        self.file.seek(0)
        data = self.file.read()
        self.file.seek(0)
        try:
            validate_webvtt(data, self.language)
        except ValidationError as error:
            raise ValidationError({"file": error}) from None
