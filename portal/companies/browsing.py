"""Admin URLs that browse below a page id: refused outside the user's company.

Wagtail lists only explorable children, but shows the parent page named in the
URL whatever it is. These views sit before Wagtail's admin URLs in
portal/urls.py (docs/upstream.md, "Admin explorer and chooser URLs") and hand
over to Wagtail when allowed.
"""

from django.shortcuts import redirect
from django.urls import path, resolve, reverse

from wagtail.permissions import page_permission_policy

__all__ = ["browsing_urls", "explorable", "guard_browsing", "hand_over"]


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
