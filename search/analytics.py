"""What readers search for, per company, for its editors: the last 30 days.

The most frequent queries and the queries that found nothing, from the daily
counts in models.SearchQueryDay (no personal data; see search/hits.py). A
company's editors see their own company's searches; moderators every
company's and the whole portal's.
"""

import datetime

from django.db.models import Sum
from django.template.response import TemplateResponse
from django.utils import timezone

from wagtail.admin.auth import permission_denied

from portal.companies.tenancy import EVERYTHING, company_site_ids, scoped
from search.models import SearchQueryDay

__all__ = ["DAYS", "report", "search_analytics"]

DAYS = 30
TOP = 20


def report(rows, since):
    """(most searched, searched without hits): [(query, searches)] each."""
    recent = rows.filter(date__gte=since).values("query")
    frequent = (
        recent.annotate(count=Sum("searches"))
        .order_by("-count", "query")
        .values_list("query", "count")[:TOP]
    )
    zero = (
        recent.annotate(count=Sum("zero_hits"))
        .filter(count__gt=0)
        .order_by("-count", "query")
        .values_list("query", "count")[:TOP]
    )
    return list(frequent), list(zero)


def search_analytics(request):
    user = request.user
    scope = company_site_ids(user)
    if scope is not EVERYTHING and not scope:
        return permission_denied(request)
    rows = scoped(SearchQueryDay.objects.all(), user)
    since = timezone.localdate() - datetime.timedelta(days=DAYS - 1)
    frequent, zero = report(rows, since)
    return TemplateResponse(
        request,
        "search/admin/analytics.html",
        {"frequent": frequent, "zero": zero, "days": DAYS},
    )
