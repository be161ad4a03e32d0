"""Subscribers in the admin: counts per site, listing, CSV export, erasure.

Nobody adds or edits a subscriber by hand: a subscription needs the owner's
own confirmation, which is the consent stored with it. Deleting one erases
the address and its delivery log (GDPR erasure); the listing's CSV export,
searched by address, is a subscriber's data export.

A company's publishers see only their own company's subscribers, as its
snippets (portal.companies.snippet_admin); portal-wide subscribers and every
company's are for portal moderators and superusers. The counts hold no
personal data: every editor sees them for their own company.
"""

from django.db.models import Count, Q
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.auth import permission_denied
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet

import django_filters

from blog import api, purging
from blog.archives import lab_feeds
from blog.models import BlogPostPage
from blog.personal_data import personal_data
from blog.subscribers import Subscriber
from labs.models.labs import LAB_PAGE_CONTEXT_HOOK
from portal.api import API_HOOK
from portal.caching.chrome import get_chrome
from portal.caching.purge import PURGE_SNIPPET_URLS_HOOK, PURGE_URLS_HOOK
from portal.companies.snippet_admin import CompanyOwnedPolicy, ScopedObjectMixin
from portal.companies.tenancy import EVERYTHING, company_site_ids, scoped, sites_of
from portal.privacy.registry import PERSONAL_DATA_HOOK
from portal.security.exports import NeutralisedExportMixin

# /api/v2/posts/ (portal/api/, docs/api.md).
hooks.register(API_HOOK, api.register)

ACTIVE = Q(confirmed_at__isnull=False, unsubscribed_at__isnull=True)
FIELDS = [
    "email",
    "site",
    "language",
    "frequency",
    "consent_at",
    "consent_source",
    "confirmed_at",
    "unsubscribed_at",
]


class SubscriberPermissionPolicy(CompanyOwnedPolicy):
    def user_has_permission(self, user, action):
        if action in {"add", "change", "copy"}:
            return False
        return super().user_has_permission(user, action)


def company_sites(request):
    """The sites the site filter offers: the user's companies' only."""
    return sites_of(request.user).order_by("hostname")


class SubscriberFilterSet(WagtailFilterSet):
    site = django_filters.ModelChoiceFilter(queryset=company_sites)

    class Meta:
        model = Subscriber
        fields = ["site", "language", "frequency"]


class ScopedIndexView(NeutralisedExportMixin, generic.IndexView):
    """The listing, its search and its CSV export hold the user's companies only.

    Addresses such as `=1+1@example.se` are valid, so exported cells are
    neutralised against formulas (portal.security.exports).

    These views scope Wagtail's object lookups (docs/upstream.md, "Admin view
    object lookups").
    """

    def get_base_queryset(self):
        return scoped(super().get_base_queryset(), self.request.user)


# Inspect, erase, history and edit refuse another company's subscriber by id.
class ScopedInspectView(ScopedObjectMixin, generic.InspectView):
    pass


class ScopedDeleteView(ScopedObjectMixin, generic.DeleteView):
    pass


class ScopedEditView(ScopedObjectMixin, generic.EditView):
    pass


class ScopedHistoryView(ScopedObjectMixin, generic.HistoryView):
    pass


class ScopedUsageView(ScopedObjectMixin, generic.UsageView):
    pass


class SubscriberViewSet(ModelViewSet):
    model = Subscriber
    icon = "mail"
    menu_order = 350
    add_to_admin_menu = True
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = [
        "email",
        "site",
        "language",
        "frequency",
        "confirmed_at",
        "unsubscribed_at",
    ]
    filterset_class = SubscriberFilterSet
    index_view_class = ScopedIndexView
    inspect_view_class = ScopedInspectView
    delete_view_class = ScopedDeleteView
    edit_view_class = ScopedEditView
    history_view_class = ScopedHistoryView
    usage_view_class = ScopedUsageView
    list_export = [*FIELDS]
    export_filename = "subscribers"
    search_fields = ["email"]
    inspect_view_fields = [*FIELDS]
    form_fields = ["frequency"]

    @property
    def permission_policy(self):
        return SubscriberPermissionPolicy(self.model)


subscriber_viewset = SubscriberViewSet("subscribers")


@hooks.register("register_admin_viewset")
def register_subscriber_viewset():
    return subscriber_viewset


def may_see_counts(user):
    scope = company_site_ids(user)
    return user.has_perm("blog.view_subscriber") or scope is EVERYTHING or bool(scope)


def subscriber_counts(request):
    """Active, pending and departed subscribers per site and language."""
    if not may_see_counts(request.user):
        return permission_denied(request)
    rows = (
        scoped(Subscriber.objects.all(), request.user)
        .values("site__site_name", "site__hostname", "language")
        .annotate(
            active=Count("pk", filter=ACTIVE),
            unsubscribed=Count("pk", filter=Q(unsubscribed_at__isnull=False)),
        )
        .order_by("site__hostname", "language")
    )
    return TemplateResponse(
        request,
        "blog/admin/subscriber_counts.html",
        {
            "rows": rows,
            "listing_url": reverse(subscriber_viewset.get_url_name("index"))
            if request.user.has_perm("blog.view_subscriber")
            else "",
        },
    )


@hooks.register("register_admin_urls")
def register_counts_url():
    return [
        path("subscriber-counts/", subscriber_counts, name="blog_subscriber_counts")
    ]


class CountsMenuItem(MenuItem):
    def is_shown(self, request):
        return may_see_counts(request.user)


@hooks.register("register_reports_menu_item")
def register_counts_menu_item():
    return CountsMenuItem(
        _("Subscribers per site"),
        reverse("blog_subscriber_counts"),
        icon_name="mail",
        order=900,
    )


hooks.register(PERSONAL_DATA_HOOK, personal_data)


@hooks.register(LAB_PAGE_CONTEXT_HOOK)
def lab_posts_and_feeds(lab, request):
    """A lab page lists the lab's latest posts and offers their feeds."""
    return {
        "lab_posts": BlogPostPage.objects.about(lab)[:6],
        # The blog comes from the cached chrome: advertising costs no query.
        "lab_feeds": lab_feeds(lab, get_chrome(request).get("blog")),
    }


# Feeds, archives and pages about a lab that a change makes stale (blog/purging.py).
hooks.register(PURGE_URLS_HOOK, purging.page_urls)
hooks.register(PURGE_SNIPPET_URLS_HOOK, purging.person_urls)
