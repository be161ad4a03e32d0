from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
)
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from portal.blocks import SIMPLE_RICH_TEXT_FEATURES, StoryBlock
from portal.listings import labs_under, posts_under
from portal.models import BasePage, HeroImageMixin

from .accessibility import AccessibilityStatementPage
from .reports import AccessibilityReport

__all__ = [
    "AccessibilityReport",
    "AccessibilityStatementPage",
    "FormField",
    "FormPage",
    "HomePage",
    "StandardPage",
]


class HomePage(HeroImageMixin, BasePage):
    """The root of a site: the umbrella portal's or one housing company's."""

    body = StreamField(StoryBlock(), blank=True, verbose_name=_("body"))

    content_panels = [
        *BasePage.content_panels,
        *HeroImageMixin.hero_panels,
        FieldPanel("body"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "blog.BlogIndexPage",
        "labs.LabIndexPage",
        "home.StandardPage",
        "home.FormPage",
        "home.AccessibilityStatementPage",
    ]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["latest_posts"] = posts_under(self)[:3]
        context["labs"] = labs_under(self)[:6]
        return context


class StandardPage(HeroImageMixin, BasePage):
    """About pages, the accessibility statement and other plain text pages."""

    body = StreamField(StoryBlock(), blank=True, verbose_name=_("body"))

    content_panels = [
        *BasePage.content_panels,
        *HeroImageMixin.hero_panels,
        FieldPanel("body"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage", "home.FormPage"]

    class Meta:
        verbose_name = _("standard page")


class FormField(AbstractFormField):
    page = ParentalKey("FormPage", on_delete=models.CASCADE, related_name="form_fields")


class FormPage(BasePage, AbstractEmailForm):
    """The contact form: submissions are stored and e-mailed to the company."""

    thank_you_text = RichTextField(
        _("thank-you text"), blank=True, features=SIMPLE_RICH_TEXT_FEATURES
    )

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
