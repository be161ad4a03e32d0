from django.db import models
from django.db.models import Count, F, Prefetch, Q
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, PageManager
from wagtail.search import index

from blog.archives import BlogArchiveMixin, author_path, feed_links, tag_path
from blog.explore import explore_links
from blog.neighbours import older_and_newer, related_posts
from blog.reading import reading_minutes
from blog.subscribers import Delivery, Subscriber
from portal.api import fields as api
from portal.blocks import StoryBlock
from portal.caching.chrome import get_chrome
from portal.i18n.localized import localized_all, localized_one
from portal.i18n.tags import TranslatableTags
from portal.models import BasePage, HeroImageMixin, ListingMixin
from portal.models.querysets import CardQuerySet
from portal.sharing.structured_data import absolute, article
from portal.sharing.structured_data import person as schema_person

__all__ = [
    "BlogIndexPage",
    "BlogPostPage",
    "BlogPostPageAuthor",
    "BlogPostPageTag",
    "Delivery",
    "Subscriber",
]


def card_rows(page_of_posts, lead):
    """The listing's rows of cards, in order: [{"featured": bool, "posts": [...]}].

    The first page of the whole blog (lead) gives its newest post a row of its
    own, across the page; archives and later pages have one plain row.
    """
    posts = list(page_of_posts)
    if not (lead and page_of_posts.number == 1):
        rows = [{"featured": False, "posts": posts}]
    else:
        rows = [
            {"featured": True, "posts": posts[:1]},
            {"featured": False, "posts": posts[1:]},
        ]
    return [row for row in rows if row["posts"]]


