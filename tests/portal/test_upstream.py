"""Guards for the upstream internals the portal relies on (docs/upstream.md).

Each test checks that what one entry relies on still has the shape and the
behaviour we use, and names that entry when it fails, so an upgrade of Wagtail,
Django or wagtail-localize points at the paragraph to read. The last tests
keep the list and the guards in step.
"""

import inspect
import re
from pathlib import Path
from types import SimpleNamespace

from django import forms
from django.contrib.sitemaps import Sitemap as DjangoSitemap
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.handlers.exception import response_for_exception
from django.db import OperationalError
from django.http import Http404, HttpResponse
from django.template import Context, Template
from django.test import RequestFactory
from django.urls import get_resolver, resolve, reverse

from wagtail import hooks
from wagtail.admin import action_menu
from wagtail.admin.views.generic import chooser as generic_chooser
from wagtail.admin.views.pages import create as pages_create_view
from wagtail.admin.views.pages.edit import EditView
from wagtail.contrib.sitemaps import Sitemap
from wagtail.fields import RichTextField, StreamField
from wagtail.models import GroupApprovalTask, Page, PageViewRestriction, Site
from wagtail.models.sites import get_site_for_hostname
from wagtail.query import PageQuerySet
from wagtail_localize.views import edit_translation, report, snippets_api

import pytest
from csp.middleware import CSPMiddleware

from blog import wagtail_hooks as blog_hooks
from home.models import StandardPage
from labs import wagtail_hooks as labs_hooks
from labs.forms import PUBLISHING_ACTIONS, is_publishing
from labs.models import VideoPageCaption
from portal.companies import api, browsing, bulk, localize, reports, snippet_admin
from portal.i18n import moderation as moderation_hooks
from portal.models import Person
from portal.models.pages import BasePage
from portal.models.querysets import PortalPageQuerySet
from tests.factories.images import ImageFactory
from tests.factories.pages import StandardPageFactory

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "upstream.md"


def entry(name):
    """How a failure names its entry (each guard sets `name`; see the last tests)."""
    return f"docs/upstream.md '{name}'"


def params(function):
    return list(inspect.signature(function).parameters)


def calls(function, callee):
    """Whether function's source calls self.<callee>(…)."""
    return f"self.{callee}(" in inspect.getsource(function)


def upstream_calls(view_class, callee):
    """Whether a Wagtail class in view_class's MRO calls self.<callee>(…)."""
    for cls in view_class.__mro__:
        if not cls.__module__.startswith("wagtail."):
            continue
        for member in vars(cls).values():
            if inspect.isfunction(member) and calls(member, callee):
                return True
    return False


def admin_path(url_name, **kwargs):
    return reverse(url_name, kwargs=kwargs)


def served_by(path, patterns):
    """Whether the portal serves path with one of our shadowing patterns."""
    return resolve(path).func in {pattern.callback for pattern in patterns}


def upstream_match(path):
    """What Wagtail's own admin URLs do with path (as hand_over resolves it)."""
    admin_prefix = reverse("wagtailadmin_home")
    return resolve(path[len(admin_prefix) - 1 :], urlconf="wagtail.admin.urls")


@pytest.mark.django_db
def test_page_route_semantics_match_ours(home_page):
    name = "Page.route"
    assert params(Page.route) == ["self", "request", "path_components"], entry(name)
    assert calls(Page.route_for_request, "route") or ".route(" in inspect.getsource(
        Page.route_for_request
    ), f"{entry(name)}: Wagtail no longer routes requests through Page.route"
    draft = StandardPageFactory(parent=home_page, live=False)
    child = StandardPageFactory(parent=draft)
    hidden = StandardPageFactory(parent=home_page, live=False)
    request = RequestFactory().get("/")
    for route in (Page.route, BasePage.route):
        found = route(home_page, request, [draft.slug, child.slug])
        assert found[0].pk == child.pk, (
            f"{entry(name)}: a draft section no longer routes to its live children"
        )
        for missing in ([hidden.slug], ["no-such-page"]):
            try:
                route(home_page, request, missing)
            except Http404:
                continue
            pytest.fail(f"{entry(name)}: {missing} no longer raises Http404")


