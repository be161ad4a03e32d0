from wagtail.models import Collection
from wagtail.rich_text import RichText

import factory
import wagtail_factories
from wagtail_factories.blocks import BlockFactory

from labs.blocks import KeyFiguresBlock
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


class TwoColumnBlockFactory(wagtail_factories.StructBlockFactory):
    text = factory.LazyFunction(lambda: RichText("<p>Alla vill bidra.</p>"))
    image = factory.SubFactory(ImageChooserBlockFactory)
    alt_text = "Hyresgäster planterar i gården"
    decorative = False
    image_position = "right"

    class Meta:
        model = blocks.TwoColumnBlock


class DocumentFactory(wagtail_factories.DocumentFactory):
    """A document as the admin leaves it: its size is stored on upload."""

    title = factory.Sequence(lambda n: f"Årsrapport {n}")
    collection = factory.LazyFunction(Collection.get_first_root_node)
    file = factory.django.FileField(filename="arsrapport.pdf", data=b"%PDF" * 512)
    file_size = factory.LazyAttribute(lambda o: o.file.size)


class DocumentChooserBlockFactory(wagtail_factories.DocumentChooserBlockFactory):
    document = factory.SubFactory(DocumentFactory)


class DocumentLinkBlockFactory(wagtail_factories.StructBlockFactory):
    document = factory.SubFactory(DocumentChooserBlockFactory)
    title = ""

    class Meta:
        model = blocks.DocumentLinkBlock


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
    document = factory.SubFactory(DocumentLinkBlockFactory)
    two_column = factory.SubFactory(TwoColumnBlockFactory)

    class Meta:
        model = blocks.StoryBlock


class KeyFiguresBlockFactory(wagtail_factories.StreamBlockFactory):
    key_figure = factory.SubFactory(KeyFigureBlockFactory)

    class Meta:
        model = KeyFiguresBlock
