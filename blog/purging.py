"""What a change makes stale in the blog: feeds, archives, and pages about a lab.

Registered as portal.caching.purge's hooks in blog/wagtail_hooks.py. Each
function gets a page or person as it is in the database (before a change or
after it) and returns full URLs.

- A post: its blog's feeds (each language), its archives in its blog (its
  tags, authors, lab, year and month, with their feeds), its lab's page
  (which lists it) and the portal feed on every host.
- A blog: its feeds and every archive it has (they show its title).
- A lab: its archive in its home's blogs, and the posts about it (they link it
  by title).
- A person: their author archives on the blogs of their site (any site's, for
  a portal-wide person); the name is in the address and the title.
"""

from django.urls import reverse
from django.utils import translation

from taggit.models import Tag
from wagtail.models import Site

from blog.archives import FEED_KINDS, archive_path, author_path, tag_path
from blog.models import BlogIndexPage, BlogPostPage, BlogPostPageAuthor
from labs.models import LabPage
from portal.caching.purge import in_each_language, live_urls, url_cache
from portal.i18n.localized import localized_one
from portal.models import Person
from portal.models.querysets import under_roots_q

__all__ = ["page_urls", "person_urls", "portal_feed_urls"]


def with_feeds(url):
    return [url, *(f"{url}{kind}/" for kind in FEED_KINDS)]


def blog_feed_urls(blog):
    """The whole blog's feeds, in each language it has."""
    return {f"{url}{kind}/" for url in live_urls(blog) for kind in FEED_KINDS}


def archive_urls(blog, paths, feeds=True):
    """Full URLs of archive paths below blog (paths in the blog's language words)."""
    base = blog.get_full_url()
    if not base:
        return set()
    found = set()
    for path in paths:
        found.update(with_feeds(base + path) if feeds else [base + path])
    return found


def date_paths(dates):
    paths = set()
    for day in dates:
        paths.update([f"{day.year}/", f"{day.year}/{day.month:02d}/"])
    return paths


def people_of(person_keys):
    """Every translation of the people with these translation keys."""
    return Person.objects.filter(translation_key__in=set(person_keys))


def portal_feed_urls():
    """The portal feed (every company's posts) on every host, in each language."""
    paths = [
        path
        for paths in in_each_language(
            lambda _: [reverse("blog:portal-feed", args=[kind]) for kind in FEED_KINDS]
        )
        for path in paths
    ]
    return {site.root_url + path for site in Site.objects.all() for path in paths}


def post_urls(post):
    blog = post.get_parent().specific
    if not isinstance(blog, BlogIndexPage):
        return set()
    urls = blog_feed_urls(blog) | portal_feed_urls()
    authors = BlogPostPageAuthor.objects.filter(page=post).select_related("person")
    people = people_of(row.person.translation_key for row in authors)
    lab = localized_one(post.related_lab, post.locale_id) if post.related_lab else None
    with translation.override(post.locale.language_code):
        paths = [tag_path(tag) for tag in post.tags.all()]
        paths += [author_path(person) for person in people]
        if lab is not None:
            paths.append(archive_path("lab", slug=lab.slug))
    urls |= archive_urls(blog, paths)
    urls |= archive_urls(blog, date_paths([post.date]), feeds=False)
    if post.related_lab is not None:
        urls.update(live_urls(post.related_lab))
    return urls


def blog_urls(blog):
    """The blog's feeds and every archive of it."""
    posts = BlogPostPage.objects.child_of(blog).live()
    tags = Tag.objects.filter(blog_blogpostpagetag_items__content_object__in=posts)
    authors = BlogPostPageAuthor.objects.filter(page__in=posts)
    people = people_of(authors.values_list("person__translation_key", flat=True))
    labs = LabPage.objects.live().filter(
        locale_id=blog.locale_id,
        translation_key__in=posts.values("related_lab__translation_key"),
    )
    with translation.override(blog.locale.language_code):
        paths = [tag_path(tag) for tag in tags.distinct()]
        paths += [author_path(person) for person in people]
        paths += [
            archive_path("lab", slug=slug)
            for slug in labs.values_list("slug", flat=True)
        ]
    urls = blog_feed_urls(blog) | archive_urls(blog, paths)
    return urls | archive_urls(
        blog, date_paths(posts.dates("date", "month")), feeds=False
    )


def blogs_in(site_ids=None, home_path=None, locale_id=None):
    blogs = BlogIndexPage.objects.live()
    if site_ids is not None:
        roots = [
            root for root in Site.get_site_root_paths() if root.site_id in site_ids
        ]
        blogs = blogs.filter(under_roots_q(roots))
    if home_path is not None:
        blogs = blogs.filter(path__startswith=home_path)
    if locale_id is not None:
        blogs = blogs.filter(locale_id=locale_id)
    return blogs.select_related("locale")


def lab_urls(lab):
    """The lab's archive in its home's blogs, and the posts that link the lab."""
    urls = set()
    home_path = lab.path[: 2 * lab.steplen]
    for blog in blogs_in(home_path=home_path, locale_id=lab.locale_id):
        with translation.override(blog.locale.language_code):
            urls |= archive_urls(blog, [archive_path("lab", slug=lab.slug)])
    posts = BlogPostPage.objects.live().filter(
        related_lab__translation_key=lab.translation_key
    )
    cache = url_cache()
    urls.update(url for url in (p.get_full_url(cache) for p in posts) if url)
    return urls


def page_urls(page):
    """PURGE_URLS_HOOK: what a change to page makes stale in the blog."""
    if isinstance(page, BlogPostPage):
        return post_urls(page)
    if isinstance(page, BlogIndexPage):
        return blog_urls(page)
    if isinstance(page, LabPage):
        return lab_urls(page)
    return set()


def person_urls(snippet):
    """PURGE_SNIPPET_URLS_HOOK: the person's author archives (and feeds)."""
    if not isinstance(snippet, Person):
        return set()
    people = list(people_of([snippet.translation_key]))
    sites = None if snippet.site_id is None else {snippet.site_id}
    urls = set()
    for blog in blogs_in(site_ids=sites):
        with translation.override(blog.locale.language_code):
            urls |= archive_urls(blog, [author_path(person) for person in people])
    return urls