@pytest.mark.django_db
def test_cached_public_filters_select_what_wagtail_selects(home_page):
    name = "PageQuerySet.public"
    filters = {"public", "not_public", "private"}
    using_restrictions = {
        attr
        for attr, member in vars(PageQuerySet).items()
        if inspect.isfunction(member) and calls(member, "private_q")
    }
    assert using_restrictions == filters, (
        f"{entry(name)}: PageQuerySet filters by restriction in "
        f"{sorted(using_restrictions)}; override each in PortalPageQuerySet"
    )
    private = StandardPageFactory(parent=home_page)
    StandardPageFactory(parent=private)
    StandardPageFactory(parent=home_page)
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    for method in sorted(filters):
        wagtail = getattr(PageQuerySet(Page), method)()
        ours = getattr(PortalPageQuerySet(Page), method)()
        assert set(ours.values_list("pk", flat=True)) == set(
            wagtail.values_list("pk", flat=True)
        ), f"{entry(name)}: {method}() no longer selects what Wagtail's does"


def test_sitemap_get_urls_still_goes_through_urls():
    name = "Sitemap._urls"
    assert params(DjangoSitemap._urls) == ["self", "page", "protocol", "domain"], entry(
        name
    )
    assert params(Sitemap._urls) == params(DjangoSitemap._urls), entry(name)

    class Probe(Sitemap):
        def _urls(self, page, protocol, domain):
            return ["probe", page, protocol, domain]

    urls = Probe(None).get_urls(
        page=2, site=SimpleNamespace(domain="example.se"), protocol="https"
    )
    assert urls == ["probe", 2, "https", "example.se"], (
        f"{entry(name)}: Sitemap.get_urls() no longer builds its URLs in _urls()"
    )
    source = inspect.getsource(Sitemap._urls)
    assert "self.paginator.page(page)" in source, entry(name)
    assert "self.latest_lastmod" in source, entry(name)


def test_image_tag_takes_any_object_with_get_rendition():
    name = "Image tag with a stand-in image"
    template = Template(
        "{% load wagtailimages_tags %}{% image still fill-640x360 as thumb %}"
        "{{ thumb.url }} {{ thumb.width }}x{{ thumb.height }}"
    )
    still = SimpleNamespace(url="/media/still.jpg", width=1280, height=720)
    still.get_rendition = lambda spec: still
    assert template.render(Context({"still": still})) == "/media/still.jpg 1280x720", (
        entry(name)
    )


def test_should_delete_form_reports_forms_marked_for_deletion():
    name = "BaseFormSet._should_delete_form"

    class Row(forms.Form):
        language = forms.CharField()

    formset_class = forms.formset_factory(Row, can_delete=True, extra=0)
    data = {
        "form-TOTAL_FORMS": "2",
        "form-INITIAL_FORMS": "2",
        "form-0-language": "sv",
        "form-0-DELETE": "on",
        "form-1-language": "en",
    }
    formset = formset_class(data)
    assert formset.is_valid(), entry(name)
    assert params(formset_class._should_delete_form) == ["self", "form"], entry(name)
    marked = [formset._should_delete_form(form) for form in formset.forms]
    assert marked == [True, False], f"{entry(name)}: {marked}"


@pytest.mark.django_db
def test_site_for_request_is_kept_on_the_request(site):
    name = "request._wagtail_site"
    request = RequestFactory().get("/")
    assert getattr(request, "_wagtail_site", None) is None, entry(name)
    found = Site.find_for_request(request)
    assert found == site, entry(name)
    assert getattr(request, "_wagtail_site", None) == site, (
        f"{entry(name)}: Site.find_for_request no longer keeps the site there"
    )
    handed = RequestFactory().get("/")
    handed._wagtail_site = other = Site(hostname="annan.example.se")
    assert Site.find_for_request(handed) is other, (
        f"{entry(name)}: Site.find_for_request no longer takes a site set before"
    )
    assert get_site_for_hostname("okand.example.se", 80) == site, (
        f"{entry(name)}: get_site_for_hostname(hostname, port) changed"
    )


def test_handler500_runs_while_the_exception_is_handled(settings):
    name = "handler500 and sys.exc_info()"
    settings.DEBUG = False
    request = RequestFactory().get("/")
    try:
        raise OperationalError("connection refused")
    except OperationalError as exc:
        response = response_for_exception(request, exc)
    assert response.status_code == 503, (
        f"{entry(name)}: handler500 no longer sees the exception being handled"
    )


