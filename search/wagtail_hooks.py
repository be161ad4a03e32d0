"""Search in the admin: each company's synonyms, scoped like its other snippets."""

from wagtail.snippets.models import register_snippet

from portal.companies.snippet_admin import CompanySnippetViewSet
from search.models import SearchSynonym


# No search_fields: Wagtail then searches the model's own index (see
# portal/wagtail_hooks.py).
class SearchSynonymViewSet(CompanySnippetViewSet):
    model = SearchSynonym
    icon = "search"
    list_display = ["words", "language", "site"]
    list_filter = ["language"]
    menu_order = 310


register_snippet(SearchSynonymViewSet)
