from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from portal.blocks import KeyFigureBlock


class KeyFiguresBlock(blocks.StreamBlock):
    """A lab's headline numbers, e.g. "50 samarbetspartners"."""

    key_figure = KeyFigureBlock()

    class Meta:
        label = _("Key figures")
        template = "labs/blocks/key_figures_block.html"