def test_new_upload_is_uncommitted_and_stored_file_is_committed():
    name = "FieldFile._committed"
    upload = VideoPageCaption(file=SimpleUploadedFile("ny.vtt", b"WEBVTT\n"))
    stored = VideoPageCaption(file="captions/sparad.vtt")
    assert getattr(upload.file, "_committed", None) is False, (
        f"{entry(name)}: a new upload no longer reads as uncommitted"
    )
    assert getattr(stored.file, "_committed", None) is True, (
        f"{entry(name)}: a stored file no longer reads as committed"
    )


def test_page_editor_still_reads_our_button_names():
    name = "Page editor action buttons"
    buttons = {
        action_menu.PublishMenuItem.name,
        action_menu.SubmitForModerationMenuItem.name,
        action_menu.RestartWorkflowMenuItem.name,
    }
    assert buttons == set(PUBLISHING_ACTIONS), f"{entry(name)}: {sorted(buttons)}"
    source = inspect.getsource(EditView.action_name_and_method.func)
    for button in (*PUBLISHING_ACTIONS, "action-workflow-action"):
        assert f'"{button}"' in source, f"{entry(name)}: {button} is not read"
    assert "workflow-action-name" in inspect.getsource(EditView), entry(name)
    assert '"approve"' in inspect.getsource(GroupApprovalTask.get_actions), entry(name)
    approve = {"action-workflow-action": "1", "workflow-action-name": "approve"}
    assert is_publishing(approve), entry(name)


def test_translation_editor_publish_action_and_hook_order():
    name = "Translation editor publish action"
    source = inspect.getsource(edit_translation.edit_translation)
    assert 'request.POST.get("action") == "publish"' in source, (
        f"{entry(name)}: the translation editor no longer posts action=publish"
    )
    assert "except ValidationError" in source, (
        f"{entry(name)}: a refused publish is no longer caught as a ValidationError"
    )
    modules = [fn.__module__ for fn in hooks.get_hooks("before_edit_page")]
    ours = modules.index(labs_hooks.__name__)
    theirs = modules.index("wagtail_localize.wagtail_hooks")
    assert ours < theirs, f"{entry(name)}: wagtail-localize's hook now runs first"


def test_translation_editor_footer_markup_and_submit_hook():
    name = "Translation editor footer"
    static = Path(edit_translation.__file__).parents[1] / "static_src"
    footer = static / "editor" / "components" / "TranslationEditor" / "footer.tsx"
    menu = static / "common" / "components" / "ActionMenu" / "index.tsx"
    if footer.exists():  # the wheel ships its sources
        source = footer.read_text()
        assert "const defaultAction = actions.pop();" in source, entry(name)
        assert "perms.canPublish" in source and "perms.canDelete" in source
        markup = menu.read_text()
        assert 'className="w-dropdown-button"' in markup, entry(name)
        assert "{defaultAction}" in markup, entry(name)
        assert 'data-w-dropdown-target="content"' in markup, entry(name)
    bundle = static.parent / "static" / "wagtail_localize" / "js"
    script = (bundle / "wagtail-localize.js").read_text()
    assert "js-translation-editor" in script, entry(name)
    assert "DOMContentLoaded" in script, entry(name)
    template = "{% block extra_js %}"
    upstream = (
        Path(edit_translation.__file__).parents[1]
        / "templates/wagtail_localize/admin/edit_translation.html"
    ).read_text()
    assert template in upstream, entry(name)
    assert upstream.index("wagtail-localize.js") > upstream.index(template), entry(name)
    modules = [fn.__module__ for fn in hooks.get_hooks("before_edit_page")]
    ours = modules.index(moderation_hooks.__name__)
    theirs = modules.index("wagtail_localize.wagtail_hooks")
    assert ours < theirs, f"{entry(name)}: wagtail-localize's hook now runs first"


