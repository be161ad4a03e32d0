"""A company's documents are served on its own site only.

Wagtail serves every document at /documents/<id>/<file name> on every
hostname, so another company's id typed on a company's host would show that
file under the wrong company's name. A collection belongs to the companies
whose groups hold permissions on it (portal.companies.access) and on the root
of their site; a document in a portal-wide collection is served everywhere.
"""

from django.http import Http404

from wagtail.models import GroupCollectionPermission, GroupPagePermission, Site

__all__ = ["owner_site_ids", "serve_on_own_site_only"]


def owner_site_ids(collection):
    """The ids of the sites of the companies this collection belongs to."""
    groups = GroupCollectionPermission.objects.filter(
        collection__in=collection.get_ancestors(inclusive=True)
    ).values("group")
    roots = GroupPagePermission.objects.filter(group__in=groups).values(
        "page__translation_key"
    )
    sites = Site.objects.filter(root_page__translation_key__in=roots)
    return set(sites.values_list("pk", flat=True))


def serve_on_own_site_only(document, request):
    """before_serve_document: 404 for a company's document on another host."""
    owners = owner_site_ids(document.collection)
    site = Site.find_for_request(request)
    if owners and (site is None or site.pk not in owners):
        raise Http404
