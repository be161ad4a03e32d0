"""The search page and its JSON autocomplete, on every site and in both languages."""

from django.core.paginator import Paginator
from django.db.models import Q
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.templatetags.static import static
from django.urls import reverse
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Site
from wagtail.search.utils import normalise_query_string

from portal.caching.chrome import get_chrome
from portal.i18n.languages import active_language
from search.hits import count_hit
from search.models import MATCH_ONLY_FIELDS, SearchEntry
from search.params import MAX_QUERY_LENGTH, SearchParams
from search.query import MAX_COUNTED, excerpt, match, page_results
from search.scope import scope_for, site_names
from search.suggestions import suggestion
from search.synonyms import synonyms_for

__all__ = ["MAX_QUERY_LENGTH", "opensearch", "search", "suggest"]

RESULTS_PER_PAGE = 10
SUGGESTIONS = 8


def reader_context(request):
    site = Site.find_for_request(request)
    language = active_language()
    return site, language


@require_GET
def search(request):
    site, language = reader_context(request)
    names, choices = site_names()
    params = SearchParams.from_request(request, {pk for pk, _name in choices})
    words = params.words
    if params.query and not words:
        params.notices.append(_("Type a word to search for: letters or digits."))
    results, promotions, synonyms = [], [], None
    if words:
        scope = scope_for(site, language, params.company, params.everywhere)
        synonyms = synonyms_for(scope)
        results = page_results(scope, words, language, params.kind, synonyms)
    page = Paginator(results, RESULTS_PER_PAGE).get_page(params.page)
    suggested, wider = None, None
    if words and page.number == 1:
        promotions = promoted(request, params.query, scope)
        count_hit(params.query, scope.site_id, language, bool(page.paginator.count))
    if words and not page.paginator.count:
        suggested = suggestion(scope, words)
        if suggested:
            suggested = {"query": suggested, "url": params.url_for(q=suggested)}
        if scope.site_id is not None:  # one company searched: offer them all
            wider = params.url_for(company=None, everywhere=True)
    for entry in page:
        entry.url = entry.page.get_url(request)
        entry.excerpt = excerpt(entry, words, language, synonyms)
        entry.company = names.get(entry.site_id, "")
    return TemplateResponse(
        request,
        "search/search.html",
        {
            "search_query": params.query,
            "params": params,
            "search_results": page,
            "paginator": page.paginator,
            # PostgreSQL counts up to MAX_COUNTED + 1 (search.query.Results).
            "results_capped": getattr(results, "capped", False),
            "max_counted": MAX_COUNTED,
            "promotions": promotions,
            "companies": choices,
            "kinds": SearchEntry.Kind.choices,
            "company_site": bool(site and not site.is_default_site),
            "query_string": params.query_string(),
            "suggestion": suggested,
            "search_everywhere_url": wider,
        },
    )


def promoted(request, query_text, scope):
    """Editors' picks for the query inside the scope."""
    picks = (
        SearchPromotion.objects.filter(
            query__query_string=normalise_query_string(query_text)
        )
        .filter(Q(page__isnull=True) | scope.pages_q())
        .select_related("page__locale")
    )
    for pick in picks:
        pick.url = pick.page.get_url(request) if pick.page else pick.external_link_url
    return list(picks)


@require_GET
def opensearch(request):
    """An OpenSearch description: lets browsers add this site's search, per language."""
    chrome = get_chrome(request)
    site, language = reader_context(request)
    name = chrome.get("site_name") or (site.site_name if site else "") or "Portal"
    icon = chrome.get("icon_url") or static("portal/img/mark.svg")
    context = {
        # The specification allows 16 characters for the short name.
        "short_name": Truncator(name).chars(16),
        "description": _("Search %(site)s") % {"site": name},
        "language": language,
        "search_url": request.build_absolute_uri(reverse("search")),
        "self_url": request.build_absolute_uri(reverse("opensearch")),
        "icon_url": request.build_absolute_uri(icon),
        "icon_type": "image/svg+xml" if icon.endswith(".svg") else "image/png",
    }
    return TemplateResponse(
        request,
        "search/opensearch.xml",
        context,
        content_type="application/opensearchdescription+xml; charset=utf-8",
    )


@require_GET
def suggest(request):
    """Titles of pages whose words begin with what was typed, as JSON."""
    site, language = reader_context(request)
    params = SearchParams.from_request(request)
    words = params.words
    suggestions = []
    if words:
        scope = scope_for(site, language, everywhere=request.GET.get("all") == "1")
        entries = match(scope.entries(), words, language)
        entries = entries.select_related("page__locale").defer(
            "body", *MATCH_ONLY_FIELDS
        )
        suggestions = [
            {
                "title": entry.title,
                "url": entry.page.get_url(request),
                "type": str(entry.get_kind_display()),
            }
            for entry in entries[:SUGGESTIONS]
        ]
    return JsonResponse({"query": params.query, "results": suggestions})
