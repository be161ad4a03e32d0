from urllib.parse import parse_qs, urlencode, urlparse

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

from .text import SIMPLE_RICH_TEXT_FEATURES


class AltTextRequiredMixin:
    """Alt text is required unless the editor says the image is decorative."""

    def clean(self, value):
        value = super().clean(value)
        if (
            value.get("image")
            and not value.get("decorative")
            and not value.get("alt_text")
        ):
            message = _(
                "Describe the image for people who cannot see it, "
                "or mark it as decorative."
            )
            raise blocks.StructBlockValidationError(
                block_errors={"alt_text": ValidationError(message)}
            )
        return value


class ImageBlock(AltTextRequiredMixin, blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alt text"),
        required=False,
        max_length=250,
        help_text=_("What the image shows, for screen readers."),
    )
    decorative = blocks.BooleanBlock(
        label=_("Decorative only"),
        required=False,
        help_text=_("Tick only if the image adds nothing to the text."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "blocks/image_block.html"
        label = _("Image")
        description = _("An image with alt text and an optional caption.")

    def get_searchable_content(self, value):
        # What the page shows in words: the caption. Alt text is an attribute
        # for screen readers, not text on the page.
        if not value.get("image"):
            return []
        return [value.get("caption") or ""]


class TwoColumnBlock(AltTextRequiredMixin, blocks.StructBlock):
    text = blocks.RichTextBlock(label=_("Text"), features=SIMPLE_RICH_TEXT_FEATURES)
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(label=_("Alt text"), required=False, max_length=250)
    decorative = blocks.BooleanBlock(label=_("Decorative only"), required=False)
    image_position = blocks.ChoiceBlock(
        label=_("Image position"),
        choices=[("left", _("Left")), ("right", _("Right"))],
        default="right",
    )

    class Meta:
        icon = "doc-full"
        template = "blocks/two_column_block.html"
        label = _("Text and image")
        description = _("Text beside an image; stacks on narrow screens.")

    def get_searchable_content(self, value):
        # Only the text: the position is layout, the alt text an attribute.
        return self.child_blocks["text"].get_searchable_content(value.get("text"))


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Link text"),
        required=False,
        help_text=_("Defaults to the document's title."),
    )

    class Meta:
        icon = "doc-full-inverse"
        template = "blocks/document_link_block.html"
        label = _("Document")
        description = _("A link to a file, with its type and size.")

    def get_searchable_content(self, value):
        # The link text as the template shows it; the file type and size are not.
        document = value.get("document")
        if not document:
            return []
        return [value.get("title") or document.title]


PRIVACY_EMBED_HOSTS = {
    "www.youtube.com": "youtube",
    "youtube.com": "youtube",
    "m.youtube.com": "youtube",
    "youtu.be": "youtube",
    "vimeo.com": "vimeo",
    "player.vimeo.com": "vimeo",
}


def privacy_embed_url(url):
    """The player address on a privacy-enhanced host, or None for other providers.

    Nothing is fetched: the address is built from the URL so the page never
    calls a platform (oEmbed or player) before the reader asks for it.
    """
    parsed = urlparse(url or "")
    provider = PRIVACY_EMBED_HOSTS.get(parsed.netloc.lower())
    path = parsed.path.strip("/")
    if provider == "youtube":
        video_id = path if parsed.netloc == "youtu.be" else None
        if not video_id:
            video_id = parse_qs(parsed.query).get("v", [None])[0]
        if not video_id and path.startswith(("embed/", "shorts/")):
            video_id = path.split("/", 1)[1]
        if video_id and video_id.replace("-", "").replace("_", "").isalnum():
            return f"https://www.youtube-nocookie.com/embed/{video_id}"
    if provider == "vimeo":
        video_id = path.rsplit("/", 1)[-1]
        if video_id.isdigit():
            return f"https://player.vimeo.com/video/{video_id}?{urlencode({'dnt': 1})}"
    return None


class EmbedBlock(blocks.StructBlock):
    url = blocks.URLBlock(label=_("Address of the film or post"))
    title = blocks.CharBlock(
        label=_("Title"),
        max_length=200,
        help_text=_("Names the embedded content for screen readers."),
    )

    class Meta:
        icon = "media"
        template = "blocks/embed_block.html"
        label = _("Embed")
        description = _(
            "A film from YouTube or Vimeo, loaded only when the reader asks."
        )
        preview_value = {
            "url": "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
            "title": "Labbens arbete speglas i kortfilmer",
        }

    def get_searchable_content(self, value):
        # The film's name (the play link's text); never its address.
        return [value.get("title") or ""]

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["player_url"] = privacy_embed_url(value.get("url"))
        return context
