"""Subscribers in the admin: counts per site, listing, CSV export, erasure.

Nobody adds or edits a subscriber by hand: a subscription needs the owner's
own confirmation, which is the consent stored with it. Deleting one erases
the address and its delivery log (GDPR erasure); the listing's CSV export,
searched by address, is a subscriber's data export.
"""

from django.db.models import Count, Q
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.auth import permission_denied
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy

from blog.subscribers import Subscriber

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


class SubscriberPermissionPolicy(ModelPermissionPolicy):
    def user_has_permission(self, user, action):
        if action in {"add", "change", "copy"}:
            return False
        return super().user_has_permission(user, action)


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
    list_filter = ["site", "language", "frequency"]
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


def subscriber_counts(request):
    """Active, pending and departed subscribers per site and language."""
    if not request.user.has_perm("blog.view_subscriber"):
        return permission_denied(request)
    rows = (
        Subscriber.objects.values("site__site_name", "site__hostname", "language")
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
            "listing_url": reverse(subscriber_viewset.get_url_name("index")),
        },
    )


@hooks.register("register_admin_urls")
def register_counts_url():
    return [
        path("subscriber-counts/", subscriber_counts, name="blog_subscriber_counts")
    ]


class CountsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("blog.view_subscriber")


@hooks.register("register_reports_menu_item")
def register_counts_menu_item():
    return CountsMenuItem(
        _("Subscribers per site"),
        reverse("blog_subscriber_counts"),
        icon_name="mail",
        order=900,
    )
