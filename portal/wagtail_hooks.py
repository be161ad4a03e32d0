from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from portal.companies.snippet_admin import (
    CompanySnippetViewSet,
    refuse_other_companies_in_bulk,
)
from portal.companies.tenancy import pages_for_chooser
from portal.models import FooterText, Organisation, Person

hooks.register("construct_page_chooser_queryset", pages_for_chooser)
hooks.register("before_bulk_action", refuse_other_companies_in_bulk)


class PersonViewSet(CompanySnippetViewSet):
    model = Person
    icon = "user"
    list_display = ["name", "role", "organisation", "site", "locale"]
    list_filter = ["locale"]
    search_fields = ["name", "role"]


class OrganisationViewSet(CompanySnippetViewSet):
    model = Organisation
    icon = "group"
    list_display = ["name", "website", "site", "locale"]
    list_filter = ["locale"]
    search_fields = ["name"]


class FooterTextViewSet(CompanySnippetViewSet):
    model = FooterText
    icon = "list-ul"
    list_display = ["name", "site", "locale"]
    list_filter = ["locale"]


class PeopleAndOrganisations(SnippetViewSetGroup):
    menu_label = _("People and organisations")
    menu_icon = "group"
    menu_order = 300
    items = (PersonViewSet, OrganisationViewSet, FooterTextViewSet)


register_snippet(PeopleAndOrganisations)
