"""Queries for cards that list pages of another app, without importing that app.

Each model's for_cards() joins the card image in; Wagtail keeps renditions in
the default cache, so after the first view a card costs no query of its own.
"""

from django.apps import apps
from django.db.models import Count, Q

from wagtail.models import Site

from portal.privacy import public


def posts_under(root):
    """Live, public blog posts below root, newest first, ready to render as cards."""
    post_model = apps.get_model("blog", "BlogPostPage")
    return post_model.objects.live().public().descendant_of(root).for_cards()


def labs_under(root):
    lab_model = apps.get_model("labs", "LabPage")
    return lab_model.objects.live().public().descendant_of(root).for_cards()


def films_under(root):
    video_model = apps.get_model("labs", "VideoPage")
    return video_model.objects.live().public().descendant_of(root).for_cards()


def posts_about(lab):
    """Live, public posts in the lab's language about the lab, newest first.

    Matched by the lab's translation key: wagtail-localize copies a post's lab
    link unchanged, so an English post may still point at the Swedish lab.
    """
    post_model = apps.get_model("blog", "BlogPostPage")
    return (
        post_model.objects.live()
        .public()
        .filter(
            locale_id=lab.locale_id, related_lab__translation_key=lab.translation_key
        )
        .for_cards()
    )


# Across sites: the umbrella portal lists every company's pages of one locale.


def under_roots_q(roots):
    """Pages below any of roots (Wagtail's SiteRootPath tuples), by URL path."""
    q = Q()
    for root in roots:
        q |= Q(url_path__startswith=root.root_path)
    return q if q else Q(pk__in=[])


def across_sites(model_label, locale_id, roots=None):
    """Live, public pages of model on any site (or below roots) in one locale.

    Pages outside every site have no address, so they are left out; the
    Wagtail-cached root paths include each site's translated roots.
    """
    model = apps.get_model(model_label)
    roots = Site.get_site_root_paths() if roots is None else roots
    pages = model.objects.live().filter(under_roots_q(roots), locale_id=locale_id)
    return public(pages).for_cards()


def posts_across_sites(locale_id, roots=None):
    # The company is the byline on the portal, so authors are not fetched.
    return across_sites("blog.BlogPostPage", locale_id, roots).prefetch_related(None)


def labs_across_sites(locale_id, roots=None):
    return across_sites("labs.LabPage", locale_id, roots)


def films_across_sites(locale_id, roots=None):
    return across_sites("labs.VideoPage", locale_id, roots)


def post_counts(locale_id, roots):
    """{site id: live, public posts below its root in roots}, in one query."""
    if not roots:
        return {}
    post_model = apps.get_model("blog", "BlogPostPage")
    posts = public(post_model.objects.live().filter(locale_id=locale_id))
    counts = posts.aggregate(
        **{
            f"site_{index}": Count("pk", filter=Q(url_path__startswith=root.root_path))
            for index, root in enumerate(roots)
        }
    )
    totals = {}
    for index, root in enumerate(roots):
        totals[root.site_id] = totals.get(root.site_id, 0) + counts[f"site_{index}"]
    return totals
