"""How long each company keeps each kind of personal data.

A company's site settings may hold its own period per kind (days, in
SiteSettings.retention_days); it applies only within the kind's limits, so a
value stored before the portal narrowed them is held to the nearest limit.
Portal-wide kinds take their period from the default site's settings.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import Panel

from portal.companies.choices import CompanyChoicesForm

__all__ = [
    "FIELD_PREFIX",
    "RetentionPanel",
    "RetentionSettingsForm",
    "editable_kinds",
    "period",
]

FIELD_PREFIX = "retention_"


def period(kind, site_settings):
    """Days the kind is kept under these settings (None: the portal's default)."""
    stored = (site_settings.retention_days or {}) if site_settings else {}
    days = stored.get(kind.key)
    if not isinstance(days, int):
        return kind.default_days
    return min(max(days, kind.min_days), kind.max_days)


def editable_kinds(site):
    """The kinds a site's settings set: per-company ones, and on the default
    site the portal-wide ones too."""
    from portal.privacy.registry import kinds  # hooks load after the models

    return [
        kind
        for kind in kinds(retained=True)
        if kind.per_company or site.is_default_site
    ]


def retention_field(kind, stored):
    limits = {"min": kind.min_days, "max": kind.max_days}
    counted_from = kind.counted_from or _("Days.")
    return forms.IntegerField(
        label=kind.label,
        required=False,
        min_value=kind.min_days,
        max_value=kind.max_days,
        initial=stored,
        help_text=_(
            "%(counted_from)s Empty: the portal's default, %(default)s days. "
            "Between %(min)s and %(max)s days."
        )
        % {**limits, "default": kind.default_days, "counted_from": counted_from},
        error_messages={
            "min_value": _("At least %(min)s days: the portal's lower limit.") % limits,
            "max_value": _("At most %(max)s days: the portal's upper limit.") % limits,
        },
    )


class RetentionSettingsForm(CompanyChoicesForm):
    """The site settings form, with one period field per kind of personal data."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        site = getattr(self.instance, "site", None)
        stored = self.instance.retention_days or {}
        self.retention_kinds = editable_kinds(site) if site else []
        for kind in self.retention_kinds:
            field = retention_field(kind, stored.get(kind.key))
            self.fields[FIELD_PREFIX + kind.key] = field

    def save(self, commit=True):
        days = dict(self.instance.retention_days or {})
        for kind in self.retention_kinds:
            value = self.cleaned_data.get(FIELD_PREFIX + kind.key)
            if value is None:
                days.pop(kind.key, None)
            else:
                days[kind.key] = value
        self.instance.retention_days = days
        return super().save(commit=commit)


class RetentionPanel(Panel):
    """The period fields RetentionSettingsForm adds; they are not model fields."""

    def on_model_bound(self):
        if not self.heading:
            self.heading = _("Keeping personal data")

    class BoundPanel(Panel.BoundPanel):
        template_name = "portal/privacy/retention_panel.html"

        def retention_fields(self):
            return [
                self.form[name]
                for name in self.form.fields
                if name.startswith(FIELD_PREFIX)
            ]

        def is_shown(self):
            return bool(self.retention_fields())

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["fields"] = self.retention_fields()
            return context
