from wagtail.rich_text import RichText

import factory
import wagtail_factories
from wagtail_factories.blocks import BlockFactory

from portal import blocks
from tests.factories.images import ImageFactory


class HeadingBlockFactory(wagtail_factories.StructBlockFactory):
    text = "Lärdomar värda guld"
    level = "h2"

    class Meta:
        model = blocks.HeadingBlock


class ParagraphBlockFactory(BlockFactory):
    value = "<p>Sambolivet löser sig på vägen.</p>"

    class Meta:
        model = blocks.ParagraphBlock

    @classmethod
    def _construct_block(cls, block_class, *args, **kwargs):
        return RichText(kwargs["value"])


class ImageChooserBlockFactory(wagtail_factories.ImageChooserBlockFactory):
    image = factory.SubFactory(ImageFactory)


class QuoteBlockFactory(wagtail_factories.StructBlockFactory):
    text = "Håll i och håll ut."
    attribution = "Anna Kanervo"
    language = ""

    class Meta:
        model = blocks.QuoteBlock


class KeyFigureBlockFactory(wagtail_factories.StructBlockFactory):
    number = "50"
    label = "samarbetspartners"

    class Meta:
        model = blocks.KeyFigureBlock


class CallToActionBlockFactory(wagtail_factories.StructBlockFactory):
    text = "Läs mer"
    page = None
    url = "https://example.org/"

    class Meta:
        model = blocks.CallToActionBlock


class ImageBlockFactory(wagtail_factories.StructBlockFactory):
    image = factory.SubFactory(ImageChooserBlockFactory)
    alt_text = "Två personer vid ett bord"
    decorative = False
    caption = "Utvärderingsworkshop i Boden"

    class Meta:
        model = blocks.ImageBlock


class EmbedBlockFactory(wagtail_factories.StructBlockFactory):
    url = "https://www.youtube.com/watch?v=abcDEF12345"
    title = "Labbens arbete speglas i kortfilmer"

    class Meta:
        model = blocks.EmbedBlock


class StoryBlockFactory(wagtail_factories.StreamBlockFactory):
    heading = factory.SubFactory(HeadingBlockFactory)
    paragraph = factory.SubFactory(ParagraphBlockFactory)
    quote = factory.SubFactory(QuoteBlockFactory)
    key_figure = factory.SubFactory(KeyFigureBlockFactory)
    call_to_action = factory.SubFactory(CallToActionBlockFactory)
    image = factory.SubFactory(ImageBlockFactory)
    embed = factory.SubFactory(EmbedBlockFactory)

    class Meta:
        model = blocks.StoryBlock
