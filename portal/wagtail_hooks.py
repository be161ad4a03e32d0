from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from portal.models import FooterText, Organisation, Person


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    list_display = ["name", "role", "organisation", "locale"]
    list_filter = ["locale"]
    search_fields = ["name", "role"]


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    list_display = ["name", "website", "locale"]
    list_filter = ["locale"]
    search_fields = ["name"]


class FooterTextViewSet(SnippetViewSet):
    model = FooterText
    icon = "list-ul"
    list_display = ["name", "locale"]
    list_filter = ["locale"]


class PeopleAndOrganisations(SnippetViewSetGroup):
    menu_label = _("People and organisations")
    menu_icon = "group"
    menu_order = 300
    items = (PersonViewSet, OrganisationViewSet, FooterTextViewSet)


register_snippet(PeopleAndOrganisations)