class BlogIndexPage(BlogArchiveMixin, ListingMixin, BasePage):
    """A company's blog: its posts, newest first, and their archives and feeds."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["blog.BlogPostPage"]
    site_section = "blog"

    class Meta:
        verbose_name = _("blog index page")

    def posts(self):
        """Live, public posts of this blog, newest first, ready for cards."""
        return BlogPostPage.objects.cards_under(self)

    def get_context(self, request, *args, archive=None, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["archive"] = archive or self.whole_blog()
        context["posts"] = self.paginate(request, context["archive"].posts)
        context["card_rows"] = card_rows(
            context["posts"], lead=not context["archive"].path
        )
        # Built when the sidebar renders, after the site chrome, whose first
        # build may bump the content version the links are cached under.
        context["explore"] = SimpleLazyObject(lambda: explore_links(self))
        if context["archive"].path:
            # An archive is its own address, below the blog in the breadcrumbs;
            # its words differ by language, so it has no hreflang alternates.
            archive = context["archive"]
            context["subview"] = {"title": archive.title, "url": archive.full_url}
        return context


class BlogPostPageQuerySet(CardQuerySet):
    def for_cards(self):
        return (
            self.select_related("locale", "hero_image")
            .prefetch_related(
                Prefetch(
                    "authors",
                    queryset=BlogPostPageAuthor.objects.select_related("person"),
                ),
            )
            .order_by("-date", "-pk")
        )

    def about(self, lab):
        """Live, public posts in the lab's language about the lab, newest first.

        Matched by the lab's translation key: wagtail-localize copies a post's lab
        link unchanged, so an English post may still point at the Swedish lab.
        """
        # The lab's versions by their indexed key, then posts by their indexed
        # link: a join on the key scanned every post (seed_scale size). The
        # locale is compared as an expression so that SQLite, which has no
        # statistics, does not walk the locale's index (every page of the
        # language) instead of the link's.
        versions = Page.objects.filter(translation_key=lab.translation_key)
        return (
            self.live()
            .public()
            .alias(in_locale=F("locale_id") + 0)
            .filter(in_locale=lab.locale_id, related_lab__in=versions.values("pk"))
            .for_cards()
        )

    def counts_by_site(self, locale_id, roots):
        """{site id: live, public posts below its root in roots}, in one query."""
        if not roots:
            return {}
        posts = self.live().public().filter(locale_id=locale_id)
        counts = posts.aggregate(
            **{
                f"site_{number}": Count(
                    "pk", filter=Q(url_path__startswith=root.root_path)
                )
                for number, root in enumerate(roots)
            }
        )
        totals = {}
        for number, root in enumerate(roots):
            site_id = root.site_id
            totals[site_id] = totals.get(site_id, 0) + counts[f"site_{number}"]
        return totals


class BlogPostPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "blog.BlogPostPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class BlogPostPage(HeroImageMixin, BasePage):
    date = models.DateField(_("publication date"), default=timezone.localdate)
    body = StreamField(StoryBlock(), blank=True, verbose_name=_("body"))
    # Translated in the translation editor: English posts carry English tags.
    tags = TranslatableTags(through=BlogPostPageTag, blank=True, verbose_name=_("tags"))
    related_lab = models.ForeignKey(
        "labs.LabPage",
        verbose_name=_("related lab"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="blog_posts",
    )

    editor_help = {
        "date": _("The date the post shows and is sorted by; usually today."),
        "tags": _(
            "A few words readers can find the post by, e.g. trygghet. Separate "
            "them with commas."
        ),
        "related_lab": _(
            "The lab the post is about, if any: the post is then listed on the "
            "lab's page."
        ),
    }

    objects = PageManager.from_queryset(BlogPostPageQuerySet)()
    serve_select_related = ("hero_image", "related_lab")

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("date"),
                InlinePanel("authors", label=_("Authors"), min_num=1),
                FieldPanel("tags"),
                FieldPanel("related_lab"),
            ],
            heading=_("About the post"),
        ),
        *HeroImageMixin.hero_panels,
        FieldPanel("body"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("body"),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.RelatedFields(
            "authors",
            [
                index.RelatedFields(
                    "person", [index.SearchField("name"), index.SearchField("role")]
                )
            ],
        ),
        index.FilterField("date"),
    ]

    api_fields = [
        *BasePage.api_fields,
        APIField("date"),
        APIField("authors", serializer=api.PeopleField("authors")),
        APIField("tags", serializer=api.TagsField()),
        APIField("lab", serializer=api.LinkedPageField("related_lab")),
        *HeroImageMixin.hero_api_fields,
        APIField("body", serializer=api.StreamHTMLField("body")),
    ]

    parent_page_types = ["blog.BlogIndexPage"]
    subpage_types = []
    og_type = "article"

    class Meta:
        verbose_name = _("blog post")

    def structured_data(self, request, context, share):
        """A BlogPosting with its authors (as the post shows them) and publisher."""
        authors = [
            {
                **schema_person(author.name, author.role),
                "url": absolute(
                    request, context.get("blog_url", "") + author.archive_path
                ),
            }
            for author in context.get("post_authors", [])
        ]
        modified = self.last_published_at or self.date
        posting = article("BlogPosting", self, share, authors, self.date, modified)
        return [posting, *super().structured_data(request, context, share)]

    def shown_snippets(self):
        return [row.person for row in self.authors.select_related("person")]

    def localize_copied_rows(self, source, locale, dictionary):
        people = [row.person for row in source.authors.all()]
        self.authors = [
            BlogPostPageAuthor(person=person, sort_order=index)
            for index, person in enumerate(localized_all(people, locale.pk))
        ]
        self.related_lab = localized_one(source.related_lab, locale.pk)
        return True

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        people = [
            author.person
            for author in self.authors.select_related(
                "person__organisation", "person__photo"
            )
        ]
        # A translated post may still point at the Swedish people and lab.
        context["post_authors"] = localized_all(
            people, self.locale_id, "organisation", "photo"
        )
        for person in context["post_authors"]:
            person.archive_path = author_path(person)
        context["post_tags"] = [(tag, tag_path(tag)) for tag in self.tags.all()]
        context["related_lab"] = localized_one(self.related_lab, self.locale_id)
        context["reading_minutes"] = reading_minutes(self.body, self.intro)
        context["older_post"], context["newer_post"] = older_and_newer(self)
        tag_ids = [tag.pk for tag, _path in context["post_tags"]]
        context["related_posts"] = related_posts(self, tag_ids, self.related_lab)
        url = self.get_url(request)
        context["blog_url"] = blog_url = url[: url.rstrip("/").rfind("/") + 1]
        context["blog_feeds"] = feed_links(blog_url)
        site_name = get_chrome(request).get("site_name", "")
        context["blog_title"] = _("Blog posts from %(site)s") % {"site": site_name}
        return context


class BlogPostPageAuthor(Orderable):
    page = ParentalKey(BlogPostPage, on_delete=models.CASCADE, related_name="authors")
    person = models.ForeignKey(
        "portal.Person",
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("person")]

    class Meta(Orderable.Meta):
        verbose_name = _("author")
        verbose_name_plural = _("authors")
