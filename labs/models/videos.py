from django.core.exceptions import ValidationError
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import PageManager
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField
from wagtailmedia.edit_handlers import MediaChooserPanel

from labs import api_fields as film_api
from labs.blocks import ChaptersBlock, iso_duration
from labs.forms import VideoPageForm
from labs.publishing import VideoNotReady, publish_problems
from labs.stills import Still
from labs.structured_data import video_object
from labs.webvtt import cue_text
from portal.api import fields as api
from portal.blocks import RICH_TEXT_FEATURES, privacy_embed_url
from portal.i18n.localized import localized_all, localized_links
from portal.models import BasePage
from portal.models.querysets import CardQuerySet

from .credits import VideoPageOrganisation, VideoPagePerson

__all__ = [
    "VideoPage",
    "VideoPageOrganisation",
    "VideoPagePerson",
]


class VideoPageQuerySet(CardQuerySet):
    def for_cards(self):
        # The film's file too: a card without a poster image shows its still.
        return self.select_related("locale", "poster_image", "video_file").order_by(
            "-first_published_at", "-pk"
        )


class VideoPage(BasePage):
    """A short film that tells what a lab achieved; a child of its lab."""

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
    platform_captions_confirmed = models.BooleanField(
        _("the film on the platform has Swedish captions"),
        default=False,
        help_text=_("For external films only: we cannot check them for you."),
    )
    transcript = RichTextField(_("transcript"), blank=True, features=RICH_TEXT_FEATURES)
    chapters = StreamField(ChaptersBlock(), blank=True, verbose_name=_("chapters"))
    audio_described_file = models.ForeignKey(
        "wagtailmedia.Media",
        verbose_name=_("audio-described version (file)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    audio_described_url = models.URLField(
        _("audio-described version (address)"), blank=True
    )
    soundtrack_describes_all = models.BooleanField(
        _("the soundtrack describes everything shown"),
        default=False,
        help_text=_(
            "Tick when speech and sound tell all that matters in the picture, so "
            "no separate audio-described version is needed."
        ),
    )

    objects = PageManager.from_queryset(VideoPageQuerySet)()
    editor_help = {
        # One lead, as on every page: the film page, listings, shared links
        # and search show it (the former "summary" was merged into it).
        "intro": _("What the film is about in one or two sentences; listings show it."),
        "duration": _(
            "How long the film is, as minutes:seconds (2:30). Left empty, it is "
            "taken from the uploaded film."
        ),
        "poster_image": _(
            "Shown before the film is played, on its cards and when it is "
            "shared. Left empty, a still from the uploaded film is shown."
        ),
        "poster_image_alt": _(
            "What the poster image shows, for people who cannot see it."
        ),
        "transcript": _(
            "Everything said and shown in the film, as text. Required before "
            "publishing."
        ),
        "audio_described_file": _(
            "A version of the film with audio description, uploaded here."
        ),
        "audio_described_url": _(
            "Or the address of an audio-described version on another platform."
        ),
        "chapters": _("Optional chapters: a start time and a title for each."),
    }
    serve_select_related = (
        "locale",
        "poster_image",
        "video_file",
        "audio_described_file",
    )
    base_form_class = VideoPageForm

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                # wagtailmedia's chooser: the company's films, and an upload tab.
                MediaChooserPanel("video_file", media_type="video"),
                FieldPanel("video_url"),
                FieldPanel("platform_captions_confirmed"),
                FieldPanel("duration"),
                FieldPanel("poster_image"),
                FieldPanel("poster_image_alt"),
            ],
            heading=_("Film"),
        ),
        InlinePanel("captions", label=_("Caption tracks")),
        FieldPanel("transcript"),
        MultiFieldPanel(
            [
                MediaChooserPanel("audio_described_file", media_type="video"),
                FieldPanel("audio_described_url"),
                FieldPanel("soundtrack_describes_all"),
            ],
            heading=_("Audio description"),
        ),
        FieldPanel("chapters"),
        InlinePanel("featured_people", label=_("People in the film")),
        InlinePanel("featured_organisations", label=_("Organisations in the film")),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("transcript"),
        index.SearchField("chapters"),
        index.SearchField("caption_text"),
    ]
    # Films, tracks and confirmations are the same in every language: the
    # translation copies them and picks its own default track by locale.
    override_translatable_fields = [
        SynchronizedField("video_file"),
        SynchronizedField("video_url"),
        SynchronizedField("captions", overridable=False),
        SynchronizedField("audio_described_file"),
        SynchronizedField("audio_described_url"),
    ]

    api_fields = [
        *BasePage.api_fields,
        APIField("duration", serializer=film_api.DurationField()),
        APIField(
            "poster_image",
            serializer=api.ImageField("poster_image", alt="poster_image_alt"),
        ),
        APIField("video", serializer=film_api.VideoField()),
        APIField("captions", serializer=film_api.CaptionsField()),
        APIField("transcript", serializer=api.RichTextField("transcript")),
        APIField("audio_description", serializer=film_api.AudioDescriptionField()),
        APIField("soundtrack_describes_all"),
        APIField("chapters", serializer=api.StreamItemsField("chapters")),
        APIField("lab", serializer=api.ParentPageField()),
        APIField("people", serializer=api.PeopleField("featured_people")),
        APIField(
            "organisations",
            serializer=api.OrganisationsField("featured_organisations"),
        ),
    ]

    parent_page_types = ["labs.LabPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("film")

    def localize_copied_rows(self, source, locale, dictionary):
        """Point the film's credits at the locale's people and organisations."""
        people = [row.person for row in source.featured_people.all()]
        self.featured_people = [
            VideoPagePerson(person=person, sort_order=index)
            for index, person in enumerate(localized_all(people, locale.pk))
        ]
        partners = [row.organisation for row in source.featured_organisations.all()]
        self.featured_organisations = [
            VideoPageOrganisation(organisation=organisation, sort_order=index)
            for index, organisation in enumerate(localized_all(partners, locale.pk))
        ]
        return True

    def clean(self):
        super().clean()
        if bool(self.video_file_id) == bool(self.video_url):
            raise ValidationError(
                {"video_url": _("Give either an uploaded film or an external address.")}
            )
        if self.poster_image_id and not self.poster_image_alt.strip():
            raise ValidationError(
                {
                    "poster_image_alt": _(
                        "An image needs alt text describing what it shows."
                    )
                }
            )

    def caption_languages(self):
        return {track.language for track in self.captions.all()}

    def publish(self, revision, *args, **kwargs):
        """Refuse to publish a film some readers could not follow.

        The admin form reports the same problems beside the fields; this
        guards every other way of publishing (workflows, scripts, the demo).
        """
        film = revision.as_object()
        problems = publish_problems(film, film.caption_languages())
        if problems:
            raise VideoNotReady(problems, self.pk)
        return super().publish(revision, *args, **kwargs)

    @cached_property
    def lab(self):
        """The film's lab (its parent), fetched as a LabPage in one query."""
        # parent_page_types names the one type a film's parent has; asking it
        # keeps films from importing the lab module that lists them.
        (lab_model,) = self.allowed_parent_page_models()
        return lab_model.objects.get(path=self.path[: -self.steplen])

    @property
    def duration_display(self):
        """Minutes and seconds as people say them, e.g. 2:05."""
        if not self.duration:
            return ""
        minutes, seconds = divmod(int(self.duration.total_seconds()), 60)
        return f"{minutes}:{seconds:02d}"

    @property
    def length_label(self):
        """The length for a card, e.g. "Length 2:05"."""
        if not self.duration:
            return ""
        return gettext("Length %(time)s") % {"time": self.duration_display}

    @property
    def duration_iso(self):
        return iso_duration(self.duration.total_seconds()) if self.duration else ""

    def still(self):
        """The still taken from the uploaded film (labs.stills), or None.

        It is wagtailmedia's thumbnail (labs.uploads), which the editor may
        also have replaced in the media library.
        """
        media = self.video_file
        return Still(media) if media and media.thumbnail else None

    def poster(self):
        """What the player shows before play (anything with a url), or None:
        the editor's poster image, else the film's still."""
        if self.poster_image:
            return self.poster_image.get_rendition("fill-1280x720")
        return self.still()

    def card_image(self):
        """The picture on the film's cards: the poster image, else the still."""
        return self.poster_image or self.still()

    def caption_text(self):
        """What the captions in the page's language say, for search."""
        track = self.captions.filter(language=self.locale.language_code).first()
        if track is None or not track.file:
            return ""
        try:
            with track.file.open("rb") as handle:
                return cue_text(handle.read())
        except OSError:
            return ""

    def caption_tracks(self):
        """The tracks; the one in this page's language is the default."""
        tracks = list(self.captions.all())
        for track in tracks:
            track.is_default = track.language == self.locale.language_code
        return tracks

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["captions"] = self.caption_tracks()
        context["lab"] = self.lab
        context["poster"] = self.poster()
        context["player_url"] = privacy_embed_url(self.video_url)
        # Credits are copied unchanged into a translation: show them translated.
        context["featured_people"] = localized_links(
            self.featured_people.all(), "person", self.locale_id
        )
        context["featured_organisations"] = localized_links(
            self.featured_organisations.all(), "organisation", self.locale_id
        )
        return context

    def share_image(self):
        """The poster image, else the still: a shared film shows a picture of
        itself rather than the site's default."""
        if self.poster_image:
            return self.poster_image, self.poster_image_alt
        still = self.still()
        if still is None:
            return None
        return still, gettext("A still from the film “%(title)s”") % {
            "title": self.title
        }

    def structured_data(self, request, context, share):
        film = video_object(self, request, context.get("poster"))
        return [film, *super().structured_data(request, context, share)]
