"""Confine a company's editors to their own company in the admin.

A user's companies are the sites on whose home pages (in any language) one of
their groups holds a page permission; a permission on the Wagtail root (the
portal moderators) or superuser status means everything. Wagtail already scopes
pages, images, documents and form submissions by GroupPagePermission and
GroupCollectionPermission; this module adds what it leaves global: snippets
(listings, choosers, direct URLs, bulk actions) and the page chooser.
"""

from functools import reduce
from operator import or_

from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.shortcuts import redirect
from django.urls import path, resolve, reverse

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import ObjectList
from wagtail.models import GroupPagePermission, Page, Site
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import page_permission_policy
from wagtail.snippets.views import chooser
from wagtail.snippets.views.snippets import (
    DeleteView,
    EditView,
    HistoryView,
    SnippetViewSet,
    UsageView,
)

from portal.models.snippets import CompanyOwnedMixin
from portal.page_forms import CompanyChoicesMixin

EVERYTHING = None


def permitted_paths(user):
    """Tree paths of the pages on which the user's groups hold permissions."""
    if not hasattr(user, "_portal_permitted_paths"):
        user._portal_permitted_paths = set(
            GroupPagePermission.objects.filter(group__user=user).values_list(
                "page__path", flat=True
            )
        )
    return user._portal_permitted_paths


def company_site_ids(user):
    """EVERYTHING for superusers and moderators, else the ids of the user's sites."""
    if not user.is_active:
        return frozenset()
    if user.is_superuser:
        return EVERYTHING
    paths = permitted_paths(user)
    root_path = Page.get_first_root_node().path
    if root_path in paths:
        return EVERYTHING
    if not hasattr(user, "_portal_site_ids"):
        roots = Page.objects.filter(
            translation_key__in=Site.objects.values("root_page__translation_key")
        ).values_list("translation_key", "path")
        keys = {key for key, path in roots if any(p.startswith(path) for p in paths)}
        user._portal_site_ids = frozenset(
            Site.objects.filter(root_page__translation_key__in=keys).values_list(
                "pk", flat=True
            )
        )
    return user._portal_site_ids


def limited(user):
    """Company editors are confined; moderators and superusers are not."""
    return user.is_authenticated and company_site_ids(user) is not EVERYTHING


def in_scope(user, site_id):
    scope = company_site_ids(user)
    return scope is EVERYTHING or (site_id is not None and site_id in scope)


def scoped(queryset, user):
    """Only the user's companies' rows; portal-wide rows only for moderators."""
    scope = company_site_ids(user)
    return queryset if scope is EVERYTHING else queryset.filter(site_id__in=scope)


def sites_of(user):
    """The sites of the user's companies (all for moderators)."""
    scope = company_site_ids(user)
    sites = Site.objects.all()
    return sites if scope is EVERYTHING else sites.filter(pk__in=scope)


def pages_in_trees(pages, user):
    """Only the pages inside the user's company trees (all for moderators)."""
    if company_site_ids(user) is EVERYTHING:
        return pages
    paths = permitted_paths(user)
    if not paths:
        return pages.none()
    return pages.filter(reduce(or_, (Q(path__startswith=path) for path in paths)))


def pages_for_chooser(pages, request):
    """The page chooser offers only pages inside the user's company trees."""
    return pages_in_trees(pages, request.user)


class CompanyOwnedPolicy(ModelPermissionPolicy):
    """Model permissions, and for one object also the owning company."""

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action) and in_scope(
            user, instance.site_id
        )

    def instances_user_has_any_permission_for(self, user, actions):
        return scoped(
            super().instances_user_has_any_permission_for(user, actions), user
        )


