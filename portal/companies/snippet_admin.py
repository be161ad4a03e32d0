"""Company-owned snippets in the admin: listings, choosers, direct URLs, bulk actions.

Wagtail already scopes pages, images, documents and form submissions by
GroupPagePermission and GroupCollectionPermission; snippets it keeps global.
These viewsets show a company's editors only their own company's snippets,
by overriding how Wagtail's views look objects up (docs/upstream.md, "Admin
view object lookups").
"""

from django.core.exceptions import PermissionDenied

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import ObjectList
from wagtail.models import Site
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.views import chooser
from wagtail.snippets.views.snippets import (
    DeleteView,
    EditView,
    HistoryView,
    SnippetViewSet,
    UsageView,
)

from portal.companies.choices import CompanyChoicesMixin
from portal.companies.ownership import CompanyOwnedMixin
from portal.companies.tenancy import (
    EVERYTHING,
    changeable_locale_ids,
    company_site_ids,
    in_scope,
    scoped,
)

__all__ = [
    "CompanyOwnedForm",
    "CompanyOwnedPolicy",
    "CompanySnippetViewSet",
    "ScopedChooserViewSet",
    "changes_in_its_language",
    "refuse_other_companies_in_bulk",
]


def changes_in_its_language(user, instance):
    """A translated snippet changes only where its language's pages may.

    Translators change English people, organisations and footer texts (their
    translation editor) but not the Swedish originals they translate from.
    """
    locale_id = getattr(instance, "locale_id", None)
    allowed = changeable_locale_ids(user)
    return locale_id is None or allowed is EVERYTHING or locale_id in allowed


class CompanyOwnedPolicy(ModelPermissionPolicy):
    """Model permissions, and for one object also the owning company."""

    def user_has_permission_for_instance(self, user, action, instance):
        return (
            self.user_has_permission(user, action)
            and in_scope(user, instance.site_id)
            and (action == "view" or changes_in_its_language(user, instance))
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


class InItsLanguageMixin:
    """Refuse a change to a snippet in a language the user does not write."""

    def get_object(self, *args, **kwargs):
        obj = super().get_object(*args, **kwargs)
        if not changes_in_its_language(self.request.user, obj):
            raise PermissionDenied
        return obj


class ScopedEditView(InItsLanguageMixin, ScopedObjectMixin, EditView):
    pass


class ScopedDeleteView(InItsLanguageMixin, ScopedObjectMixin, DeleteView):
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


class NoCreationView(chooser.SnippetCreateView):
    """Snippet choosers have no creation form: refuse instead of failing (500)."""

    def can_create(self):
        return self.get_creation_form_class() is not None and super().can_create()


class ScopedChooserViewSet(chooser.SnippetChooserViewSet):
    choose_view_class = ScopedChooseView
    choose_results_view_class = ScopedChooseResultsView
    chosen_view_class = ScopedChosenView
    chosen_multiple_view_class = ScopedChosenMultipleView
    create_view_class = NoCreationView


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
