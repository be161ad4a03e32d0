from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from portal.companies.ownership import CompanyOwnedMixin


class Organisation(CompanyOwnedMixin, TranslatableMixin, index.Indexed, models.Model):
    """A partner organisation, e.g. a municipality, a university or an association."""

    name = models.CharField(_("name"), max_length=200)
    website = models.URLField(_("web site"), blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("website"),
        FieldPanel("logo"),
        FieldPanel("site"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("site"),  # the admin lists a company's own only
    ]
    override_translatable_fields = [
        SynchronizedField("website"),
        SynchronizedField("logo"),
        SynchronizedField("site"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]

    def __str__(self):
        return self.name


class Person(CompanyOwnedMixin, TranslatableMixin, index.Indexed, models.Model):
    """An author or contact; the role translates, the name does not."""

    name = models.CharField(_("name"), max_length=200)
    role = models.CharField(
        _("role"),
        max_length=200,
        blank=True,
        help_text=_("E.g. projektansvarig för Allmännyttans innovationslabb."),
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="people",
    )
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("role"),
        FieldPanel("organisation"),
        FieldPanel("photo"),
        FieldPanel("site"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("role"),
        index.AutocompleteField("name"),
        index.FilterField("site"),  # the admin lists a company's own only
    ]
    override_translatable_fields = [
        SynchronizedField("name"),
        SynchronizedField("photo"),
        SynchronizedField("site"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["name"]

    def __str__(self):
        return f"{self.name}, {self.role}" if self.role else self.name


class FooterText(CompanyOwnedMixin, TranslatableMixin, models.Model):
    """Footer text readers see in two languages; site settings point here."""

    name = models.CharField(
        _("name"), max_length=200, help_text=_("Only editors see it.")
    )
    site_name = models.CharField(
        _("site name"),
        max_length=200,
        blank=True,
        help_text=_(
            "The name readers of this language see in the header, the footer and "
            "page titles. Empty: the organisation name in the site settings."
        ),
    )
    description = models.TextField(_("about the organisation"), blank=True)
    address = models.TextField(_("postal address"), blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("site_name"),
        FieldPanel("description"),
        FieldPanel("address"),
        FieldPanel("site"),
    ]
    override_translatable_fields = [
        SynchronizedField("name"),
        SynchronizedField("site"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("footer text")
        verbose_name_plural = _("footer texts")

    def __str__(self):
        return self.name
