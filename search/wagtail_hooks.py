"""Search in the admin: each company's synonyms, scoped like its other snippets."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet

from portal.companies.snippet_admin import CompanySnippetViewSet
from portal.companies.tenancy import EVERYTHING, company_site_ids
from portal.privacy.registry import PERSONAL_DATA_HOOK
from search.analytics import search_analytics
from search.models import SearchSynonym
from search.personal_data import personal_data

hooks.register(PERSONAL_DATA_HOOK, personal_data)


# No search_fields: Wagtail then searches the model's own index (see
# portal/wagtail_hooks.py).
class SearchSynonymViewSet(CompanySnippetViewSet):
    model = SearchSynonym
    icon = "search"
    list_display = ["words", "language", "site"]
    list_filter = ["language"]
    menu_order = 310


register_snippet(SearchSynonymViewSet)


@hooks.register("register_admin_urls")
def register_analytics_url():
    return [path("search-analytics/", search_analytics, name="search_analytics")]


class AnalyticsMenuItem(MenuItem):
    def is_shown(self, request):
        scope = company_site_ids(request.user)
        return scope is EVERYTHING or bool(scope)


@hooks.register("register_reports_menu_item")
def register_analytics_menu_item():
    return AnalyticsMenuItem(
        _("What readers search for"),
        reverse("search_analytics"),
        icon_name="search",
        order=910,
    )
