"""The public API's posts endpoint, /api/v2/posts/ (portal/api/, docs/api.md).

A company's news list: its live, public posts in one language, newest first
by their date, each with its excerpt, authors, tags, lab and hero image.
"""

from blog.models import BlogPostPage
from portal.api import schema as s
from portal.api.views import page_endpoint

__all__ = ["PostsAPIViewSet", "register"]

POST = {
    "date": {**s.DATE, "description": "The post's publication date."},
    "authors": s.array(s.ref("Person")),
    "tags": s.array(s.STRING),
    "lab": s.nullable(s.ref("PageLink")),
    "hero_image": s.nullable(s.ref("ImageUse")),
    "body": s.HTML,
}

PostsAPIViewSet = page_endpoint(
    BlogPostPage,
    "posts",
    listing_fields=[
        "date",
        "excerpt",
        "authors",
        "tags",
        "lab",
        "hero_image",
        "company",
        "translations",
    ],
    order=("-date", "-first_published_at", "-pk"),
    schema=("Post", POST),
)


def register(router):
    router.register_endpoint("posts", PostsAPIViewSet)
