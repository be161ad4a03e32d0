from django.core.exceptions import ValidationError
from django.db import models
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, PageManager
from wagtail.search import index

from labs.blocks import KeyFiguresBlock
from portal.blocks import (
    RICH_TEXT_FEATURES,
    StoryBlock,
    privacy_embed_url,
)
from portal.listings import films_under, labs_under
from portal.models import BasePage, HeroImageMixin, ListingMixin
from portal.privacy import PortalPageQuerySet


class LabIndexPage(ListingMixin, BasePage):
    parent_page_types = ["home.HomePage"]
    subpage_types = ["labs.LabPage"]

    class Meta:
        verbose_name = _("lab index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["labs"] = self.paginate(request, labs_under(self))
        return context


class CardQuerySet(PortalPageQuerySet):
    def for_cards(self):
        return self.select_related("locale", "hero_image").order_by(
            "-first_published_at", "-pk"
        )


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
        index.SearchField("body"),
        index.RelatedFields(
            "organisations",
            [index.RelatedFields("organisation", [index.SearchField("name")])],
        ),
        index.FilterField("status"),
    ]

    parent_page_types = ["labs.LabIndexPage"]
    subpage_types = ["labs.VideoPage"]

    class Meta:
        verbose_name = _("lab")

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError(
                {"end_date": _("The lab cannot end before it starts.")}
            )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["lab_organisations"] = [
            link.organisation
            for link in self.organisations.select_related("organisation__logo")
        ]
        context["lab_posts"] = self.blog_posts.live().public().for_cards()[:6]
        context["films"] = films_under(self)
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


class VideoPageQuerySet(CardQuerySet):
    def for_cards(self):
        return self.select_related("locale", "poster_image").order_by(
            "-first_published_at", "-pk"
        )


class VideoPage(BasePage):
    """A short film that tells what a lab achieved; a child of its lab."""

    summary = models.TextField(_("summary"), blank=True)
    poster_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("poster image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    poster_image_alt = models.CharField(
        _("poster image alt text"), max_length=250, blank=True
    )
    duration = models.DurationField(_("duration"), null=True, blank=True)
    video_file = models.ForeignKey(
        "wagtailmedia.Media",
        verbose_name=_("video file"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("An MP4 or WebM file uploaded to the portal."),
    )
    video_url = models.URLField(
        _("external film address"),
        blank=True,
        help_text=_("YouTube or Vimeo; loaded only when the reader presses play."),
    )
    transcript = RichTextField(_("transcript"), blank=True, features=RICH_TEXT_FEATURES)

    objects = PageManager.from_queryset(VideoPageQuerySet)()
    serve_select_related = ("poster_image", "video_file")

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("video_file"),
                FieldPanel("video_url"),
                FieldPanel("duration"),
                FieldPanel("poster_image"),
                FieldPanel("poster_image_alt"),
            ],
            heading=_("Film"),
        ),
        InlinePanel("captions", label=_("Caption tracks")),
        FieldPanel("transcript"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary"),
        index.SearchField("transcript"),
    ]

    parent_page_types = ["labs.LabPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("film")

    def clean(self):
        super().clean()
        if bool(self.video_file_id) == bool(self.video_url):
            raise ValidationError(
                {"video_url": _("Give either an uploaded film or an external address.")}
            )

    @cached_property
    def lab(self):
        """The film's lab (its parent), fetched as a LabPage in one query."""
        return LabPage.objects.get(path=self.path[: -self.steplen])

    @property
    def duration_display(self):
        """Minutes and seconds as people say them, e.g. 2:05."""
        if not self.duration:
            return ""
        minutes, seconds = divmod(int(self.duration.total_seconds()), 60)
        return f"{minutes}:{seconds:02d}"

    @property
    def duration_iso(self):
        if not self.duration:
            return ""
        minutes, seconds = divmod(int(self.duration.total_seconds()), 60)
        return f"PT{minutes}M{seconds}S"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        language = translation.get_language()
        captions = list(self.captions.all())
        for track in captions:
            track.is_default = track.language == language
        context["captions"] = captions
        context["lab"] = self.lab
        context["poster"] = (
            self.poster_image.get_rendition("fill-1280x720")
            if self.poster_image
            else None
        )
        context["player_url"] = privacy_embed_url(self.video_url)
        return context


class VideoPageCaption(Orderable):
    """A WebVTT caption track in one language; each language has its own file."""

    page = ParentalKey(VideoPage, on_delete=models.CASCADE, related_name="captions")
    language = models.CharField(
        _("language"),
        max_length=5,
        choices=[("sv", _("Swedish")), ("en", _("English"))],
    )
    file = models.FileField(_("WebVTT file"), upload_to="captions/")

    panels = [FieldPanel("language"), FieldPanel("file")]

    class Meta(Orderable.Meta):
        verbose_name = _("caption track")
        unique_together = [("page", "language")]
