"""Every admin URL pattern, filled with company B's ids, requested as A's people.

Nobody has to remember a URL: the walker reads the resolved URL patterns of
the whole admin (Wagtail, wagtail-localize, wagtailmedia, the admin API, the
portal's own), fills each id argument with the id of B's object of the
matching kind and requests it with GET and POST as A's editor (in a Swedish
admin) and as A's publisher (in an English one): the scoping is the same code
in both languages, and each language's templates are rendered once. No answer
may be a 5xx or contain any of B's markers, and POSTs must leave B's objects as
they were. A pattern it cannot fill fails the test with its name until it is
mapped in KINDS, or listed in NOT_OBJECT_SCOPED with a reason.
"""

from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.urls import URLResolver, get_resolver
from django.utils import timezone, translation

from wagtail.admin.models import EditingSession
from wagtail.admin.views.reports.audit_logging import (
    LogEntriesView,
    SiteHistoryReportFilterSet,
)
from wagtail.contrib.redirects.models import Redirect
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import (
    Locale,
    Page,
    Revision,
    UploadedFile,
    Workflow,
    WorkflowState,
)
from wagtail_localize.models import (
    OverridableSegment,
    StringSegment,
    Translation,
    TranslationContext,
    TranslationSource,
)

import pytest

from blog.subscribers import Subscriber
from home.models import AccessibilityReport, AccessibilityStatementPage
from portal.companies.reports import ScopedSiteHistory, ScopedSiteHistoryFilterSet
from portal.models import SiteSettings
from search.models import SearchSynonym
from tests.portal import isolation

pytestmark = pytest.mark.django_db

MARKERS = (
    "Hemlig B",
    "B-sida",
    "B-bild",
    "B-dokument",
    "B-film",
    "B-person",
    "B-organisation",
    "B-sidfot",
    "B-brev",
    "b-protokoll",
    "b-film.mp4",
    "b-hemlig@example.se",
    "Granskning hos Bolag B",
    "Bolag B – publicerare",
    "Bolag B – redaktörer",
    "b-anvandare",
    "B-användare",
    "b-uppladdning",
    "b-hemlig-omdirigering",
    "b-hemlig-sokning",
)
# Arguments that name no object of a company, with the value to put there.
PLAIN = {
    "app_label": "portal",
    "app_name": "portal",
    "content_type_app_name": "blog",
    "content_type_model_name": "blogpostpage",
    "media_type": "video",
    "action_name": "approve",
    "action": "delete",
    "mode": "edit",
    "filter_spec": "original",
    "rest": "",
    "uidb64": "x",
    "token": "x",
    "format": "json",
    "model_name": "person",
}

# Patterns that name no company's object (or only a superuser's), and why.
NOT_OBJECT_SCOPED = {
    "wagtailadmin_error_test": "raises on purpose: Wagtail's own 500 page test",
}


def translation_ids(post, english):
    """B's wagtail-localize source, translation and segments of its post."""
    source, created = TranslationSource.get_or_create_from_instance(post)
    if created or not StringSegment.objects.filter(source=source).exists():
        source.refresh_segments()
    target, _ = Translation.objects.get_or_create(source=source, target_locale=english)
    overridable = OverridableSegment.objects.filter(source=source).first()
    if overridable is None:  # the post chooses no image: make the segment
        context, _ = TranslationContext.objects.get_or_create(
            object=source.object, path="hero_image", field_path="hero_image"
        )
        overridable = OverridableSegment.objects.create(
            source=source, context=context, order=99, data_json="1"
        )
    return {
        "translation_source": source.pk,
        "translation": target.pk,
        "string_segment": StringSegment.objects.filter(source=source).first().pk,
        "overridable_segment": overridable.pk,
    }


def people_ids(b, post):
    """B's staff member, who edits, uploads and asks for review."""
    staff = isolation.user("b-anvandare", "Bolag B – publicerare")
    staff.first_name = "B-användare"
    staff.save()
    uploaded = UploadedFile.objects.create(
        file=ContentFile(b"x", name="b-uppladdning.txt"), uploaded_by_user=staff
    )
    session = EditingSession.objects.create(
        user=staff,
        content_type=ContentType.objects.get_for_model(Page),
        object_id=str(post.pk),
        last_seen_at=timezone.now(),
    )
    return staff, {
        "user": staff.pk,
        "group": Group.objects.get(name="Bolag B – redaktörer").pk,
        "upload": uploaded.pk,
        "editing_session": session.pk,
    }


def site_wide_ids(b, post):
    """B's redirect, search promotion and site settings."""
    redirect = Redirect.objects.create(
        old_path="/b-hemlig-omdirigering", site=b.site, redirect_link="/"
    )
    query = Query.get("b-hemlig-sokning")
    SearchPromotion.objects.create(query=query, page=post, description="B-sida")
    settings = SiteSettings.for_site(b.site)
    settings.organisation_name = "B-organisation"
    settings.save()
    workflow = Workflow.objects.get(name="Granskning hos Bolag B")
    return {
        "redirect": redirect.pk,
        "query": query.pk,
        "site": b.site.pk,
        "settings": settings.pk,
        "workflow": workflow.pk,
        "task": workflow.tasks.get().pk,
        "locale": Locale.objects.get(language_code="en").pk,
    }


