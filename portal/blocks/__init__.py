from .media import (
    DocumentLinkBlock,
    EmbedBlock,
    ImageBlock,
    TwoColumnBlock,
    privacy_embed_url,
)
from .story import StoryBlock
from .text import (
    RICH_TEXT_FEATURES,
    SIMPLE_RICH_TEXT_FEATURES,
    CallToActionBlock,
    HeadingBlock,
    KeyFigureBlock,
    ParagraphBlock,
    QuoteBlock,
)

__all__ = [
    "RICH_TEXT_FEATURES",
    "SIMPLE_RICH_TEXT_FEATURES",
    "CallToActionBlock",
    "DocumentLinkBlock",
    "EmbedBlock",
    "HeadingBlock",
    "ImageBlock",
    "KeyFigureBlock",
    "ParagraphBlock",
    "QuoteBlock",
    "StoryBlock",
    "TwoColumnBlock",
    "privacy_embed_url",
]
