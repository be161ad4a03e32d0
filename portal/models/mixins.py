from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField

from portal.api.fields import ImageField


class HeroImageMixin(models.Model):
    """A lead image whose alt text is page text, so it is translated with the page."""

    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_image_alt = models.CharField(
        _("hero image alt text"),
        max_length=250,
        blank=True,
        help_text=_("What the image shows, for people who cannot see it."),
    )
    hero_image_caption = models.CharField(
        _("hero image caption"), max_length=250, blank=True
    )

    editor_help = {
        "hero_image": _(
            "A wide photo at the top of the page (at least 1600 px wide). Listings "
            "and shared links use it too."
        ),
        "hero_image_caption": _(
            "Optional text under the image, e.g. who took the photo."
        ),
    }

    hero_panels = [
        MultiFieldPanel(
            [
                FieldPanel("hero_image"),
                FieldPanel("hero_image_alt"),
                FieldPanel("hero_image_caption"),
            ],
            heading=_("Hero image"),
        )
    ]

    hero_api_fields = [
        APIField(
            "hero_image",
            serializer=ImageField(
                "hero_image", alt="hero_image_alt", caption="hero_image_caption"
            ),
        )
    ]

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        if self.hero_image_id and not self.hero_image_alt.strip():
            raise ValidationError(
                {
                    "hero_image_alt": _(
                        "An image needs alt text describing what it shows."
                    )
                }
            )
