"""What a blog offers to explore beside its posts: tags, labs and years.

Built with three queries and kept in the cache under the content version, so
the blog index and its archives stay within the query budget once warm.
"""

from django.db.models import Count

from taggit.models import Tag

from blog.archives import archive_path, tag_path
from labs.models import LabPage
from portal.caching.version import kept_for_version
from portal.i18n.languages import active_language

__all__ = ["explore_links"]

MOST_USED_TAGS = 12


def explore_links(blog):
    """{"tags", "labs", "years"}: (label, path below the blog, post count) lists."""
    name = f"blog-explore:{blog.pk}:{active_language()}"
    return kept_for_version(name, lambda: build(blog))


def build(blog):
    posts = blog.posts().order_by().values("pk")
    tags = (
        Tag.objects.filter(blog_blogpostpagetag_items__content_object__in=posts)
        .annotate(uses=Count("blog_blogpostpagetag_items"))
        .order_by("-uses", "name")[:MOST_USED_TAGS]
    )
    home_path = blog.path[: -blog.steplen]
    lab_keys = blog.posts().order_by().values("related_lab__translation_key")
    labs = (
        LabPage.objects.live()
        .public()
        .filter(
            locale_id=blog.locale_id,
            path__startswith=home_path,
            translation_key__in=lab_keys,
        )
        .order_by("title")
    )
    years = (
        blog.posts()
        .order_by()
        .values("date__year")
        .annotate(count=Count("pk"))
        .order_by("-date__year")
    )
    return {
        "tags": [(tag.name, tag_path(tag), tag.uses) for tag in tags],
        "labs": [(lab.title, archive_path("lab", slug=lab.slug), None) for lab in labs],
        "years": [
            (str(row["date__year"]), f"{row['date__year']}/", row["count"])
            for row in years
        ],
    }
