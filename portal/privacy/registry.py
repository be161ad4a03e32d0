"""The kinds of personal data, as the apps that keep them describe them.

An app registers a function with the PERSONAL_DATA_HOOK hook that returns a
list of PersonalData; each names the rows, the field the retention period runs
from (a row with it empty is kept: unanswered feedback, say), the period's
default and the limits within which a company may change it, which rows are a
company's, and how to find and describe the rows one e-mail address made. A
kind without a period (active subscriptions, kept while they are used) is
there for data-subject requests only.
"""

from dataclasses import dataclass
from typing import Any

from django.db.models import Q

from wagtail import hooks

from portal.companies.access import locale_roots

__all__ = [
    "PERSONAL_DATA_HOOK",
    "PersonalData",
    "company_of_site_field",
    "kinds",
    "kinds_by_key",
    "under_site",
]

PERSONAL_DATA_HOOK = "portal_personal_data"


@dataclass(frozen=True)
class PersonalData:
    """One kind of personal data and how long it is kept.

    rows: a function returning every row of the kind (a queryset).
    default_days, min_days, max_days: the period and its limits; None for
        a kind kept while in use.
    clock: the field the period runs from; a DateField or a DateTimeField.
    counted_from: what the period counts from, for the settings form's
        help text, when it is not plain days since the row was made.
    company: a function of a Site returning a Q of that company's rows, or
        None for data that belongs to the whole portal (its period is then
        set in the default site's settings).
    owned_by: a function of an e-mail address returning the rows it made,
        or None when the kind names nobody (counts of searches).
    describe: a function of a row returning a JSON-serialisable dict, for
        a register extract.
    delete: a function of a queryset deleting it, for kinds whose rows
        leave something behind (a search log's query strings); default
        queryset.delete().
    """

    key: str
    label: Any
    rows: Any
    default_days: int | None = None
    min_days: int | None = None
    max_days: int | None = None
    clock: str | None = None
    counted_from: Any = None
    company: Any = None
    owned_by: Any = None
    describe: Any = None
    delete: Any = None

    def __post_init__(self):
        if self.retained and not (
            self.clock and self.min_days <= self.default_days <= self.max_days
        ):
            raise ValueError(f"{self.key}: no clock, or default outside its limits")

    @property
    def retained(self):
        """Whether the kind has a retention period (else: requests only)."""
        return self.default_days is not None

    def erase(self, queryset):
        if self.delete is not None:
            return self.delete(queryset)
        return queryset.delete()[1].get(queryset.model._meta.label, 0)

    @property
    def per_company(self):
        return self.company is not None


def kinds(retained=None):
    """Every registered kind, in registration order; each key once.

    retained=True: only kinds with a period; False: only the others.
    """
    found, seen = [], set()
    for hook in hooks.get_hooks(PERSONAL_DATA_HOOK):
        for kind in hook():
            if kind.key in seen:
                raise ValueError(f"Personal data kind {kind.key} registered twice")
            seen.add(kind.key)
            found.append(kind)
    if retained is None:
        return found
    return [kind for kind in found if kind.retained == retained]


def kinds_by_key():
    return {kind.key: kind for kind in kinds()}


def under_site(site, page_field="page"):
    """Q of rows whose page is in the site's tree, in any of its languages."""
    query = Q(pk__in=[])
    for root in locale_roots(site):
        query |= Q(**{f"{page_field}__path__startswith": root.path})
    return query


def company_of_site_field(site, site_field="site"):
    """Q of rows that name the site; on the default site, also those naming none.

    A portal-wide subscription (no site) belongs to the umbrella portal.
    """
    query = Q(**{site_field: site})
    if site.is_default_site:
        query |= Q(**{f"{site_field}__isnull": True})
    return query
