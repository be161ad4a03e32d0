"""The accessibility statement (tillgänglighetsredogörelse) each site must publish.

Its structure follows DIGG's model statement, so an editor fills in fields
rather than copying prose: compliance, known problems with their WCAG
criteria, exemptions, how and when the site was assessed. Readers report
problems or ask for content in another format through its own form, which
refuses floods and bots as the contact form does (home.guard).
"""

import datetime
import logging
import smtplib

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import EmailMessage
from django.db import models
from django.http import HttpResponseRedirect
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Site
from wagtail.search import index

from home.blocks import InaccessibleContentBlock
from home.forms import AccessibilityFeedbackForm
from home.guard import too_many_messages
from home.panels import FeedbackReportsPanel, ReviewStatusPanel
from portal.blocks import SIMPLE_RICH_TEXT_FEATURES, StoryBlock
from portal.models import BasePage, SiteSettings
from portal.security.public_forms import filled_honeypot

logger = logging.getLogger(__name__)

DIGG_COMPLAINT_URL = "https://www.digg.se/tdosanmalan"
REVIEW_INTERVAL_DAYS = 365


def a_year_before(day):
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


class AccessibilityStatementPage(BasePage):
    class Compliance(models.TextChoices):
        FULL = "full", _("fully compliant")
        PARTIAL = "partial", _("partially compliant")
        NONE = "none", _("not compliant")

    class Method(models.TextChoices):
        SELF = "self", _("a self-assessment (internal testing)")
        EXTERNAL = "external", _("an assessment by an external party")

    organisation_name = models.CharField(_("organisation"), max_length=200)
    service_name = models.CharField(
        _("service"),
        max_length=200,
        help_text=_("The website or service the statement covers, e.g. its address."),
    )
    compliance = models.CharField(
        _("compliance with WCAG 2.1 AA"),
        max_length=10,
        choices=Compliance.choices,
        default=Compliance.PARTIAL,
    )
    inaccessible_content = StreamField(
        [("item", InaccessibleContentBlock())],
        blank=True,
        verbose_name=_("content that is not accessible"),
    )
    disproportionate_burden = RichTextField(
        _("disproportionate burden"),
        blank=True,
        features=SIMPLE_RICH_TEXT_FEATURES,
        help_text=_("Content not made accessible because it would cost too much."),
    )
    outside_scope = RichTextField(
        _("content outside the law's scope"),
        blank=True,
        features=SIMPLE_RICH_TEXT_FEATURES,
        help_text=_("E.g. films published before 23 September 2020, third-party maps."),
    )
    accessible_format = RichTextField(
        _("requesting accessible formats"),
        blank=True,
        features=SIMPLE_RICH_TEXT_FEATURES,
        help_text=_("How readers get content they cannot use, and how fast you reply."),
    )
    assessment_date = models.DateField(_("assessment date"))
    assessment_method = models.CharField(
        _("assessment method"),
        max_length=10,
        choices=Method.choices,
        default=Method.SELF,
    )
    assessment_details = models.CharField(
        _("how it was tested"),
        max_length=250,
        blank=True,
        help_text=_("E.g. 'automated tools, and by hand with a screen reader'."),
    )
    last_updated = models.DateField(_("statement last updated"))
    body = StreamField(StoryBlock(), blank=True, verbose_name=_("more information"))

    editor_help = {
        "organisation_name": _("The company that publishes the website."),
        "compliance": _("How far the website meets WCAG 2.1 level AA."),
        "inaccessible_content": _(
            "Each known problem: what is not accessible and which WCAG criterion "
            "it fails."
        ),
        "assessment_date": _("When the website was last tested."),
        "last_updated": _("When this statement was last reviewed or changed."),
        "assessment_method": _("Who tested the website and how."),
        "body": _("Anything else readers should know about accessibility."),
    }

    content_panels = [
        *BasePage.content_panels,
        ReviewStatusPanel(),
        FieldRowPanel([FieldPanel("organisation_name"), FieldPanel("service_name")]),
        FieldPanel("compliance"),
        FieldPanel("inaccessible_content"),
        MultiFieldPanel(
            [FieldPanel("disproportionate_burden"), FieldPanel("outside_scope")],
            heading=_("Exemptions"),
        ),
        FieldPanel("accessible_format"),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [FieldPanel("assessment_date"), FieldPanel("last_updated")]
                ),
                FieldPanel("assessment_method"),
                FieldPanel("assessment_details"),
            ],
            heading=_("Assessment"),
        ),
        FieldPanel("body"),
        FeedbackReportsPanel(),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]

    parent_page_types = ["home.HomePage"]
    site_section = "accessibility_statement"
    subpage_types = []

    class Meta:
        verbose_name = _("accessibility statement")

    @classmethod
    def can_create_at(cls, parent):
        """One statement per site and language: a home holds at most one."""
        return super().can_create_at(parent) and not (
            cls.objects.child_of(parent).exists()
        )

    def clean(self):
        super().clean()
        if (
            self.assessment_date
            and self.last_updated
            and self.last_updated < self.assessment_date
        ):
            raise ValidationError(
                {
                    "last_updated": _(
                        "The statement cannot be updated before the assessment "
                        "it reports."
                    )
                }
            )

    @property
    def review_due(self):
        """The law asks for a yearly review of the statement."""
        return self.last_updated + datetime.timedelta(days=REVIEW_INTERVAL_DAYS)

    @property
    def review_overdue(self):
        return self.last_updated < a_year_before(timezone.localdate())

    def get_context(self, request, *args, feedback_form=None, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["feedback_form"] = feedback_form or AccessibilityFeedbackForm()
        context["feedback_sent"] = request.GET.get("sent") == "1"
        context["complaint_url"] = DIGG_COMPLAINT_URL
        return context

    def serve(self, request, *args, **kwargs):
        if request.method != "POST":
            return super().serve(request, *args, **kwargs)
        refusal = too_many_messages(request, self, "accessibility-feedback")
        if refusal:
            return refusal
        if filled_honeypot(request.POST):
            return self.thank_you(request)  # a bot: as if sent, but nothing is
        form = AccessibilityFeedbackForm(request.POST)
        if form.is_valid():
            report = form.save(commit=False)
            report.page = self
            report.save()
            self.send_report(request, report)
            return self.thank_you(request)
        response = super().serve(request, *args, feedback_form=form, **kwargs)
        response.status_code = 400
        return response

    def thank_you(self, request):
        # 303: reloading the thank-you page must not send the report again.
        response = HttpResponseRedirect(f"{self.get_url(request)}?sent=1#feedback")
        response.status_code = 303
        return response

    def send_report(self, request, report):
        """E-mail the site's contact; the report is stored whatever happens here."""
        site = Site.find_for_request(request) or self.get_site()
        recipient = SiteSettings.for_site(site).email if site else ""
        if not recipient:
            logger.warning("No e-mail in site settings for %s: report stored", site)
            return
        message = EmailMessage(
            subject=f"{report.get_kind_display()}: {self.service_name}",
            body=report.as_text(self.full_url),
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[recipient],
            reply_to=[report.email] if report.email else None,
        )
        try:
            message.send()
        except (OSError, smtplib.SMTPException):
            logger.exception("Could not e-mail accessibility report %s", report.pk)