@pytest.fixture(scope="module")
def ids(world, django_db_blocker):
    """Kind -> id (or URL value) of B's object of that kind, built once."""
    b = world.b
    post = b.posts["sv"]
    with django_db_blocker.unblock(), translation.override("sv"):
        post.save_revision()
        staff, people = people_ids(b, post)
        state = post.get_workflow().start(post, staff)
        subscriber = Subscriber.objects.create(
            email="b-hemlig@example.se", site=b.site, language="sv"
        )
        revision = Revision.page_revisions.filter(object_id=str(post.pk)).last()
        report = AccessibilityReport.objects.create(
            page=AccessibilityStatementPage.objects.descendant_of(b.homes["sv"]).get(),
            message="Hemlig B-rapport",
        )
        return {
            "page": post.pk,
            "draft": b.plain["en"].pk,
            "image": b.image.pk,
            "document": b.document.pk,
            "film": b.film.pk,
            "person": b.snippets["person"].pk,
            "organisation": b.snippets["organisation"].pk,
            "footertext": b.snippets["footertext"].pk,
            "synonym": SearchSynonym.objects.create(
                site=b.site, words="boende, hyresgäst"
            ).pk,
            "collection": b.collection.pk,
            "form": b.forms["sv"].pk,
            "subscriber": subscriber.pk,
            "accessibility_report": report.pk,
            "workflow_state": state.pk,
            "task_state": state.current_task_state.pk,
            "revision": revision.pk,
            **people,
            **site_wide_ids(b, post),
            **translation_ids(post, Locale.objects.get(language_code="en")),
            # URL values that name a model rather than an object
            "page_app": "wagtailcore",
            "page_model": "page",
            "settings_model": "sitesettings",
        }


# (argument name, url name prefix) -> kind; the longest matching prefix wins,
# and "" matches any name ("?" names wagtail-localize's unnamed shadows).
KINDS = {
    ("page_id", ""): "page",
    ("parent_page_id", ""): "page",
    ("page_to_move_id", ""): "page",
    ("destination_id", ""): "draft",
    ("page_pk", ""): "page",
    ("image_id", ""): "image",
    ("document_id", ""): "document",
    ("doc_id", ""): "document",
    ("media_id", ""): "film",
    ("revision_id", ""): "revision",
    ("workflow_state_id", ""): "workflow_state",
    ("task_state_id", ""): "task_state",
    ("collection_id", ""): "collection",
    ("workflow_pk", ""): "workflow",
    ("task_id", ""): "task",
    ("translation_id", ""): "translation",
    ("translation_source_id", ""): "translation_source",
    ("string_segment_id", ""): "string_segment",
    ("overridable_segment_id", ""): "overridable_segment",
    ("uploaded_file_id", ""): "upload",
    ("session_id", ""): "editing_session",
    ("redirect_id", ""): "redirect",
    ("query_id", ""): "query",
    ("report_id", ""): "accessibility_report",
    ("app_label", "wagtailadmin_editing_sessions"): "page_app",
    ("model_name", "wagtailadmin_editing_sessions"): "page_model",
    ("object_id", "wagtailadmin_editing_sessions"): "page",
    ("model_name", "wagtailsettings"): "settings_model",
    ("pk", "?"): "person",  # wagtail-localize's snippet views: portal/person
    ("pk", "wagtail_localize"): "person",
    ("pk", "wagtailsnippets_portal_person"): "person",
    ("pk", "wagtailsnippets_portal_organisation"): "organisation",
    ("pk", "wagtailsnippets_portal_footertext"): "footertext",
    ("pk", "wagtailsnippetchoosers_portal_person"): "person",
    ("pk", "wagtailsnippetchoosers_portal_organisation"): "organisation",
    ("pk", "wagtailsnippetchoosers_portal_footertext"): "footertext",
    ("pk", "wagtailsnippets_search_searchsynonym"): "synonym",
    ("pk", "wagtailsnippetchoosers_search_searchsynonym"): "synonym",
    ("pk", "wagtailimages"): "image",
    ("pk", "wagtaildocs"): "document",
    ("pk", "wagtailmedia"): "film",
    ("pk", "subscribers"): "subscriber",
    ("pk", "wagtailadmin_pages"): "page",
    ("pk", "wagtailadmin_collections"): "collection",
    ("pk", "wagtailsettings"): "site",
    ("pk", "wagtailadmin_workflows"): "workflow",
    ("pk", "wagtailadmin_workflows:edit_task"): "task",
    ("pk", "wagtailadmin_workflows:disable_task"): "task",
    ("pk", "wagtailadmin_workflows:enable_task"): "task",
    ("pk", "wagtailadmin_api"): "page",
    # Global admin areas: only superusers hold their permissions, so Wagtail
    # refuses a company's people; the walker still asks with B's ids.
    ("pk", "wagtaillocales"): "locale",
    ("pk", "wagtailsites"): "site",
    ("pk", "wagtailusers_users"): "user",
    ("pk", "wagtailusers_groups"): "group",
}


