from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from portal.i18n.localized import localized_page

# Editors get structure, not styling: headings come from HeadingBlock, never h1.
RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "h3", "h4"]
SIMPLE_RICH_TEXT_FEATURES = ["bold", "italic", "link"]

LANGUAGE_CHOICES = [
    ("", _("Same as the page")),
    *settings.LANGUAGES,
]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Text"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[
            ("h2", _("Heading 2")),
            ("h3", _("Heading 3")),
            ("h4", _("Heading 4")),
        ],
        default="h2",
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        label = _("Heading")
        description = _("A section heading; pages already have their title as h1.")
        preview_value = {"text": "Lärdomar värda guld", "level": "h2"}

    def get_searchable_content(self, value):
        # The level is markup: its label ("Rubrik 2") is no text of the page.
        return [value.get("text") or ""]


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        template = "blocks/paragraph_block.html"
        label = _("Paragraph")
        description = _("Running text with links and lists.")
        preview_value = (
            "<p>Under det senaste året har BIS knutit kontakt med cirka "
            "50 samarbetspartners.</p>"
        )


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False)
    language = blocks.ChoiceBlock(
        label=_("Language of the quote"),
        choices=LANGUAGE_CHOICES,
        required=False,
        help_text=_("Set when the quote is in another language than the page."),
    )

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"
        label = _("Pull quote")
        description = _("A highlighted quote with who said it.")
        preview_value = {
            "text": "Vi har lyckats rädda några från kriminalitet.",
            "attribution": "Martin Kesenci",
        }

    def get_searchable_content(self, value):
        # The language is an attribute ("Samma som sidan" is no text of the page).
        return [value.get("text") or "", value.get("attribution") or ""]


class KeyFigureBlock(blocks.StructBlock):
    number = blocks.CharBlock(label=_("Number"), max_length=20)
    label = blocks.CharBlock(label=_("Label"), max_length=120)

    class Meta:
        icon = "order"
        template = "blocks/key_figure_block.html"
        label = _("Key figure")
        description = _("A number and what it counts, e.g. 50 partners.")
        preview_value = {"number": "50", "label": "samarbetspartners"}

    def get_searchable_content(self, value):
        return [value.get("number") or "", value.get("label") or ""]


class CallToActionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Link text"), max_length=100)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("External address"), required=False)

    class Meta:
        icon = "link"
        template = "blocks/call_to_action_block.html"
        label = _("Call to action")
        description = _("A prominent link to a page on the portal or elsewhere.")
        preview_value = {"text": "Läs mer om labbet", "url": "https://example.org/"}

    def get_searchable_content(self, value):
        # The template shows the link only when it leads somewhere; never the URL.
        if not (value.get("page") or value.get("url")):
            return []
        return [value.get("text") or ""]

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            message = _("Choose either a page or an external address, not both.")
            raise blocks.StructBlockValidationError(
                block_errors={"page": ValidationError(message)}
            )
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        page = value.get("page")
        if page is None:
            context["href"] = value.get("url")
            return context
        request = (parent_context or {}).get("request")
        context["href"] = localized_page(page).get_url(request)
        return context
