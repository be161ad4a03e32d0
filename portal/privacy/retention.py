"""Which rows of each kind are due for deletion, per company, and deleting them.

A row is due once its clock field is at least the company's period in the
past: kept for 364 days and some hours of a 365-day period, deleted by the
first run after that. Rows that belong to no company (a form page outside
every site) keep the portal's default period.
"""

import datetime
from dataclasses import dataclass
from functools import reduce
from operator import or_

from django.db.models import Count, DateTimeField, F, Max, Min
from django.db.models.functions import TruncDate
from django.utils import timezone

from wagtail.models import Site

from portal.models import SiteSettings
from portal.privacy.periods import period
from portal.privacy.registry import kinds

__all__ = ["Batch", "apply_retention", "batches", "upcoming"]


@dataclass
class Batch:
    """One kind's rows of one company (site None: of no company) and their period."""

    kind: object
    site: Site | None
    days: int
    rows: object

    def cutoff(self, now):
        period = datetime.timedelta(days=self.days)
        if self.is_date:  # calendar days: a DST change between is no hour off
            return timezone.localdate(now) - period
        return now - period

    @property
    def is_date(self):
        field = self.rows.model._meta.get_field(self.kind.clock)
        return not isinstance(field, DateTimeField)

    def due(self, now):
        return self.rows.filter(**{f"{self.kind.clock}__lte": self.cutoff(now)})

    def clock_range(self, now):
        """Oldest and newest clock values among the rows due at now."""
        found = self.due(now).aggregate(
            oldest=Min(self.kind.clock), newest=Max(self.kind.clock)
        )
        return found["oldest"], found["newest"]


def settings_by_site(sites):
    found = SiteSettings.objects.filter(site__in=sites)
    return {settings.site_id: settings for settings in found}


def batches(sites=None):
    """Every kind with a period, per company; sites limits which companies."""
    every_site = list(Site.objects.order_by("hostname", "port"))
    chosen = every_site if sites is None else list(sites)
    by_site = settings_by_site(every_site)
    default = next((site for site in every_site if site.is_default_site), None)
    for kind in kinds(retained=True):
        if not kind.per_company:  # the portal's own: the default site's period
            if sites is None or default in chosen:
                days = period(kind, by_site.get(getattr(default, "pk", None)))
                yield Batch(kind, default, days, kind.rows())
            continue
        for site in chosen:
            rows = kind.rows().filter(kind.company(site))
            yield Batch(kind, site, period(kind, by_site.get(site.pk)), rows)
        if sites is None:  # rows of no company: the portal's default
            claimed = [kind.company(site) for site in every_site]
            rows = kind.rows()
            if claimed:
                rows = rows.exclude(reduce(or_, claimed))
            yield Batch(kind, None, kind.default_days, rows)


def apply_retention(now=None, dry_run=False, progress=None):
    """Delete every due row; [(batch, count)] of what was (or would be) deleted."""
    now = now or timezone.now()
    done = []
    for batch in batches():
        due = batch.due(now)
        count = due.count()
        if count and not dry_run:
            count = batch.kind.erase(due)
        if progress is not None:
            progress(batch, count)
        done.append((batch, count))
    return done


def upcoming(batch, now, days_ahead=30):
    """[(date, count)] of the batch's rows due within days_ahead, by due date.

    Rows already due are dated today: the next run deletes them.
    """
    horizon = now + datetime.timedelta(days=days_ahead)
    rows = batch.rows.filter(**{f"{batch.kind.clock}__lte": batch.cutoff(horizon)})
    clock = batch.kind.clock
    day = F(clock) if batch.is_date else TruncDate(clock)
    counted = rows.order_by().values(day=day).annotate(count=Count("pk"))
    today = timezone.localdate(now)
    by_date = {}
    for row in counted:
        due = max(row["day"] + datetime.timedelta(days=batch.days), today)
        by_date[due] = by_date.get(due, 0) + row["count"]
    return sorted(by_date.items())
