"""Confine a company's editors in wagtail-localize's admin views.

wagtail-localize checks page permissions where a translation targets a page,
but for snippets only the model permission; its submit and sync views check no
object at all (only `submit_translation`, which company groups do not hold
today), and its snippet API and translations report list every company's
objects; a synchronised value can be overridden with any id, even another
company's image or the snippet's company itself. These URL patterns come
before Wagtail's admin URLs in portal/urls.py: they refuse another company's
object or choice, then hand over to wagtail-localize, or serve its listings
scoped. Converting a page to an alias and previewing a
translation already check page permissions; the translation editor of a
translated snippet opens through the scoped snippet EditView. See
docs/upstream.md, "wagtail-localize admin URLs" and "wagtail-localize report
and snippet API views".
"""

from io import BytesIO

from django.apps import apps
from django.contrib.admin.utils import unquote
from django.core.exceptions import (
    BadRequest,
    FieldDoesNotExist,
    ObjectDoesNotExist,
    PermissionDenied,
)
from django.db.models import Q
from django.http import Http404, QueryDict
from django.http.multipartparser import MultiPartParser, MultiPartParserError
from django.shortcuts import get_object_or_404
from django.urls import path

from wagtail.admin.auth import require_admin_access
from wagtail.models import Page, TranslatableMixin
from wagtail.snippets.views.snippets import get_snippet_model_from_url_params
from wagtail_localize.models import (
    OverridableSegment,
    Translation,
    TranslationSource,
)
from wagtail_localize.views import report, snippets_api

from portal.companies.browsing import hand_over
from portal.companies.choices import allowed_ids, kind_of
from portal.companies.ownership import CompanyOwnedMixin
from portal.companies.tenancy import (
    EVERYTHING,
    company_site_ids,
    in_scope,
    limited,
    pages_in_trees,
    permitted_paths,
    scoped,
)


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


def find_translation(translation_id, rest=None):
    translation = get_object_or_404(Translation, pk=translation_id)
    return source_instance(translation.source)


def guarded(find):
    """Refuse if the object the URL names is another company's, else hand over."""

    def view(request, **kwargs):
        if limited(request.user) and not object_in_scope(request.user, find(**kwargs)):
            raise PermissionDenied
        return hand_over(request)

    return view


def referenced(instance, path):
    """(model, id) of the object chosen at a content path of instance, or None."""
    name, _dot, rest = path.partition(".")
    try:
        field = instance._meta.get_field(name)
    except FieldDoesNotExist:
        return None
    if not rest and field.many_to_one:
        return field.related_model, field.value_from_object(instance)
    # StreamField (docs/upstream.md, "extract_references")
    if rest and hasattr(field, "extract_references"):
        value = field.value_from_object(instance)
        for model, pk, _model_path, content_path in field.extract_references(value):
            if content_path == rest:
                return model, pk
    return None


def put_value(request):
    """The value the translation editor PUTs (as multipart form data)."""
    body = request.body  # Django keeps it, so wagtail-localize can read it again
    if request.content_type != "multipart/form-data":
        return QueryDict(body, encoding=request.encoding).get("value")
    parser = MultiPartParser(
        request.META, BytesIO(body), request.upload_handlers, request.encoding
    )
    try:
        return parser.parse()[0].get("value")
    except MultiPartParserError as error:
        raise BadRequest from error


def may_override(user, instance, path, value):
    """A synchronised value may be overridden only with something choosable."""
    chosen = referenced(instance, path)
    rule = chosen and kind_of(chosen[0])
    if rule is None or str(value) == str(chosen[1]):
        return True  # text, or the source's own choice
    return str(value) in allowed_ids(rule, {str(value)}, user)


def guard_override(request, translation_id, overridable_segment_id):
    user = request.user
    if limited(user):
        source = find_translation(translation_id)
        if not object_in_scope(user, source):
            raise PermissionDenied
        if request.method == "PUT":
            segment = get_object_or_404(OverridableSegment, pk=overridable_segment_id)
            if not may_override(user, source, segment.context.path, put_value(request)):
                raise PermissionDenied
    return hand_over(request)


def translations_in_scope(translations, user):
    if company_site_ids(user) is EVERYTHING:
        return translations
    pages = pages_in_trees(Page.objects.all(), user)
    keys = Q(source__object_id__in=pages.values("translation_key"))
    for model in apps.get_models():
        # Company-owned models that are not translated have no translations.
        translated = issubclass(model, TranslatableMixin)
        if not (translated and issubclass(model, CompanyOwnedMixin)):
            continue
        owned = scoped(model._default_manager.all(), user)
        keys |= Q(source__object_id__in=owned.values("translation_key"))
    return translations.filter(keys)


class ScopedTranslationsReport(report.TranslationsReportView):
    def get_queryset(self):
        # Upstream's is unordered, so its pages could repeat or skip a row.
        translations = super().get_queryset().order_by("-created_at", "-pk")
        return translations_in_scope(translations, self.request.user)


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
        "localize/translate/<int:translation_id>/overrides/"
        "<int:overridable_segment_id>/edit/",
        guard_override,
    ),
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
