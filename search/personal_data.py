"""What search keeps that may name someone, for portal.privacy.

Searches are counted per query string and day in Wagtail's search promotions
tables (search.hits). A query string may be a person's name, so the daily
counts have a period, portal-wide (they belong to no company), and a query
string goes with its last count unless an editor promotes results for it.
Nothing here is tied to an e-mail address, so it is in no register extract.
"""

from django.utils.translation import gettext_lazy as _

from wagtail.contrib.search_promotions.models import Query, QueryDailyHits

from portal.privacy.registry import PersonalData

__all__ = ["personal_data"]


def delete_daily_hits(queryset):
    deleted = queryset.delete()[1].get(QueryDailyHits._meta.label, 0)
    Query.objects.filter(daily_hits__isnull=True, editors_picks__isnull=True).delete()
    return deleted


def personal_data():
    return [
        PersonalData(
            key="search_logs",
            label=_("Search logs"),
            rows=lambda: QueryDailyHits.objects.all(),
            default_days=90,
            min_days=7,
            max_days=365,
            clock="date",
            delete=delete_daily_hits,
        )
    ]