def test_tag_segments_are_read_from_the_field_and_assigned_back():
    name = "Translatable tags"
    from wagtail_localize.fields import TranslatableField, get_translatable_fields
    from wagtail_localize.segments import extract, ingest

    from blog.models import BlogPostPage

    fields = {
        field.field_name: field for field in get_translatable_fields(BlogPostPage)
    }
    assert isinstance(fields["tags"], TranslatableField), entry(name)
    source = inspect.getsource(extract.extract_segments)
    assert "field.get_translatable_segments(" in source, entry(name)
    source = inspect.getsource(ingest.ingest_segments)
    assert "field.restore_translated_segments(" in source, entry(name)
    assert "setattr(translated_obj, field_name, new_value)" in source, entry(name)


BROWSING = {
    "wagtailadmin_explore": "parent_page_id",
    "wagtailadmin_explore_results": "parent_page_id",
    "wagtailadmin_choose_page_child": "parent_page_id",
}


def test_browsing_urls_shadow_the_wagtail_views_they_guard():
    name = "Admin explorer and chooser URLs"
    for url_name, kwarg in BROWSING.items():
        path = admin_path(url_name, **{kwarg: 7})
        assert served_by(path, browsing.browsing_urls), (
            f"{entry(name)}: {path} ({url_name}) is no longer guarded"
        )
        assert upstream_match(path).url_name == url_name, (
            f"{entry(name)}: {path} no longer is Wagtail's {url_name}"
        )
    for fallback in ("wagtailadmin_explore_root", "wagtailadmin_choose_page"):
        assert upstream_match(reverse(fallback)).url_name == fallback, entry(name)


@pytest.mark.django_db
def test_browsing_guard_hands_over_to_wagtail(admin_client, home_page):
    name = "Admin explorer and chooser URLs"
    url = admin_path("wagtailadmin_explore", parent_page_id=home_page.pk)
    response = admin_client.get(url)
    assert response.status_code == 200, entry(name)
    assert response.context["parent_page"].pk == home_page.pk, (
        f"{entry(name)}: hand_over no longer reaches Wagtail's explorer"
    )


SNIPPET = {"app_label": "portal", "model_name": "person"}
GUARDED = {
    "submit_page_translation": {"page_id": 1},
    "submit_snippet_translation": {**SNIPPET, "pk": "1"},
    "update_translations": {"translation_source_id": 1},
    "edit_string_translation": {"translation_id": 1, "string_segment_id": 1},
    "edit_override": {"translation_id": 1, "overridable_segment_id": 1},
    "download_pofile": {"translation_id": 1},
    "upload_pofile": {"translation_id": 1},
    "machine_translate": {"translation_id": 1},
    "preview_translation": {"translation_id": 1},
    "stop_translation": {"translation_id": 1},
    "translations_report": {},
    "translations_report_results": {},
    "snippets_api_listing": SNIPPET,
    "snippets_api_detail": {**SNIPPET, "pk": "1"},
}
# Reviewed and left alone: the script catalog, and a view that checks pages itself.
UNGUARDED = {"javascript_catalog", "convert_to_alias"}


def test_every_localize_url_is_guarded_or_reviewed():
    name = "wagtail-localize admin URLs"
    _prefix, namespace = get_resolver().namespace_dict["wagtail_localize"]
    names = {pattern.name for pattern in namespace.url_patterns}
    assert names == set(GUARDED) | UNGUARDED, (
        f"{entry(name)}: wagtail-localize's admin URLs changed: "
        f"new {sorted(names - set(GUARDED) - UNGUARDED)}, "
        f"gone {sorted(set(GUARDED) | UNGUARDED - names)}"
    )
    for url_name, kwargs in GUARDED.items():
        path = admin_path(f"wagtail_localize:{url_name}", **kwargs)
        assert served_by(path, localize.localize_urls), (
            f"{entry(name)}: {path} ({url_name}) is no longer guarded"
        )
        assert upstream_match(path).view_name == f"wagtail_localize:{url_name}", (
            f"{entry(name)}: {path} no longer is wagtail-localize's {url_name}"
        )