def admin_patterns():
    """(route, url name) of every admin URL pattern."""
    found = []

    def walk(patterns, prefix, namespaces):
        for pattern in patterns:
            route = prefix + str(pattern.pattern).lstrip("^").rstrip("$")
            if isinstance(pattern, URLResolver):
                names = (
                    [*namespaces, pattern.namespace]
                    if pattern.namespace
                    else namespaces
                )
                walk(pattern.url_patterns, route, names)
            elif route.startswith("admin/"):
                found.append((route, ":".join([*namespaces, pattern.name or "?"])))

    walk(get_resolver().url_patterns, "", [])
    return found


def kind_of_argument(argument, name):
    matches = [
        (prefix, kind)
        for (arg, prefix), kind in KINDS.items()
        if arg == argument and name.startswith(prefix)
    ]
    return max(matches, key=lambda match: len(match[0]))[1] if matches else None


def fill(route, name, ids):
    """The path with every argument filled, or the arguments it cannot fill."""
    missing = []

    def value(match):
        argument = isolation.argument_name(match)
        kind = kind_of_argument(argument, name)
        if kind is None and argument in PLAIN:
            return PLAIN[argument]
        if kind is None:
            missing.append(argument)
            return "0"
        return str(ids[kind])

    path = isolation.URL_ARGUMENT.sub(value, route).replace("\\", "")
    return "/" + path, missing


def snapshot(world):
    b = world.b
    pages = Page.objects.filter(path__startswith=b.homes["sv"].path[:4])
    return (
        list(
            pages.values_list("pk", "title", "live", "path", "has_unpublished_changes")
        ),
        Revision.objects.count(),
        WorkflowState.objects.values_list("pk", "status").order_by("pk").__str__(),
        [str(obj) for obj in b.snippets.values()],
        Subscriber.objects.count(),
        [
            model.objects.count()
            for model in (Redirect, Query, UploadedFile, EditingSession, Group)
        ],
        list(SiteSettings.objects.values_list("pk", "organisation_name")),
        list(AccessibilityReport.objects.values_list("pk", "answered_at")),
    )


class Walk:
    """Requests every filled pattern as one account; collects what it finds."""

    def __init__(self, client, ids, language):
        self.client, self.ids, self.language = client, ids, language
        self.requests, self.leaks, self.unmapped = 0, [], []

    def ask(self, account, method, path):
        response = method(path, headers={"accept-language": self.language})
        self.requests += 1
        text = response.content.decode(errors="replace")
        found = [m for m in MARKERS if m in text]
        if response.status_code >= 500 or found:
            leak = (account.username, method.__name__, path, response.status_code)
            self.leaks.append((*leak, found))
        if "_auth_user_id" not in self.client.session:  # logout ends the session
            self.client.force_login(account)

    def run(self, account, patterns):
        self.client.force_login(account)
        with translation.override(self.language):
            for route, name in patterns:
                if name in NOT_OBJECT_SCOPED:
                    continue
                path, missing = fill(route, name, self.ids)
                if missing:
                    self.unmapped.append(f"{name} ({', '.join(missing)})")
                    continue
                for method in (self.client.get, self.client.post):
                    self.ask(account, method, path)


@pytest.mark.parametrize(("role", "language"), [("editor", "sv"), ("publisher", "en")])
def test_no_admin_url_shows_or_changes_another_companys_objects(
    client, world, ids, role, language
):
    patterns = admin_patterns()
    before = snapshot(world)
    client.raise_request_exception = False  # a 500 is a finding, not a crash
    walk = Walk(client, ids, language)
    walk.run(getattr(world, role), patterns)
    unmapped = sorted(set(walk.unmapped))
    report = (
        f"walk [{language}]: {len(patterns)} patterns, {walk.requests} requests, "
        f"{len(walk.leaks)} leaks, {len(unmapped)} unmapped"
    )
    print(report)  # noqa: T201 - the walk's report line
    print(*walk.leaks, sep="\n")  # noqa: T201 - shown when an assertion fails
    assert not unmapped, "\n".join([report, *unmapped])
    assert not walk.leaks, "\n".join([report, *map(str, walk.leaks)])
    assert snapshot(world) == before


def test_the_walk_finds_a_leak_once_a_guard_is_switched_off(
    client, world, ids, monkeypatch
):
    """The walk can fail: without its scoping, the site history names B's staff."""
    monkeypatch.setattr(
        ScopedSiteHistory, "filter_queryset", LogEntriesView.filter_queryset
    )
    monkeypatch.setattr(
        ScopedSiteHistoryFilterSet,
        "get_users_queryset",
        SiteHistoryReportFilterSet.get_users_queryset,
    )
    patterns = [p for p in admin_patterns() if p[1].endswith(":site_history")]
    walk = Walk(client, ids, "sv")
    walk.run(world.editor, patterns)
    assert patterns and walk.requests == 2 * len(patterns)
    assert any("B-användare" in leak[-1] for leak in walk.leaks), walk.leaks
