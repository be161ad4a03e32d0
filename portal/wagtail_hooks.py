from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from portal.companies.access import may_add_companies
from portal.companies.api import scope_admin_api
from portal.companies.browsing import refuse_moving_across_companies
from portal.companies.bulk import SCOPED_BULK_ACTIONS
from portal.companies.dashboard import add_company_panel, drop_pages_summary
from portal.companies.serving import serve_on_own_site_only
from portal.companies.snippet_admin import (
    CompanySnippetViewSet,
    refuse_other_companies_in_bulk,
)
from portal.companies.tenancy import pages_for_chooser
from portal.editing import editor_js, refuse_autosaved_creation
from portal.editing.guide import guide_menu_item, guide_urls
from portal.i18n.moderation import submit_translation, translation_buttons
from portal.models import FooterText, Organisation, Person
from portal.privacy.audit import register_privacy_log_actions
from portal.privacy.views import (
    data_subject,
    is_moderator,
    may_see_report,
    retention_report,
)

hooks.register("construct_page_chooser_queryset", pages_for_chooser)
hooks.register("before_bulk_action", refuse_other_companies_in_bulk)
hooks.register("before_move_page", refuse_moving_across_companies)
hooks.register("before_serve_document", serve_on_own_site_only)
hooks.register("before_create_page", refuse_autosaved_creation)
# Before wagtail-localize's own hook, which serves the translation editor.
hooks.register("before_edit_page", submit_translation, order=-1)
hooks.register("register_page_header_buttons", translation_buttons)
hooks.register("insert_editor_js", editor_js)
hooks.register("register_admin_urls", guide_urls)
hooks.register("register_help_menu_item", guide_menu_item)
hooks.register("construct_homepage_panels", add_company_panel)
hooks.register("construct_homepage_summary_items", drop_pages_summary, order=1)
# After Wagtail's own (order 0), so that ours replace theirs.
hooks.register("construct_admin_api", scope_admin_api, order=1)
for action_class in SCOPED_BULK_ACTIONS:
    hooks.register("register_bulk_action", action_class, order=1)
hooks.register("register_log_actions", register_privacy_log_actions)


@hooks.register("register_admin_urls")
def register_privacy_urls():
    return [
        path("privacy/retention/", retention_report, name="portal_retention_report"),
        path("privacy/data-subject/", data_subject, name="portal_data_subject"),
    ]


class ShownMenuItem(MenuItem):
    """A menu item shown to whom a check lets in."""

    def __init__(self, *args, shown_to, **kwargs):
        super().__init__(*args, **kwargs)
        self.shown_to = shown_to

    def is_shown(self, request):
        return self.shown_to(request.user)


@hooks.register("register_reports_menu_item")
def register_retention_menu_item():
    return ShownMenuItem(
        _("Retention of personal data"),
        reverse("portal_retention_report"),
        icon_name="bin",
        order=910,
        shown_to=may_see_report,
    )


@hooks.register("register_settings_menu_item")
def register_data_subject_menu_item():
    return ShownMenuItem(
        _("Data-subject requests"),
        reverse("portal_data_subject"),
        icon_name="user",
        order=900,
        shown_to=is_moderator,
    )


# No search_fields on these viewsets: Wagtail then searches the models' own
# index; naming fields makes the SQLite search backend ask for columns its
# full-text table does not have.
class PersonViewSet(CompanySnippetViewSet):
    model = Person
    icon = "user"
    list_display = ["name", "role", "organisation", "site", "locale"]
    list_filter = ["locale"]


class OrganisationViewSet(CompanySnippetViewSet):
    model = Organisation
    icon = "group"
    list_display = ["name", "website", "site", "locale"]
    list_filter = ["locale"]


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


class AddCompanyMenuItem(MenuItem):
    def is_shown(self, request):
        return may_add_companies(request.user)


@hooks.register("register_settings_menu_item")
def add_company_menu_item():
    # The view is wired in portal/urls.py (portal.composition.company_admin).
    return AddCompanyMenuItem(
        _("Add a company"), reverse("portal_add_company"), icon_name="site", order=50
    )
