"""Confine a company's editors in wagtail-localize's admin views.

wagtail-localize checks page permissions where a translation targets a page,
but for snippets only the model permission; its submit and sync views check no
object at all (only `submit_translation`, which company groups do not hold
today), and its snippet API and translations report list every company's
objects. These URL patterns come before Wagtail's admin URLs in portal/urls.py:
they refuse another company's object, then hand over to wagtail-localize, or
serve its listings scoped. Converting a page to an alias and previewing a
translation already check page permissions; the translation editor of a
translated snippet opens through the scoped snippet EditView.
"""

from django.apps import apps
from django.contrib.admin.utils import unquote
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import path

from wagtail.admin.auth import require_admin_access
from wagtail.models import Page
from wagtail.snippets.views.snippets import get_snippet_model_from_url_params
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.views import report, snippets_api

from portal.admin_scoping import (
    EVERYTHING,
    company_site_ids,
    hand_over,
    in_scope,
    pages_in_trees,
    permitted_paths,
    scoped,
)
from portal.models.snippets import CompanyOwnedMixin


def limited(user):
    """Company editors are limited; moderators and superusers are not."""
    return user.is_authenticated and company_site_ids(user) is not EVERYTHING


def object_in_scope(user, obj):
    if isinstance(obj, Page):
        return any(obj.path.startswith(path) for path in permitted_paths(user))
    if isinstance(obj, CompanyOwnedMixin):
        return in_scope(user, obj.site_id)
    return False  # nothing else is translatable: refuse what we cannot place


def source_instance(source):
    try:
        return source.get_source_instance()
    except ObjectDoesNotExist as error:
        raise Http404 from error


def find_page(page_id):
    return get_object_or_404(Page, pk=page_id)


def find_snippet(app_label, model_name, pk):
    model = get_snippet_model_from_url_params(app_label, model_name)
    return get_object_or_404(model, pk=unquote(pk))


def find_source(translation_source_id):
    source = get_object_or_404(TranslationSource, pk=translation_source_id)
    return source_instance(source)


def find_translation(translation_id, rest):
    translation = get_object_or_404(Translation, pk=translation_id)
    return source_instance(translation.source)


def guarded(find):
    """Refuse if the object the URL names is another company's, else hand over."""

    def view(request, **kwargs):
        if limited(request.user) and not object_in_scope(request.user, find(**kwargs)):
            raise PermissionDenied
        return hand_over(request)

    return view


def translations_in_scope(translations, user):
    if company_site_ids(user) is EVERYTHING:
        return translations
    pages = pages_in_trees(Page.objects.all(), user)
    keys = Q(source__object_id__in=pages.values("translation_key"))
    for model in apps.get_models():
        if not issubclass(model, CompanyOwnedMixin):
            continue
        owned = scoped(model._default_manager.all(), user)
        keys |= Q(source__object_id__in=owned.values("translation_key"))
    return translations.filter(keys)


class ScopedTranslationsReport(report.TranslationsReportView):
    def get_queryset(self):
        return translations_in_scope(super().get_queryset(), self.request.user)


class ScopedSnippetsApi(snippets_api.SnippetViewSet):
    def get_queryset(self):
        snippets = super().get_queryset()
        if issubclass(snippets.model, CompanyOwnedMixin):
            return scoped(snippets, self.request.user)
        return snippets


SNIPPET = "<slug:app_label>/<slug:model_name>/<str:pk>/"

# Placed before Wagtail's admin URLs in portal/urls.py.
localize_urls = [
    path("localize/submit/page/<int:page_id>/", guarded(find_page)),
    path(f"localize/submit/snippet/{SNIPPET}", guarded(find_snippet)),
    path("localize/update/<int:translation_source_id>/", guarded(find_source)),
    path(
        "localize/translate/<int:translation_id>/<path:rest>",
        guarded(find_translation),
    ),
    path(
        "localize/reports/translations/",
        require_admin_access(ScopedTranslationsReport.as_view()),
    ),
    path(
        "localize/reports/translations/results/",
        require_admin_access(ScopedTranslationsReport.as_view(results_only=True)),
    ),
    path(
        "localize/api/snippets/<slug:app_label>/<slug:model_name>/",
        require_admin_access(ScopedSnippetsApi.as_view({"get": "list"})),
    ),
    path(
        f"localize/api/snippets/{SNIPPET}",
        require_admin_access(ScopedSnippetsApi.as_view({"get": "retrieve"})),
    ),
]