def test_scoped_localize_views_replace_the_same_views():
    name = "wagtail-localize report and snippet API views"
    report_url = admin_path("wagtail_localize:translations_report")
    view = upstream_match(report_url).func
    assert view.view_class is report.TranslationsReportView, entry(name)
    assert issubclass(localize.ScopedTranslationsReport, view.view_class), entry(name)
    api_url = admin_path("wagtail_localize:snippets_api_listing", **SNIPPET)
    api = upstream_match(api_url).func
    assert api.cls is snippets_api.SnippetViewSet, entry(name)
    assert issubclass(localize.ScopedSnippetsApi, api.cls), entry(name)
    translations = report.TranslationsReportView().get_queryset()
    assert translations.model.__name__ == "Translation", (
        f"{entry(name)}: the report no longer lists its rows in get_queryset()"
    )
    snippets = snippets_api.SnippetViewSet(kwargs=SNIPPET).get_queryset()
    assert snippets.model is Person, (
        f"{entry(name)}: the snippet API no longer lists its rows in get_queryset()"
    )


def test_admin_views_still_look_objects_up_where_we_scope_them():
    name = "Admin view object lookups"
    lookups = {
        snippet_admin.ScopedChooseView: "get_object_list",
        snippet_admin.ScopedChooseResultsView: "get_object_list",
        snippet_admin.ScopedChosenView: "get_object",
        snippet_admin.ScopedChosenMultipleView: "get_objects",
        snippet_admin.ScopedEditView: "get_object",
        snippet_admin.ScopedDeleteView: "get_object",
        snippet_admin.ScopedUsageView: "get_object",
        snippet_admin.ScopedHistoryView: "get_object",
        blog_hooks.ScopedIndexView: "get_base_queryset",
        blog_hooks.ScopedInspectView: "get_object",
        blog_hooks.ScopedEditView: "get_object",
        blog_hooks.ScopedDeleteView: "get_object",
        blog_hooks.ScopedHistoryView: "get_object",
        blog_hooks.ScopedUsageView: "get_object",
    }
    for view_class, method in lookups.items():
        assert upstream_calls(view_class, method), (
            f"{entry(name)}: {view_class.__name__}'s Wagtail base no longer "
            f"calls {method}()"
        )
    assert params(generic_chooser.ChosenViewMixin.get_object) == ["self", "pk"], entry(
        name
    )
    assert params(generic_chooser.ChosenMultipleViewMixin.get_objects) == [
        "self",
        "pks",
    ], entry(name)


@pytest.mark.django_db
def test_reference_extraction_finds_chosen_ids():
    name = "extract_references"
    intro = StandardPage._meta.get_field("intro")
    assert isinstance(intro, RichTextField), entry(name)
    links = list(intro.extract_references('<p><a linktype="page" id="5">x</a></p>'))
    assert links == [(Page, "5", "", "")], f"{entry(name)}: {links}"
    body = StandardPage._meta.get_field("body")
    assert isinstance(body, StreamField), entry(name)
    image = ImageFactory()
    value = body.to_python(
        [{"type": "image", "id": "b1", "value": {"image": image.pk, "alt_text": "x"}}]
    )
    found = list(body.extract_references(value))
    assert [(model, str(pk)) for model, pk, _path, _content in found] == [
        (type(image), str(image.pk))
    ], f"{entry(name)}: {found}"
    assert found[0][3].startswith("b1."), (
        f"{entry(name)}: content paths no longer start with the block id: {found}"
    )


def test_csp_nonce_is_kept_on_the_request(rf):
    name = "request._csp_nonce"
    request = rf.get("/")
    middleware = CSPMiddleware(lambda request: None)
    middleware.process_request(request)
    str(request.csp_nonce)
    assert isinstance(getattr(request, "_csp_nonce", None), str), entry(name)
    request._csp_nonce = "stable"
    parts = middleware.get_policy_parts(request, HttpResponse())
    assert parts.nonce == "stable", entry(name)


def test_create_template_gates_autosave_in_its_content_block():
    name = "Page create autosave"
    upstream = Path(pages_create_view.__file__).parents[2] / "templates"
    source = (upstream / "wagtailadmin" / "pages" / "create.html").read_text()
    content = source.split("{% block content %}", 1)
    assert len(content) == 2, entry(name)
    form = content[1].split("{% endblock %}", 1)[0]
    assert "{% if autosave_enabled %}w-autosave{% endif %}" in form, entry(name)
    dispatch = inspect.getsource(pages_create_view.CreateView.dispatch)
    assert '"before_create_page"' in dispatch, entry(name)
    assert "response_is_json(response)" in dispatch, entry(name)


