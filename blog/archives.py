"""Archives of a blog (by tag, author, month or lab) and their feeds.

Routes hang off the blog index with RoutablePageMixin. Child pages win over
routes: BasePage.route finds the deepest page by slug first and hands only
the rest of the path to the blog index. Each archive word (an English msgid,
"tag/" is "tagg/" in Swedish) has a route per language; all resolve, links
and canonical URLs use the active language's word.
"""

import datetime
from dataclasses import dataclass

from django.db.models import QuerySet
from django.http import Http404
from django.utils.formats import date_format
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from taggit.models import Tag
from wagtail.contrib.routable_page.models import RoutablePageMixin, re_path
from wagtail.models import Site

from labs.models import LabPage
from portal.i18n.languages import active_language
from portal.i18n.routes import routes_per_language
from portal.models import Person

# Archive kind -> its route word, translated per language.
ROUTE_WORDS = {
    "tag": gettext_noop("tag/"),
    "author": gettext_noop("author/"),
    "lab": gettext_noop("lab/"),
}
FEED_KINDS = ("rss", "atom")
SLUG = r"(?P<slug>[^/]+)"
AUTHOR = r"(?P<person_id>\d+)-(?P<slug>[^/]*)"


def archive_routes(kind, pattern):
    """Decorate a view with its page and feed routes in every language."""
    word = ROUTE_WORDS[kind]
    page = routes_per_language(re_path, word, kind, "^", rf"{pattern}/$")
    feed = routes_per_language(
        re_path, word, f"{kind}_feed", "^", rf"{pattern}/(?P<feed>rss|atom)/$"
    )
    return lambda view: feed(page(view))


@dataclass
class Archive:
    """What one archive page or feed shows: its posts and where it lives."""

    title: str
    path: str  # relative to the blog index, '' for the whole blog
    posts: QuerySet
    has_feed: bool = True
    blog: object = None

    @property
    def url(self):
        return self.blog.url + self.path

    @property
    def full_url(self):
        return self.blog.full_url + self.path

    def feed_url(self, kind):
        return f"{self.url}{kind}/" if self.has_feed else None

    def feed_urls(self):
        return feed_links(self.url) if self.has_feed else []


def feed_links(url):
    """[(kind, url)] of the RSS and Atom feeds of the blog or archive at url."""
    return [(kind, f"{url}{kind}/") for kind in FEED_KINDS]


def archive_path(kind, **kwargs):
    """Path below the blog index of an archive, in the active language's words."""
    name = f"{kind}_{active_language()}"
    return BlogArchiveMixin.get_resolver().reverse(name, **kwargs).lstrip("/")


def tag_path(tag):
    return archive_path("tag", slug=tag.slug)


def author_path(person):
    return archive_path("author", person_id=person.pk, slug=slugify(person.name))


def lab_feeds(lab, blog):
    """[(kind, url)] of the lab's archive feeds on blog, as chrome's (url, path).

    Empty when the blog is not in the lab's home (another site or language):
    its lab archive would not find the lab.
    """
    if not blog:
        return []
    blog_url, blog_path = blog
    if not lab.path.startswith(blog_path[: -lab.steplen]):
        return []
    return feed_links(blog_url + archive_path("lab", slug=lab.slug))


class BlogArchiveMixin(RoutablePageMixin):
    """Archive and feed routes of BlogIndexPage; it must precede BasePage."""

    def whole_blog(self):
        return Archive(self.title, "", self.posts(), blog=self)

    def serve_archive(self, request, archive, feed=None):
        if feed:
            from blog.feeds import serve_feed

            return serve_feed(request, archive, feed)
        return self.render(
            request, template="blog/blog_archive_page.html", archive=archive
        )

    @re_path(r"^(?P<feed>rss|atom)/$", name="feed")
    def blog_feed(self, request, feed):
        return self.serve_archive(request, self.whole_blog(), feed)

    @archive_routes("tag", SLUG)
    def tag_archive(self, request, slug, feed=None):
        # Tags are shared by every site: one no post of this blog carries is
        # another company's word, not an empty archive here.
        posts = self.posts().filter(tags__slug=slug)
        tag = Tag.objects.filter(slug=slug, pk__in=posts.values("tags")).first()
        if tag is None:
            raise Http404
        archive = Archive(
            _("Posts tagged “%(tag)s”") % {"tag": tag.name},
            tag_path(tag),
            posts,
            blog=self,
        )
        return self.serve_archive(request, archive, feed)

    @archive_routes("author", AUTHOR)
    def author_archive(self, request, person_id, slug, feed=None):
        person = Person.objects.filter(pk=person_id).first()
        site = Site.find_for_request(request)
        # Another company's person is not an author of this company's blog.
        if person is None or person.site_id not in (None, site and site.pk):
            raise Http404
        archive = Archive(
            _("Posts by %(name)s") % {"name": person.name},
            author_path(person),
            # Translated posts may still name the Swedish person, or its copy.
            self.posts().filter(
                authors__person__translation_key=person.translation_key
            ),
            blog=self,
        )
        return self.serve_archive(request, archive, feed)

    @archive_routes("lab", SLUG)
    def lab_archive(self, request, slug, feed=None):
        home_path = self.path[: -self.steplen]
        lab = (
            LabPage.objects.live()
            .filter(slug=slug, locale_id=self.locale_id, path__startswith=home_path)
            .first()
        )
        if lab is None:
            raise Http404
        archive = Archive(
            _("Posts about %(lab)s") % {"lab": lab.title},
            archive_path("lab", slug=lab.slug),
            self.posts().filter(related_lab__translation_key=lab.translation_key),
            blog=self,
        )
        return self.serve_archive(request, archive, feed)

    @re_path(r"^(?P<year>\d{4})/$", name="year")
    @re_path(r"^(?P<year>\d{4})/(?P<month>\d{2})/$", name="month")
    def date_archive(self, request, year, month=None):
        try:
            first_day = datetime.date(int(year), int(month or 1), 1)
        except ValueError:
            raise Http404 from None
        posts = self.posts().filter(date__year=first_day.year)
        if month:
            posts = posts.filter(date__month=first_day.month)
            title = _("Posts from %(month)s") % {"month": date_format(first_day, "F Y")}
            path = f"{year}/{month}/"
        else:
            title = _("Posts from %(year)s") % {"year": year}
            path = f"{year}/"
        archive = Archive(title, path, posts, has_feed=False, blog=self)
        return self.serve_archive(request, archive)
