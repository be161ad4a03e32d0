"""A post's neighbours in its blog: the posts before and after it, and related posts.

Both lists are one query each, whatever the size of the blog: the post page
stays within the portal's query budget (tests/portal/test_query_counts.py).
"""

from django.db.models import Q, Subquery

__all__ = ["older_and_newer", "related_posts"]

RELATED_COUNT = 3


def blog_posts(post):
    """The other live, public posts of post's blog (its siblings)."""
    return type(post).objects.live().public().siblings_of(post)


def older_and_newer(post):
    """(the post just before post by date, the one just after), either may be None."""
    posts = blog_posts(post)
    before = Q(date__lt=post.date) | Q(date=post.date, pk__lt=post.pk)
    after = Q(date__gt=post.date) | Q(date=post.date, pk__gt=post.pk)
    older = posts.filter(before).order_by("-date", "-pk").values("pk")[:1]
    newer = posts.filter(after).order_by("date", "pk").values("pk")[:1]
    found = list(posts.filter(Q(pk=Subquery(older)) | Q(pk=Subquery(newer))))
    here = (post.date, post.pk)
    older_pages = [page for page in found if (page.date, page.pk) < here]
    newer_pages = [page for page in found if (page.date, page.pk) > here]
    return (older_pages or [None])[0], (newer_pages or [None])[0]


def related_posts(post, tag_ids, lab):
    """Up to three posts of the blog sharing a tag or the lab with post, newest first.

    The lab is matched by translation key, as in BlogPostPageQuerySet.about().
    """
    shared = Q(tagged_items__tag_id__in=tag_ids) if tag_ids else Q()
    if lab is not None:
        about_lab = Q(related_lab__translation_key=lab.translation_key)
        shared = shared | about_lab if tag_ids else about_lab
    if not shared:
        return []
    posts = blog_posts(post).filter(shared).select_related("hero_image").distinct()
    return list(posts.order_by("-date", "-pk")[:RELATED_COUNT])
