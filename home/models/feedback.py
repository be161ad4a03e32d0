"""What readers send through the accessibility statement's form."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from portal.security.public_forms import MAX_LENGTHS


class AccessibilityReport(models.Model):
    """A reader's report of a problem, or a request for an accessible format."""

    class Kind(models.TextChoices):
        PROBLEM = "problem", _("Report an accessibility problem")
        FORMAT = "format", _("Request content in an accessible format")

    page = models.ForeignKey(
        "home.AccessibilityStatementPage",
        verbose_name=_("statement"),
        on_delete=models.CASCADE,
        related_name="reports",
    )
    kind = models.CharField(
        _("what do you want to do?"),
        max_length=10,
        choices=Kind.choices,
        default=Kind.PROBLEM,
    )
    location = models.CharField(
        _("which page or content?"),
        max_length=MAX_LENGTHS["location"],
        blank=True,
        help_text=_("An address or a description, if it is about something specific."),
    )
    message = models.TextField(_("message"), max_length=MAX_LENGTHS["message"])
    name = models.CharField(_("name"), max_length=MAX_LENGTHS["line"], blank=True)
    email = models.EmailField(
        _("e-mail"),
        max_length=MAX_LENGTHS["email"],
        blank=True,
        help_text=_("Give it if you want an answer."),
    )
    submitted_at = models.DateTimeField(_("submitted"), auto_now_add=True)
    # Kept until answered, then for a period (portal.privacy; home/personal_data.py).
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)

    class Meta:
        verbose_name = _("accessibility report")
        verbose_name_plural = _("accessibility reports")
        ordering = ["-submitted_at"]

    def __str__(self):
        return f"{self.get_kind_display()} ({self.submitted_at:%Y-%m-%d})"

    def as_text(self, page_url):
        lines = [
            f"{self.get_kind_display()}",
            f"{_('Which page or content?')} {self.location or '–'}",
            f"{_('Name')}: {self.name or '–'}",
            f"{_('E-mail')}: {self.email or '–'}",
            "",
            self.message,
            "",
            page_url,
        ]
        return "\n".join(str(line) for line in lines)
