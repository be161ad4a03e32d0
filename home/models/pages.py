import logging
import smtplib

from django.db import models
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext, gettext_noop
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.mail import send_mail
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
)
from wagtail.api import APIField
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, Site
from wagtail.search import index

from blog.models import BlogPostPage
from home.aggregation import companies_context, portal_home_context
from home.forms import ContactFormBuilder
from home.guard import too_many_messages
from labs.models import LabPage
from portal.api import fields as api
from portal.blocks import SIMPLE_RICH_TEXT_FEATURES, StoryBlock
from portal.companies.choices import PortalFormPageForm
from portal.i18n.languages import active_language
from portal.i18n.links import translation_links
from portal.i18n.routes import routes_per_language
from portal.models import BasePage, HeroImageMixin
from portal.security.public_forms import filled_honeypot
from portal.sharing.structured_data import CONTEXT, organization, website

__all__ = [
    "FormField",
    "FormPage",
    "HomePage",
    "StandardPage",
]

logger = logging.getLogger(__name__)
# The companies listing's address on the portal home, translated ("foretag/").
COMPANIES_WORD = gettext_noop("companies/")


class HomePage(RoutablePageMixin, HeroImageMixin, BasePage):
    """The root of a site: the umbrella portal's or one housing company's.

    The portal's home aggregates every company's work and has a companies
    listing as a sub-URL; RoutablePageMixin comes first so that other paths
    fall through to BasePage's one-query routing.
    """

    body = StreamField(StoryBlock(), blank=True, verbose_name=_("body"))

    content_panels = [
        *BasePage.content_panels,
        *HeroImageMixin.hero_panels,
        FieldPanel("body"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]
    api_fields = [
        *BasePage.api_fields,
        *HeroImageMixin.hero_api_fields,
        APIField("body", serializer=api.StreamHTMLField("body")),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "blog.BlogIndexPage",
        "labs.LabIndexPage",
        "labs.VideoIndexPage",
        "home.StandardPage",
        "home.FormPage",
        "home.AccessibilityStatementPage",
    ]

    class Meta:
        verbose_name = _("home page")

    def is_portal_home(self, request):
        """Whether this is the umbrella portal's home, in any language.

        It is the default site's root (or its translation): recognised from
        the site Wagtail already resolved for the request, so it needs no
        field and no query, and unknown hostnames, served by the default
        site, get the portal too.
        """
        site = Site.find_for_request(request)
        return bool(
            site
            and site.is_default_site
            and site.root_page.translation_key == self.translation_key
        )

    def route(self, request, path_components):
        # Only the portal home has sub-URLs; a company's child page may be
        # called "foretag" too (docs/upstream.md, "Page.route").
        if self.is_portal_home(request):
            return super().route(request, path_components)
        return BasePage.route(self, request, path_components)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["is_portal_home"] = self.is_portal_home(request)
        if context["is_portal_home"]:
            context.update(portal_home_context(self, request))
            context["companies_url"] = self.companies_url(request)
            # Its own canonical and hreflang per page of posts (?page=N).
            self.listing_page_number = context["portal_posts"].number
        else:
            context["latest_posts"] = BlogPostPage.objects.cards_under(self)[:3]
            context["labs"] = LabPage.objects.cards_under(self)[:6]
        return context

    def structured_data(self, request, context, share):
        """The site's organisation, and the site with its search.

        The companies listing below the portal home has breadcrumbs instead.
        """
        if context.get("subview"):
            return super().structured_data(request, context, share)
        identity = share["identity"]
        home_url = self.get_full_url(request)
        return [
            {"@context": CONTEXT, **organization(identity, home_url)},
            website(
                identity["name"],
                home_url,
                identity["search_url"],
                share["language"],
            ),
        ]

    def companies_url(self, request, full=False):
        name = f"companies_{active_language()}"
        home_url = self.get_full_url(request) if full else self.get_url(request)
        return home_url + self.reverse_subpage(name)

    def get_sitemap_urls(self, request=None):
        urls = super().get_sitemap_urls(request)
        if request is not None and self.is_portal_home(request):
            with translation.override(self.locale.language_code):
                urls.append({"location": self.companies_url(request, full=True)})
        return urls

    @routes_per_language(path, COMPANIES_WORD, "companies")
    def companies(self, request):
        """Every company with its logo, labs and post count, page by page."""
        wanted = self.companies_url(request)
        if not wanted.endswith(request.path):
            # One address per language: /foretag/ in Swedish, /en/companies/.
            return redirect(wanted, permanent=True)
        context = Page.get_context(self, request)
        context.update(companies_context(self, request))
        # Its own canonical and alternates per page number (portal.sharing).
        self.listing_page_number = context["companies"].number
        context["subview"] = {
            "title": gettext("Housing companies"),
            "url": self.companies_url(request, full=True),
            "alternates": {
                code: full + self.reverse_subpage(f"companies_{code}")
                for code, (_url, full) in translation_links(self, request).items()
            },
        }
        return TemplateResponse(request, "home/companies.html", context)


class StandardPage(HeroImageMixin, BasePage):
    """About pages, the accessibility statement and other plain text pages."""

    body = StreamField(StoryBlock(), blank=True, verbose_name=_("body"))

    content_panels = [
        *BasePage.content_panels,
        *HeroImageMixin.hero_panels,
        FieldPanel("body"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]
    api_fields = HomePage.api_fields

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage", "home.FormPage"]

    class Meta:
        verbose_name = _("standard page")


class FormField(AbstractFormField):
    page = ParentalKey("FormPage", on_delete=models.CASCADE, related_name="form_fields")


class FormPage(BasePage, AbstractEmailForm):
    """The contact form: submissions are stored and e-mailed to the company.

    Floods get a 429 page and a bot (which fills the hidden field) the
    thank-you page; neither is stored or e-mailed.
    """

    base_form_class = PortalFormPageForm  # BasePage's would drop the form checks
    form_builder = ContactFormBuilder
    thank_you_text = RichTextField(
        _("thank-you text"), blank=True, features=SIMPLE_RICH_TEXT_FEATURES
    )

    editor_help = {
        "thank_you_text": _("What the visitor sees after sending the form."),
        "from_address": _(
            "The sender of the notification e-mail; replies go to the visitor."
        ),
        "to_address": _(
            "Who receives the messages; separate several addresses with commas."
        ),
        "subject": _("The subject line of the notification e-mail."),
    }

    content_panels = [
        *AbstractEmailForm.content_panels,
        FormSubmissionsPanel(),
        FieldPanel("intro"),
        InlinePanel("form_fields", label=_("Form fields")),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("subject"),
            ],
            heading=_("E-mail"),
        ),
    ]
    search_fields = [*AbstractEmailForm.search_fields, index.SearchField("intro")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("form page")

    def serve(self, request, *args, **kwargs):
        if request.method == "POST":
            refusal = too_many_messages(request, self, "contact-form")
            if refusal:
                return refusal
            if filled_honeypot(request.POST):
                return self.render_landing_page(request, None, *args, **kwargs)
        return super().serve(request, *args, **kwargs)

    def send_mail(self, form):
        """The notification, with Reply-To the visitor's address when they gave one.

        The company answers with its mail program's Reply; without the header
        the answer would go to the portal's own sender address.
        """
        addresses = [x.strip() for x in self.to_address.split(",") if x.strip()]
        try:
            send_mail(
                self.subject,
                self.render_email(form),
                addresses,
                self.from_address,
                reply_to=self.visitor_addresses(form) or None,
            )
        except (OSError, smtplib.SMTPException) as error:
            # The submission is stored before this (the admin's Forms lists
            # it): the visitor is thanked, the company reads it there.
            logger.warning(
                "Form %s: notification not sent (%s); the submission is stored",
                self.pk,
                type(error).__name__,
            )

    def visitor_addresses(self, form):
        """The addresses the visitor typed into the form's e-mail fields."""
        names = [
            field.clean_name
            for field in self.get_form_fields()
            if field.field_type == "email"
        ]
        return [
            form.cleaned_data[name] for name in names if form.cleaned_data.get(name)
        ]

    def get_submissions_list_view_class(self):
        # Imported late, as Wagtail does: admin views load after the models.
        from home.views import NeutralisedSubmissionsListView

        return NeutralisedSubmissionsListView

    def localize_copied_rows(self, source, locale, dictionary):
        # Keep the copied rows (and their clean_name, which keys submissions).
        fields = list(self.form_fields.all())
        for field in fields:
            field.label = dictionary.get(field.label, field.label)
            field.help_text = dictionary.get(field.help_text, field.help_text)
        self.form_fields = fields
        return True
