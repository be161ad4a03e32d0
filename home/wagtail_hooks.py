from django.urls import path
from django.utils import timezone, translation

from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.permission_policies.pages import PagePermissionPolicy

from home.models import HomePage
from home.models.accessibility import AccessibilityStatementPage, a_year_before
from home.personal_data import personal_data
from home.views import mark_report_answered
from portal.caching.purge import PURGE_URLS_HOOK, default_site
from portal.privacy.registry import PERSONAL_DATA_HOOK


class OverdueStatementsPanel(Component):
    """Dashboard warning: statements the editor may change, past yearly review."""

    name = "overdue_accessibility_statements"
    template_name = "home/panels/overdue_statements.html"
    order = 90  # above the moderation and recent-edits panels

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        editable = PagePermissionPolicy().instances_user_has_permission_for(
            self.user, "change"
        )
        context["statements"] = (
            AccessibilityStatementPage.objects.filter(
                pk__in=editable.values("pk"),
                last_updated__lt=a_year_before(timezone.localdate()),
            )
            .select_related("locale")
            .order_by("last_updated")
        )
        return context


@hooks.register("construct_homepage_panels")
def add_overdue_statements_panel(request, panels):
    panels.append(OverdueStatementsPanel(request.user))


hooks.register(PERSONAL_DATA_HOOK, personal_data)


@hooks.register("register_admin_urls")
def register_report_answered_url():
    return [
        path(
            "accessibility-reports/<int:report_id>/answered/",
            mark_report_answered,
            name="home_report_answered",
        )
    ]


@hooks.register(PURGE_URLS_HOOK)
def companies_listing_urls(page):
    """The portal's companies listing (each company's labs and post count), in
    each language; the portal home itself portal.caching.purge adds."""
    portal = default_site()
    if portal is None:
        return []
    homes = (
        HomePage.objects.live()
        .filter(translation_key=portal.root_page.translation_key)
        .select_related("locale")
    )
    urls = []
    for home in homes:
        with translation.override(home.locale.language_code):
            urls.append(home.companies_url(None, full=True))
    return urls