class CompanyOwnedForm(CompanyChoicesMixin, WagtailAdminModelForm):
    """The company field offers the editor's own companies and is required for them.

    Its images and snippets, like a page's, must be the editor's company's own.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("site")
        if field is None or self.for_user is None:
            return
        scope = company_site_ids(self.for_user)
        if scope is EVERYTHING:
            return
        field.queryset = Site.objects.filter(pk__in=scope)
        field.required = True
        field.empty_label = None
        if len(scope) == 1 and not self.instance.site_id:
            self.initial["site"] = next(iter(scope))


class ScopedObjectMixin:
    """Refuse an object of another company, whatever its id in the URL."""

    def get_object(self, *args, **kwargs):
        obj = super().get_object(*args, **kwargs)
        if not in_scope(self.request.user, obj.site_id):
            raise PermissionDenied
        return obj


class ScopedEditView(ScopedObjectMixin, EditView):
    pass


class ScopedDeleteView(ScopedObjectMixin, DeleteView):
    pass


class ScopedUsageView(ScopedObjectMixin, UsageView):
    pass


class ScopedHistoryView(ScopedObjectMixin, HistoryView):
    pass


class ScopedChooseView(chooser.ChooseView):
    def get_object_list(self):
        return scoped(super().get_object_list(), self.request.user)


class ScopedChooseResultsView(chooser.ChooseResultsView):
    def get_object_list(self):
        return scoped(super().get_object_list(), self.request.user)


class ScopedChosenView(chooser.SnippetChosenView):
    def get_object(self, pk):
        return scoped(self.model_class.objects.all(), self.request.user).get(pk=pk)


class ScopedChosenMultipleView(chooser.SnippetChosenMultipleView):
    def get_objects(self, pks):
        return scoped(super().get_objects(pks), self.request.user)


class ScopedChooserViewSet(chooser.SnippetChooserViewSet):
    choose_view_class = ScopedChooseView
    choose_results_view_class = ScopedChooseResultsView
    chosen_view_class = ScopedChosenView
    chosen_multiple_view_class = ScopedChosenMultipleView


class CompanySnippetViewSet(SnippetViewSet):
    """A snippet that belongs to a company: its editors see only their own."""

    chooser_viewset_class = ScopedChooserViewSet
    edit_view_class = ScopedEditView
    delete_view_class = ScopedDeleteView
    usage_view_class = ScopedUsageView
    history_view_class = ScopedHistoryView
    copy_view_enabled = False  # a copy would start out with the source's company

    @property
    def permission_policy(self):
        return CompanyOwnedPolicy(self.model)

    def get_edit_handler(self):
        panels = ObjectList(self.model.panels, base_form_class=CompanyOwnedForm)
        return panels.bind_to_model(self.model)

    def get_queryset(self, request):
        return scoped(self.model._default_manager.all(), request.user)


def refuse_other_companies_in_bulk(request, action_type, objects, action):
    """Bulk actions take ids from the URL: refuse if one belongs elsewhere."""
    owned = [obj for obj in objects if isinstance(obj, CompanyOwnedMixin)]
    if not all(in_scope(request.user, obj.site_id) for obj in owned):
        raise PermissionDenied


def explorable(user, page_id):
    return page_permission_policy.explorable_instances(user).filter(pk=page_id).exists()


def guard_browsing(fallback_url_name):
    """A view that refuses to browse below a page the user may not explore.

    Wagtail lists only explorable children, but shows the parent page named in
    the URL whatever it is; a guessed id would reveal another company's page.
    """

    def view(request, parent_page_id):
        user = request.user
        if user.is_authenticated and not explorable(user, parent_page_id):
            url = reverse(fallback_url_name)
            query = request.GET.urlencode()
            return redirect(f"{url}?{query}" if query else url)
        return hand_over(request)

    return view


def hand_over(request):
    """Serve the request with the Wagtail admin view its URL names."""
    from wagtail.admin import urls  # not at import: it collects all hooks

    admin_prefix = reverse("wagtailadmin_home")  # "/admin/"
    match = resolve(request.path_info[len(admin_prefix) - 1 :], urlconf=urls)
    return match.func(request, *match.args, **match.kwargs)


# Placed before Wagtail's admin URLs in portal/urls.py; they hand over to Wagtail.
browsing_urls = [
    path("pages/<int:parent_page_id>/", guard_browsing("wagtailadmin_explore_root")),
    path(
        "pages/<int:parent_page_id>/results/",
        guard_browsing("wagtailadmin_explore_root"),
    ),
    path(
        "choose-page/<int:parent_page_id>/", guard_browsing("wagtailadmin_choose_page")
    ),
]
