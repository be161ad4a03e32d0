"""The dashboard a company's editors and publishers see: their company only.

Wagtail heads the dashboard with the portal's name and counts every company's
pages ("104 Sidor"), since a company's two homes (Swedish and English) share no
root below the tree's. For confined users the portal-wide summary gives way to a
panel named after the company, with its own pages, drafts, pages awaiting
approval and the latest changes. Moderators keep Wagtail's dashboard.
"""

from wagtail.admin.ui.components import Component
from wagtail.models import Page, Revision, WorkflowState

from portal.companies.tenancy import limited, pages_in_trees, sites_of

__all__ = ["CompanyPanel", "add_company_panel", "company_name", "drop_pages_summary"]

RECENT = 8


def company_name(user):
    """The names of the user's companies, or "" for moderators."""
    if not limited(user):
        return ""
    return ", ".join(sorted(site.site_name or site.hostname for site in sites_of(user)))


class CompanyPanel(Component):
    name = "company_overview"
    template_name = "portal/dashboard/company.html"
    order = 50  # above the moderation panels (100, 200) and recent edits

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        pages = pages_in_trees(Page.objects.filter(depth__gt=1), self.user)
        context.update(
            company=company_name(self.user),
            page_count=pages.count(),
            drafts=pages.filter(has_unpublished_changes=True).count(),
            awaiting=WorkflowState.objects.active()
            .filter(base_content_type__model="page")
            .filter(
                object_id__in=[str(pk) for pk in pages.values_list("pk", flat=True)]
            )
            .count(),
            recent=self.recent_changes(pages),
        )
        return context

    def recent_changes(self, pages):
        ids = [str(pk) for pk in pages.values_list("pk", flat=True)]
        revisions = (
            Revision.page_revisions.filter(object_id__in=ids)
            .select_related("user")
            .order_by("-created_at")[: RECENT * 3]
        )
        seen, changes = set(), []
        for revision in revisions:
            if revision.object_id in seen:
                continue
            seen.add(revision.object_id)
            changes.append(revision)
            if len(changes) == RECENT:
                break
        titles = Page.objects.in_bulk([int(r.object_id) for r in changes])
        return [
            (titles.get(int(r.object_id)), r)
            for r in changes
            if titles.get(int(r.object_id))
        ]


def add_company_panel(request, panels):
    """construct_homepage_panels: the company panel first, for confined users."""
    if limited(request.user):
        panels.insert(0, CompanyPanel(request.user))


def drop_pages_summary(request, items):
    """construct_homepage_summary_items: no portal-wide counts for them.

    Wagtail's summary counts "created in" the portal as a whole; the company
    panel has the company's own numbers. Registered after Wagtail's own hooks.
    """
    if limited(request.user):
        items.clear()
