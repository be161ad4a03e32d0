"""Each company's groups, collections and workflow; the moderators who see all.

Page, image, document and media isolation is Wagtail's own: GroupPagePermission
on the company's home pages and GroupCollectionPermission on its collection.
Page permissions go on every locale root of the site (the Swedish home and its
English translation): the English tree is a sibling of the Swedish one, not a
child, so a permission on the Swedish home alone would not reach it. Site
settings use GroupSitePermission. Snippets, which Wagtail keeps global, are
scoped in portal.companies.snippet_admin, blog subscribers in blog/wagtail_hooks.py.
Nothing here grants users, groups, sites or redirects: those stay with
superusers.

Three roles per company: editors write and submit for moderation, publishers
also publish, approve and start translations, translators start, edit and
publish the English tree and English snippets only. wagtail-localize's
`submit_translation` is a global permission; portal.companies.localize
confines it to the user's company.
"""

from dataclasses import dataclass

from django.contrib.auth.models import Group, Permission

from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    GroupSitePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

MODERATORS = "Portalmoderatorer"
# The admin shows these names as they are (they are data, not translated), and
# the people who read them work in Swedish. home/migrations/0005 renamed the
# English names earlier portals were given.
EDITORS = "{} – redaktörer"
PUBLISHERS = "{} – publicerare"
TRANSLATORS = "{} – översättare"
WORKFLOW = "Granskning hos {}"
APPROVAL_TASK = "Godkännande av publicerare på {}"
EDITOR_PAGE = ["add_page", "change_page"]
PUBLISHER_PAGE = [*EDITOR_PAGE, "publish_page", "lock_page", "unlock_page"]
MODERATOR_PAGE = [*PUBLISHER_PAGE, "bulk_delete_page"]
# Translators edit and publish the translated trees. On the Swedish tree they
# need only to see its pages in the explorer, to choose "Översätt" there;
# Wagtail shows a page to groups holding add, change, publish, lock or unlock
# on it, and lock is the one that changes no content (publishers can unlock).
TRANSLATOR_PAGE = ["change_page", "publish_page"]
TRANSLATOR_SOURCE_PAGE = ["lock_page"]
EDITOR_COLLECTION = [
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.choose_image",
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.choose_document",
    "wagtailmedia.add_media",
    "wagtailmedia.change_media",
]
# Enough to swap an image or a document for an English one in a translation.
TRANSLATOR_COLLECTION = ["wagtailimages.choose_image", "wagtaildocs.choose_document"]
PUBLISHER_COLLECTION = [
    *EDITOR_COLLECTION,
    "wagtailimages.delete_image",
    "wagtaildocs.delete_document",
    "wagtailmedia.delete_media",
]
SNIPPETS = ["person", "organisation", "footertext"]
# Search synonyms are a company's snippets too (search.SearchSynonym).
SEARCH_SNIPPETS = ["search.{action}_searchsynonym"]
EDITOR_MODEL = [
    "wagtailadmin.access_admin",
    *[f"portal.{action}_{name}" for name in SNIPPETS for action in ("add", "change")],
    *[
        name.format(action=action)
        for name in SEARCH_SNIPPETS
        for action in ("add", "change")
    ],
]
# Subscribers' addresses are personal data: publishers, who answer for the
# company, may list, export and erase them (scoped in blog/wagtail_hooks.py);
# editors, who write, need not see them.
SUBSCRIBERS = ["blog.view_subscriber", "blog.delete_subscriber"]
# "Översätt" and "Synkronisera översatta sidor" on pages and snippets.
SUBMIT_TRANSLATION = "wagtail_localize.submit_translation"
PUBLISHER_MODEL = [
    *EDITOR_MODEL,
    *[f"portal.delete_{name}" for name in SNIPPETS],
    *[name.format(action="delete") for name in SEARCH_SNIPPETS],
    *SUBSCRIBERS,
    SUBMIT_TRANSLATION,
]
# Changing a snippet opens its translation editor; the Swedish originals stay
# out of reach (portal.companies.snippet_admin: only the locales whose pages
# the user may change).
TRANSLATOR_MODEL = [
    "wagtailadmin.access_admin",
    SUBMIT_TRANSLATION,
    *[f"portal.change_{name}" for name in SNIPPETS],
]
# Moderators hold the site settings permission globally, companies per site.
MODERATOR_MODEL = [*PUBLISHER_MODEL, "portal.change_sitesettings"]
SETTINGS = "portal.change_sitesettings"


def may_add_companies(user):
    """Moderators and superusers: they hold the settings permission globally.

    A company's own groups hold it per site (GroupSitePermission), which
    Django's has_perm does not count.
    """
    return user.is_active and user.has_perm(SETTINGS)


