"""Every admin URL pattern, filled with company B's ids, requested as A's people.

Nobody has to remember a URL: the walker reads the resolved URL patterns of
the whole admin (Wagtail, wagtail-localize, wagtailmedia, the admin API, the
portal's own), fills each id argument with the id of B's object of the
matching kind and requests it with GET and POST as A's editor and publisher,
in Swedish and in English. No answer may be a 5xx or contain any of B's
markers, and POSTs must leave B's objects as they were. A pattern it cannot
fill fails the test with its name until it is mapped in KINDS, or listed in
NOT_OBJECT_SCOPED with a reason.
"""

import re

from django.urls import URLResolver, get_resolver
from django.utils import translation

from wagtail.models import Page, Revision, Workflow, WorkflowState

import pytest

from blog.subscribers import Subscriber
from portal.models import SiteSettings
from tests.portal import isolation

pytestmark = pytest.mark.django_db
world = isolation.world  # the shared fixture

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
    "Bolag B moderation",
)
ARGUMENT = re.compile(r"<(?:(\w+):)?(\w+)>|\(\?P<(\w+)>[^)]*\)")

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


def objects(world):
    """Kind -> id of B's object of that kind."""
    b = world.b
    post = b.posts["sv"]
    post.save_revision()
    state = post.get_workflow().start(post, world.moderator)
    subscriber = Subscriber.objects.create(
        email="b-hemlig@example.se", site=b.site, language="sv"
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
        "collection": b.collection.pk,
        "form": b.forms["sv"].pk,
        "subscriber": subscriber.pk,
        "workflow_state": state.pk,
        "task_state": state.current_task_state.pk,
        "revision": Revision.page_revisions.filter(object_id=str(post.pk)).last().pk,
        "site": b.site.pk,
        "settings": SiteSettings.for_site(b.site).pk,
        "workflow": Workflow.objects.get(name="Bolag B moderation").pk,
    }


# (argument name, url name prefix) -> kind; the prefix "" matches any name.
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
    ("pk", "wagtailsnippets_portal_person"): "person",
    ("pk", "wagtailsnippets_portal_organisation"): "organisation",
    ("pk", "wagtailsnippets_portal_footertext"): "footertext",
    ("pk", "wagtailimages"): "image",
    ("pk", "wagtaildocs"): "document",
    ("pk", "wagtailmedia"): "film",
    ("pk", "subscribers"): "subscriber",
    ("pk", "wagtailadmin_pages"): "page",
    ("pk", "wagtailadmin_collections"): "collection",
    ("pk", "wagtailsettings"): "site",
    ("pk", "wagtailadmin_workflows"): "workflow",
    ("pk", "wagtailadmin_api"): "page",
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
        kind
        for (arg, prefix), kind in KINDS.items()
        if arg == argument and name.startswith(prefix)
    ]
    return max(matches, key=len) if matches else None


def fill(route, name, ids):
    """The path with every argument filled, or the arguments it cannot fill."""
    missing = []

    def value(match):
        argument = match.group(2) or match.group(3)
        if argument in PLAIN:
            return PLAIN[argument]
        kind = kind_of_argument(argument, name)
        if kind is None:
            missing.append(argument)
            return "0"
        return str(ids[kind])

    path = ARGUMENT.sub(value, route).replace("\\", "")
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
    )


# Known open findings (issue #13, still to close): the workflow task chooser
# and the workflow reports name other companies' workflows, a POST to
# choose-external-link answers 500, and wagtail-localize's translation ids,
# locales, sites, users, groups, redirects, promotions, uploads and editing
# sessions are not mapped yet. Strict: it fails once they are all closed.
@pytest.mark.xfail(strict=True, reason="open findings listed above")
@pytest.mark.parametrize("language", isolation.LANGUAGES)
def test_no_admin_url_shows_or_changes_another_companys_objects(
    client, world, language
):
    ids = objects(world)
    requests, leaks, unmapped = 0, [], []
    patterns = admin_patterns()
    before = snapshot(world)
    client.raise_request_exception = False  # a 500 is a finding, not a crash
    for account in (world.editor, world.publisher):
        client.force_login(account)
        with translation.override(language):
            for route, name in patterns:
                if name in NOT_OBJECT_SCOPED:
                    continue
                path, missing = fill(route, name, ids)
                if missing:
                    unmapped.append(f"{name} ({', '.join(missing)})")
                    continue
                for method in (client.get, client.post):
                    response = method(path, headers={"accept-language": language})
                    requests += 1
                    text = response.content.decode(errors="replace")
                    found = [m for m in MARKERS if m in text]
                    if response.status_code >= 500 or found:
                        leaks.append(
                            (
                                account.username,
                                method.__name__,
                                path,
                                response.status_code,
                                found,
                            )
                        )
    unmapped = sorted(set(unmapped))
    report = (
        f"walk [{language}]: {len(patterns)} patterns, {requests} requests, "
        f"{len(leaks)} leaks, {len(unmapped)} unmapped"
    )
    print(report)  # noqa: T201 - the walk's report line
    assert not unmapped, "\n".join([report, *unmapped])
    assert not leaks, "\n".join([report, *map(str, leaks)])
    assert snapshot(world) == before
