from django.utils.translation import gettext_lazy as _

from wagtail import blocks


class InaccessibleContentBlock(blocks.StructBlock):
    """One known accessibility problem, as DIGG's model statement lists them."""

    content = blocks.CharBlock(
        label=_("Content"),
        max_length=250,
        help_text=_("What is not accessible, e.g. 'The films lack audio description'."),
    )
    reason = blocks.TextBlock(
        label=_("Problem and consequence"),
        help_text=_("Why it is not accessible and whom it affects."),
    )
    criterion = blocks.CharBlock(
        label=_("WCAG success criterion"),
        max_length=120,
        required=False,
        help_text=_("E.g. '1.2.5 Audio description (level AA)'."),
    )
    plan = blocks.CharBlock(
        label=_("Planned fix"),
        max_length=250,
        required=False,
        help_text=_("What you will do about it and when, if known."),
    )

    class Meta:
        icon = "warning"
        template = "home/blocks/inaccessible_content_block.html"
        label = _("Inaccessible content")
        description = _("A known accessibility problem and its WCAG criterion.")
        preview_value = {
            "content": "Filmerna saknar syntolkning",
            "reason": "Den som inte ser bilden får inte veta vad som visas.",
            "criterion": "1.2.5 Syntolkning (nivå AA)",
        }