def test_dashboard_still_heads_with_its_branding_welcome_block():
    name = "Dashboard heading"
    from wagtail.admin.views import home

    template = (
        Path(home.__file__).parents[1] / "templates" / "wagtailadmin" / "home.html"
    )
    source = template.read_text()
    assert "{% block branding_welcome %}{{ site_name }}{% endblock %}" in source, entry(
        name
    )


def test_workflow_action_view_keeps_its_name_arguments_and_silence():
    name = "Workflow action view"
    from wagtail.admin.views.generic.workflow import WorkflowAction

    path = reverse(
        "wagtailadmin_pages:workflow_action",
        kwargs={"page_id": 7, "action_name": "approve", "task_state_id": 9},
    )
    match = resolve(path)
    assert match.view_name == "wagtailadmin_pages:workflow_action", entry(name)
    assert {"page_id", "task_state_id"} <= set(match.kwargs), entry(name)
    assert "messages." not in inspect.getsource(WorkflowAction.post), entry(name)


def test_forms_listing_still_renders_its_type_column_from_our_template_name():
    name = "Forms listing type column"
    from wagtail.contrib.forms.views import ContentTypeColumn

    template = "wagtailforms/content_type_column.html"
    assert ContentTypeColumn.cell_template_name == template, entry(name)
    upstream = Path(inspect.getfile(ContentTypeColumn)).parent / "templates" / template
    assert "{{ url }}" in upstream.read_text(), entry(name)


def test_wagtailmedia_chooser_still_filters_by_the_shared_collection_template():
    name = "wagtailmedia chooser collections"
    from wagtailmedia.views import chooser

    shared = "wagtailadmin/shared/collection_chooser.html"
    upstream = Path(inspect.getfile(chooser)).parents[1] / "templates" / "wagtailmedia"
    template = (upstream / "chooser" / "chooser.html").read_text()
    assert f'{{% include "{shared}" %}}' in template, entry(name)
    assert "collections = Collection.objects.all()" in inspect.getsource(
        chooser.chooser
    ), f"{entry(name)}: wagtailmedia may scope the collections now"
    wagtails = Path(generic_chooser.__file__).parents[2] / "templates" / shared
    ours = (ROOT / "portal" / "templates" / shared).read_text()
    for used in ("collections.get_indented_choices", "current_collection.pk"):
        assert used in wagtails.read_text() and used in ours, entry(name)


# The list and the guards stay in step


def documented_entries():
    return re.findall(r"^### (.+?)\s*$", DOC.read_text(), flags=re.MULTILINE)


def guarded_entries():
    source = Path(__file__).read_text()
    return set(re.findall(r'^    name = "([^"]+)"$', source, flags=re.MULTILINE))


def test_every_documented_entry_has_a_guard():
    missing = set(documented_entries()) - guarded_entries()
    assert not missing, f"docs/upstream.md entries without a guard: {sorted(missing)}"


def test_every_guard_names_a_documented_entry():
    entries = documented_entries()
    assert len(entries) == len(set(entries)), "docs/upstream.md repeats an entry"
    unknown = guarded_entries() - set(entries)
    assert not unknown, f"guards naming no docs/upstream.md entry: {sorted(unknown)}"


OBJECT_GUARDS = {
    "wagtailadmin_choose_page_chosen_multiple": {},
    "wagtailadmin_pages:confirm_workflow_cancellation": {"page_id": 7},
    "wagtailimages_chooser:select_format": {"image_id": 7},
    "wagtailmedia:media_usage": {"media_id": 7},
    "wagtailadmin_reports:page_types_usage": {},
    "wagtailadmin_reports:page_types_usage_results": {},
    "wagtailadmin_reports:site_history": {},
    "wagtailadmin_reports:site_history_results": {},
    "wagtailadmin_reports:workflow": {},
    "wagtailadmin_reports:workflow_results": {},
    "wagtailadmin_reports:workflow_tasks": {},
    "wagtailadmin_reports:workflow_tasks_results": {},
    "wagtailadmin_workflows:task_chooser": {},
    "wagtailadmin_workflows:task_chooser_results": {},
    "wagtailadmin_workflows:task_chooser_create": {},
    "wagtailadmin_workflows:task_chosen": {"task_id": 7},
    "wagtailadmin_choose_page_external_link": {},
}


