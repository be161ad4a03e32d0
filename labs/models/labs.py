from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, PageManager
from wagtail.search import index

from labs.blocks import KeyFiguresBlock
from portal.api import fields as api
from portal.blocks import RICH_TEXT_FEATURES, StoryBlock
from portal.i18n.localized import localized_all, localized_links, localized_one
from portal.models import BasePage, HeroImageMixin, ListingMixin
from portal.models.querysets import CardQuerySet

from .videos import VideoPage

# Hook name: functions (lab, request) -> dict that add to a lab page's context.
LAB_PAGE_CONTEXT_HOOK = "portal_lab_page_context"


class LabIndexPage(ListingMixin, BasePage):
    parent_page_types = ["home.HomePage"]
    subpage_types = ["labs.LabPage"]

    class Meta:
        verbose_name = _("lab index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["labs"] = self.paginate(request, LabPage.objects.cards_under(self))
        return context


class LabPage(HeroImageMixin, BasePage):
    class Status(models.TextChoices):
        PLANNED = "planned", _("Planned")
        ACTIVE = "active", _("Active")
        COMPLETED = "completed", _("Completed")

    municipality = models.CharField(_("municipality"), max_length=100)
    neighbourhood = models.CharField(_("neighbourhood"), max_length=100, blank=True)
    goals = RichTextField(_("goals"), blank=True, features=RICH_TEXT_FEATURES)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.ACTIVE
    )
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)
    key_figures = StreamField(
        KeyFiguresBlock(), blank=True, verbose_name=_("key figures")
    )
    contact_person = models.ForeignKey(
        "portal.Person",
        verbose_name=_("contact person"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(StoryBlock(), blank=True, verbose_name=_("body"))

    objects = PageManager.from_queryset(CardQuerySet)()
    serve_select_related = ("hero_image", "contact_person")
    editor_help = {
        "municipality": _("The municipality the lab works in, e.g. Boden."),
        "neighbourhood": _("The neighbourhood or area, if the lab has one."),
        "status": _("Where the lab stands now; readers can filter labs by it."),
        "start_date": _("When the lab started."),
        "end_date": _("When the lab ended or will end; empty if ongoing."),
        "goals": _("What the lab wants to achieve, in a few sentences or a list."),
        "key_figures": _(
            "Numbers that show what the lab achieved, each with a short label."
        ),
        "contact_person": _("Who readers can ask about the lab."),
    }

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [FieldPanel("municipality"), FieldPanel("neighbourhood")]
                ),
                FieldPanel("status"),
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
            ],
            heading=_("Where and when"),
        ),
        FieldPanel("goals"),
        FieldPanel("key_figures"),
        InlinePanel("organisations", label=_("Organisations")),
        FieldPanel("contact_person"),
        *HeroImageMixin.hero_panels,
        FieldPanel("body"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("municipality"),
        index.SearchField("neighbourhood"),
        index.SearchField("goals"),
        index.SearchField("key_figures"),
        index.SearchField("body"),
        index.RelatedFields(
            "organisations",
            [index.RelatedFields("organisation", [index.SearchField("name")])],
        ),
        index.FilterField("status"),
    ]

    api_fields = [
        *BasePage.api_fields,
        APIField("municipality"),
        APIField("neighbourhood"),
        APIField("status"),
        APIField("start_date"),
        APIField("end_date"),
        APIField("goals", serializer=api.RichTextField("goals")),
        APIField("key_figures", serializer=api.StreamItemsField("key_figures")),
        APIField("contact_person", serializer=api.PersonField("contact_person")),
        APIField("organisations", serializer=api.OrganisationsField("organisations")),
        *HeroImageMixin.hero_api_fields,
        APIField("body", serializer=api.StreamHTMLField("body")),
    ]

    parent_page_types = ["labs.LabIndexPage"]
    subpage_types = ["labs.VideoPage"]

    class Meta:
        verbose_name = _("lab")

    def shown_snippets(self):
        partners = self.organisations.select_related("organisation")
        return [self.contact_person, *(row.organisation for row in partners)]

    def localize_copied_rows(self, source, locale, dictionary):
        partners = [row.organisation for row in source.organisations.all()]
        self.organisations = [
            LabPageOrganisation(organisation=organisation, sort_order=index)
            for index, organisation in enumerate(localized_all(partners, locale.pk))
        ]
        return True

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError(
                {"end_date": _("The lab cannot end before it starts.")}
            )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # A translated lab may still point at the Swedish partners and contact.
        context["lab_organisations"] = localized_links(
            self.organisations.all(), "organisation", self.locale_id, "logo"
        )
        context["contact_person"] = localized_one(self.contact_person, self.locale_id)
        context["videos"] = VideoPage.objects.cards_under(self)
        # The blog adds the lab's posts and feeds (blog knows labs, never back).
        context["lab_posts"], context["lab_feeds"] = [], []
        for lab_context in hooks.get_hooks(LAB_PAGE_CONTEXT_HOOK):
            context.update(lab_context(self, request))
        context["lab_feed_title"] = _("Posts about %(lab)s") % {"lab": self.title}
        return context


class LabPageOrganisation(Orderable):
    page = ParentalKey(LabPage, on_delete=models.CASCADE, related_name="organisations")
    organisation = models.ForeignKey(
        "portal.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("organisation")]
