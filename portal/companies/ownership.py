"""What makes a model company-owned: a site it belongs to (none: portal-wide)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

__all__ = ["CompanyOwnedMixin"]


class CompanyOwnedMixin(models.Model):
    """Snippets belong to one company's site; none means portal-wide.

    Wagtail keeps snippets global; portal.companies.snippet_admin shows a company's
    editors only their own. Deleting a site that still owns snippets is refused,
    so removing a company never silently hands its snippets to everyone.
    """

    site = models.ForeignKey(
        "wagtailcore.Site",
        verbose_name=_("company"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("Only this company's editors see it. Empty: portal-wide."),
    )

    class Meta:
        abstract = True
