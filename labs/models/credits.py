"""The people and organisations a film features, shown in the page's language."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable


class VideoPagePerson(Orderable):
    page = ParentalKey(
        "labs.VideoPage", on_delete=models.CASCADE, related_name="featured_people"
    )
    person = models.ForeignKey(
        "portal.Person",
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("person")]

    class Meta(Orderable.Meta):
        verbose_name = _("person in the film")


class VideoPageOrganisation(Orderable):
    page = ParentalKey(
        "labs.VideoPage",
        on_delete=models.CASCADE,
        related_name="featured_organisations",
    )
    organisation = models.ForeignKey(
        "portal.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("organisation")]

    class Meta(Orderable.Meta):
        verbose_name = _("organisation in the film")
