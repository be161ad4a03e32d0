from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from .media import DocumentLinkBlock, EmbedBlock, ImageBlock, TwoColumnBlock
from .text import (
    CallToActionBlock,
    HeadingBlock,
    KeyFigureBlock,
    ParagraphBlock,
    QuoteBlock,
)


class StoryBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = ImageBlock()
    quote = QuoteBlock()
    key_figure = KeyFigureBlock()
    call_to_action = CallToActionBlock()
    embed = EmbedBlock()
    document = DocumentLinkBlock()
    two_column = TwoColumnBlock()

    class Meta:
        label = _("Body")
        template = "blocks/story_block.html"
