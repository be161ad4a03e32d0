"""What the umbrella portal's home and companies listing show of every company.

Everything is fetched by query in the home's locale, a fixed number of queries
per list however many companies and posts there are: company names, logos and
root paths come from caches, each card's site from Wagtail's cached root paths.
"""

import functools

from django.core.paginator import Paginator
from django.utils import translation
from django.utils.functional import SimpleLazyObject

from wagtail.models import Site

from blog.models import BlogPostPage
from labs.models import LabPage, VideoPage
from portal.caching.company_cards import company_name, site_directory, site_home_url
from portal.caching.listings import CachedListing
from portal.caching.version import content_version

POSTS_PER_PAGE = 9
LABS_PER_PAGE = 6
VIDEOS_PER_PAGE = 6
COMPANIES_PER_PAGE = 12


def paginate(request, items, per_page, param):
    """One page of items; a missing, odd or too large number gives a real page."""
    return Paginator(items, per_page).get_page(request.GET.get(param))


def with_company(pages, request):
    """pages (a list) with .card_url on their own site's host and .company."""
    for page in pages:
        site_id, root_url, path = page.get_url_parts(request) or (None, None, None)
        page.card_url = (root_url or "") + (path or "")
        page.card_site_id = site_id
        page.company = company_name(site_id)
    return pages


def card_page(request, queryset, per_page, param):
    items = paginate(request, queryset, per_page, param)
    rows = items.object_list
    items.object_list = SimpleLazyObject(lambda: with_company(list(rows), request))
    return items


def portal_home_context(home, request):
    """The latest posts, labs and films of every site in home's locale."""
    locale_id = home.locale_id
    # The company is the byline on the portal, so authors are not fetched.
    # Sorting and counting every company's pages grows with the portal; the
    # order changes only on publish, so it is cached (portal.caching.listings).
    posts, labs, videos = (
        CachedListing(
            functools.partial(model.objects.cards_across_sites, locale_id),
            f"portal-{model._meta.model_name}:{locale_id}",
            rows=model.objects.live().for_cards().prefetch_related(None),
        )
        for model in (BlogPostPage, LabPage, VideoPage)
    )
    return {
        "portal_posts": card_page(request, posts, POSTS_PER_PAGE, "page"),
        "portal_labs": card_page(request, labs, LABS_PER_PAGE, "labs"),
        "portal_videos": card_page(request, videos, VIDEOS_PER_PAGE, "videos"),
        # The listings' HTML is cached under it (home/home_page.html): their
        # rows are read only when it is missing.
        "listings_version": content_version(),
    }


def companies_context(home, request):
    """A page of companies (every site but the portal's) with labs and post count."""
    language = translation.get_language()
    companies = sorted(
        (
            {"site_id": site_id, **company}
            for site_id, company in site_directory().items()
            if not company["is_default"]
        ),
        key=lambda company: company["name"].casefold(),
    )
    page = paginate(request, companies, COMPANIES_PER_PAGE, "page")
    shown = {company["site_id"] for company in page.object_list}
    roots = [
        root
        for root in Site.get_site_root_paths()
        if root.site_id in shown and root.language_code == language
    ]
    labs = with_company(
        list(LabPage.objects.cards_across_sites(home.locale_id, roots)), request
    )
    counts = BlogPostPage.objects.counts_by_site(home.locale_id, roots)
    page.object_list = [
        {
            **company,
            "home_url": site_home_url(company["site_id"], language),
            "post_count": counts.get(company["site_id"], 0),
            "labs": [lab for lab in labs if lab.card_site_id == company["site_id"]],
        }
        for company in page.object_list
    ]
    return {"companies": page}