@dataclass
class CompanyAccess:
    editors: Group
    publishers: Group
    translators: Group
    collection: Collection
    workflow: Workflow


def permissions(names):
    """Permission objects by "app_label.codename", in one query."""
    wanted = {tuple(name.split(".")) for name in names}
    found = Permission.objects.filter(
        codename__in=[codename for _app, codename in wanted]
    ).select_related("content_type")
    result = [p for p in found if (p.content_type.app_label, p.codename) in wanted]
    if len(result) != len(wanted):
        raise LookupError(f"Missing permissions among {sorted(names)}")
    return result


def page_permissions(codenames):
    return list(
        Permission.objects.filter(
            content_type__app_label="wagtailcore", codename__in=codenames
        )
    )


def grant_pages(group, pages, codenames):
    for permission in page_permissions(codenames):
        for page in pages:
            GroupPagePermission.objects.get_or_create(
                group=group, page=page, permission=permission
            )


def grant_collection(group, collection, names):
    for permission in permissions(names):
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=permission
        )


def locale_roots(site):
    """The site's home page in every language it has."""
    return list(Page.objects.filter(translation_key=site.root_page.translation_key))


def translated_roots(site):
    """The site's home page in every language but its own (the Swedish one)."""
    return [page for page in locale_roots(site) if page.pk != site.root_page_id]


def company_collection(name):
    """The company's collection, with one child for images and one for documents."""
    root = Collection.get_first_root_node()
    collection = root.get_children().filter(name=name).first()
    collection = collection or root.add_child(name=name)
    for child in ("Bilder", "Dokument"):
        if not collection.get_children().filter(name=child).exists():
            collection.add_child(name=child)
    return Collection.objects.get(pk=collection.pk)  # numchild after add_child


def ensure_moderators():
    """Portal moderators: every page, collection, snippet and site setting."""
    group, _ = Group.objects.get_or_create(name=MODERATORS)
    group.permissions.add(*permissions(MODERATOR_MODEL))
    grant_pages(group, [Page.get_first_root_node()], MODERATOR_PAGE)
    grant_collection(group, Collection.get_first_root_node(), PUBLISHER_COLLECTION)
    return group


def company_group(name, model_permissions, site, pages, collection, page_codenames):
    group, _ = Group.objects.get_or_create(name=name)
    group.permissions.add(*permissions(model_permissions))
    grant_pages(group, pages, page_codenames)
    grant_collection(group, collection, model_permissions_of(page_codenames))
    GroupSitePermission.objects.get_or_create(
        group=group, site=site, permission=permissions([SETTINGS])[0]
    )
    return group


def model_permissions_of(page_codenames):
    """Publishers may delete media as well; editors may only add and change."""
    if "publish_page" in page_codenames:
        return PUBLISHER_COLLECTION
    return EDITOR_COLLECTION


def ensure_company_access(site, name=None):
    """Groups, collection and workflow of the company whose site this is."""
    name = name or site.site_name
    roots = locale_roots(site)
    collection = company_collection(name)
    moderators = ensure_moderators()
    editors = company_group(
        EDITORS.format(name), EDITOR_MODEL, site, roots, collection, EDITOR_PAGE
    )
    publishers = company_group(
        PUBLISHERS.format(name),
        PUBLISHER_MODEL,
        site,
        roots,
        collection,
        PUBLISHER_PAGE,
    )
    translators = ensure_translators(name, site, collection)
    workflow = ensure_workflow(name, [publishers, moderators], roots)
    return CompanyAccess(editors, publishers, translators, collection, workflow)


def ensure_translators(name, site, collection):
    """Translators: the company's translated trees and the Swedish one in view.

    No site settings, no Swedish page or snippet to change, and no approving:
    the workflow's task is for both languages.
    """
    group, _ = Group.objects.get_or_create(name=TRANSLATORS.format(name))
    group.permissions.add(*permissions(TRANSLATOR_MODEL))
    grant_pages(group, [site.root_page], TRANSLATOR_SOURCE_PAGE)
    grant_pages(group, translated_roots(site), TRANSLATOR_PAGE)
    grant_collection(group, collection, TRANSLATOR_COLLECTION)
    return group


def ensure_workflow(name, approvers, pages):
    """Editors submit; the company's publishers (or a moderator) approve."""
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW.format(name))
    task = GroupApprovalTask.objects.filter(name=APPROVAL_TASK.format(name)).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=APPROVAL_TASK.format(name))
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    task.groups.add(*approvers)
    for page in pages:
        WorkflowPage.objects.get_or_create(page=page, defaults={"workflow": workflow})
    return workflow
