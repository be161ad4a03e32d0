from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from portal.models.colours import validate_accent_colour
from portal.privacy.periods import RetentionPanel, RetentionSettingsForm

SOCIAL_NETWORKS = ["instagram", "facebook", "linkedin", "youtube"]


@register_setting(icon="home")
class SiteSettings(BaseSiteSetting):
    """A company's identity; text shown in two languages lives in FooterText."""

    # The logo and footer text are the company's; the retention periods are
    # form fields per registered kind of personal data (portal.privacy).
    base_form_class = RetentionSettingsForm

    organisation_name = models.CharField(
        _("organisation name"), max_length=200, blank=True
    )
    org_number = models.CharField(_("organisation number"), max_length=20, blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    share_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("share image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Shown when a page without a picture of its own is shared on social "
            "media; cropped to 1200×630 pixels."
        ),
    )
    share_image_alt = models.CharField(
        _("share image alt text"),
        max_length=250,
        blank=True,
        help_text=_("What the share image shows, for readers who cannot see it."),
    )
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    website = models.URLField(_("web site"), blank=True)
    instagram = models.URLField("Instagram", blank=True)
    facebook = models.URLField("Facebook", blank=True)
    linkedin = models.URLField("LinkedIn", blank=True)
    youtube = models.URLField("YouTube", blank=True)
    accent_colour = models.CharField(
        _("accent colour"),
        max_length=7,
        blank=True,
        validators=[validate_accent_colour],
        help_text=_("Links and buttons; must contrast at least 4.5:1 with white."),
    )
    footer_text = models.ForeignKey(
        "portal.FooterText",
        verbose_name=_("footer text"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Description and address, translated with wagtail-localize."),
    )
    # Days per kind of personal data (portal.privacy.registry), within the
    # limits the portal sets; a kind missing here keeps the portal's default.
    retention_days = models.JSONField(
        _("retention periods"), default=dict, blank=True, editable=False
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("organisation_name"),
                FieldPanel("org_number"),
                FieldPanel("logo"),
                FieldPanel("accent_colour"),
            ],
            heading=_("Organisation"),
        ),
        MultiFieldPanel(
            [FieldPanel("share_image"), FieldPanel("share_image_alt")],
            heading=_("Sharing"),
        ),
        MultiFieldPanel(
            [FieldPanel("phone"), FieldPanel("email"), FieldPanel("website")],
            heading=_("Contact"),
        ),
        MultiFieldPanel(
            [FieldPanel(name) for name in SOCIAL_NETWORKS], heading=_("Social media")
        ),
        FieldPanel("footer_text"),
        RetentionPanel(),
    ]

    class Meta:
        verbose_name = _("site settings")

    def clean(self):
        super().clean()
        if self.share_image_id and not self.share_image_alt.strip():
            raise ValidationError(
                {"share_image_alt": _("Describe the share image for readers.")}
            )

    @property
    def social_links(self):
        return [
            (self._meta.get_field(name).verbose_name, getattr(self, name))
            for name in SOCIAL_NETWORKS
            if getattr(self, name)
        ]
