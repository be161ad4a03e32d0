"""RSS 2.0 and Atom 1.0 feeds of an archive: the newest posts in one language.

Entries link to each post on its own site's host, so the portal-wide feed
sends readers to the company that wrote the post.
"""

import datetime
import html
import mimetypes

from django.contrib.syndication.views import Feed
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Enclosure, Rss201rev2Feed
from django.utils.html import strip_tags
from django.utils.translation import gettext as _

from wagtail.images import get_image_model

from portal.caching.chrome import get_chrome

FEED_LENGTH = 20
ENCLOSURE_SPEC = "width-1200"
NOON = datetime.time(12)
FEED_TYPES = {"rss": Rss201rev2Feed, "atom": Atom1Feed}


def feed_posts(posts):
    """The newest posts with what an entry shows, in a fixed number of queries."""
    images = get_image_model().objects.prefetch_renditions(ENCLOSURE_SPEC)
    return list(
        posts.select_related(None)
        .prefetch_related(None)
        .select_related("locale")
        .prefetch_related(
            Prefetch("hero_image", queryset=images),
            "authors__person",
            "tags",
        )[:FEED_LENGTH]
    )


def plain_text(rich_text):
    return " ".join(html.unescape(strip_tags(rich_text or "")).split())


class PostFeed(Feed):
    """A feed of one archive; built per request, as archives are."""

    def __init__(self, request, archive, kind):
        super().__init__()
        self.request = request
        self.archive = archive
        self.feed_type = FEED_TYPES[kind]
        self.kind = kind
        self.site_name = get_chrome(request).get("site_name", "")

    def get_object(self, request, *args, **kwargs):
        return self.archive

    def title(self, archive):
        return f"{archive.title} – {self.site_name}"

    def link(self, archive):
        return archive.full_url

    def feed_url(self, archive):
        return self.request.build_absolute_uri(archive.feed_url(self.kind))

    def description(self, archive):
        return _("The newest posts: %(title)s") % {"title": archive.title}

    def items(self, archive):
        return feed_posts(archive.posts)

    def item_title(self, post):
        return post.title

    def item_link(self, post):
        return post.get_full_url(self.request)

    def item_description(self, post):
        return plain_text(post.intro)

    def item_pubdate(self, post):
        """The post's date; its publication time when it went live that day.

        Otherwise noon: readers in UTC would see midnight in Sweden as the day before.
        """
        published = post.first_published_at
        if published and timezone.localtime(published).date() == post.date:
            return published
        return timezone.make_aware(datetime.datetime.combine(post.date, NOON))

    def item_updateddate(self, post):
        return max(
            post.last_published_at or self.item_pubdate(post), self.item_pubdate(post)
        )

    def item_author_name(self, post):
        return ", ".join(author.person.name for author in post.authors.all()) or None

    def item_categories(self, post):
        return [tag.name for tag in post.tags.all()]

    def item_enclosures(self, post):
        if not post.hero_image:
            return []
        rendition = post.hero_image.get_rendition(ENCLOSURE_SPEC)
        url = rendition.url
        if not url.startswith(("http://", "https://")):
            _site_id, root_url, _path = post.get_url_parts(self.request)
            url = root_url + url
        mime_type = mimetypes.guess_type(rendition.file.name)[0] or "image/jpeg"
        try:
            length = rendition.file.size
        except OSError:
            length = 0
        return [Enclosure(url, str(length), mime_type)]


def serve_feed(request, archive, kind):
    return PostFeed(request, archive, kind)(request)
