"""What a user's company is: the sites whose trees their groups may edit.

A user's companies are the sites on whose home pages (in any language) one of
their groups holds a page permission; a permission on the Wagtail root (the
portal moderators) or superuser status means everything (EVERYTHING). Every
admin scoping guard and form check in this package asks here. Within their
companies, a user changes content only in the languages whose pages they may
change (translators: not the Swedish originals).
"""

from functools import reduce
from operator import or_

from django.db.models import Q

from wagtail.models import GroupPagePermission, Page, Site

__all__ = [
    "EVERYTHING",
    "changeable_locale_ids",
    "company_site_ids",
    "in_scope",
    "limited",
    "pages_for_chooser",
    "pages_in_trees",
    "permitted_paths",
    "scoped",
    "sites_of",
]

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


def changeable_locale_ids(user):
    """EVERYTHING for moderators, else the locales of the trees whose pages the
    user's groups may add or change."""
    if company_site_ids(user) is EVERYTHING:
        return EVERYTHING
    if not hasattr(user, "_portal_locale_ids"):
        rows = GroupPagePermission.objects.filter(
            group__user=user, permission__codename__in=["add_page", "change_page"]
        )
        user._portal_locale_ids = frozenset(
            rows.values_list("page__locale_id", flat=True)
        )
    return user._portal_locale_ids


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