def test_object_guards_shadow_the_views_they_guard():
    name = "Admin URLs guarded by object"
    for url_name, kwargs in OBJECT_GUARDS.items():
        path = admin_path(url_name, **kwargs)
        assert served_by(path, browsing.browsing_urls), (
            f"{entry(name)}: {path} ({url_name}) is no longer guarded"
        )
        assert upstream_match(path).view_name == url_name, (
            f"{entry(name)}: {path} no longer is {url_name}"
        )
    view = upstream_match(admin_path("wagtailadmin_reports:page_types_usage")).func
    assert issubclass(reports.ScopedPageTypesUsage, view.view_class), entry(name)
    view = upstream_match(admin_path("wagtailadmin_reports:site_history")).func
    assert issubclass(reports.ScopedSiteHistory, view.view_class), entry(name)
    # Each log model's viewable_by_user() entries pass through filter_queryset().
    source = inspect.getsource(view.view_class.get_filtered_queryset)
    assert "viewable_by_user(" in source, entry(name)
    assert calls(view.view_class.get_filtered_queryset, "filter_queryset"), entry(name)
    assert upstream_calls(reports.ScopedSiteHistoryFilterSet, "get_users_queryset")


def test_admin_api_endpoints_are_ours():
    name = "Admin API endpoints"
    from wagtail.admin.api.urls import admin_api

    assert admin_api._endpoints["images"] is api.ScopedImagesAPI, entry(name)
    assert admin_api._endpoints["documents"] is api.ScopedDocumentsAPI, entry(name)
    assert calls(api.ScopedImagesAPI.listing_view, "get_queryset"), entry(name)
    assert calls(api.ScopedImagesAPI.get_object, "get_queryset") or upstream_calls(
        api.ScopedImagesAPI, "get_queryset"
    ), entry(name)


def test_api_lookups_go_through_the_base_queryset():
    name = "Wagtail API v2 viewsets"
    from wagtail.api.v2 import filters, pagination, serializers
    from wagtail.api.v2.views import BaseAPIViewSet, PagesAPIViewSet

    from portal.api.views import PortalPagesAPIViewSet

    for page_filter in (
        filters.ChildOfFilter,
        filters.AncestorOfFilter,
        filters.DescendantOfFilter,
        filters.TranslationOfFilter,
    ):
        source = inspect.getsource(page_filter.filter_queryset)
        assert "view.get_base_queryset()" in source, (entry(name), page_filter)
    assert "get_root_page()" in inspect.getsource(filters.ChildOfFilter), entry(name)
    context = inspect.getsource(PagesAPIViewSet.get_serializer_context)
    assert '"base_queryset"] = self.get_base_queryset()' in context, entry(name)
    parent = inspect.getsource(serializers.PageParentField.get_attribute)
    assert 'self.context["base_queryset"]' in parent, entry(name)
    ours = PortalPagesAPIViewSet.filter_backends
    replaced = {filters.LocaleFilter, filters.SearchFilter}
    for backend in PagesAPIViewSet.filter_backends:
        assert backend in replaced or any(issubclass(o, backend) for o in ours), (
            f"{entry(name)}: {backend.__name__} is new"
        )
    for step in ("get_queryset", "check_query_parameters", "paginate_queryset"):
        assert calls(BaseAPIViewSet.listing_view, step), entry(name)
    assert calls(BaseAPIViewSet.find_view, "find_object"), entry(name)
    response = inspect.getsource(pagination.WagtailPagination.get_paginated_response)
    assert "self.total_count" in response, entry(name)


def test_bulk_actions_of_scoped_models_are_ours():
    name = "Bulk action classes"
    from wagtail.admin.views.bulk_action.registry import bulk_action_registry

    bulk_action_registry._scan_for_bulk_actions()
    for app_label, models in bulk_action_registry.actions.items():
        for model_name, actions in models.items():
            if app_label in {"wagtailusers", "auth", "custom_user"}:
                continue  # users are for superusers
            for action_type, action_class in actions.items():
                assert issubclass(action_class, bulk.ScopedBulkActionMixin), (
                    f"{entry(name)}: {app_label}.{model_name} {action_type} "
                    "is not scoped"
                )
