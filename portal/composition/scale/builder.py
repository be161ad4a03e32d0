"""Create the benchmark companies and fill them with posts, labs and films.

Each company is made by create_company_site, as a real one is (site, home and
sections in both languages, settings, groups, collection, workflow); its
people, labs, films and posts are then bulk-inserted in Swedish with an
English translation of each (portal.composition.scale.bulk), with tags,
authors and search rows, so every page type and listing sees the volume.
"""

import uuid
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone
from django.utils.html import strip_tags

from wagtail.models import Locale, Site

from blog.models import BlogIndexPage, BlogPostPage, BlogPostPageAuthor
from labs.models import LabIndexPage, LabPage, VideoPage
from portal.caching.version import bump_content_version
from portal.composition.companies import create_company_site
from portal.composition.demo import assets
from portal.models import Person
from search.indexing import KINDS, update_vectors
from search.models import SearchEntry

from . import text
from .bulk import bulk_pages
from .content import lab_fields, post_fields, tag_posts, video_fields

HOST_PREFIX = "skala-"
COLLECTION = "Skaltest (benchmark)"
IMAGES = [
    ("portal-kvarter.jpg", "Skaltest: kvarter"),
    ("boden-workshop.jpg", "Skaltest: workshop"),
    ("sodertalje-ungdomar.jpg", "Skaltest: ungdomar"),
]


def hostname(number, domain):
    return f"{HOST_PREFIX}{number:02d}.{domain}"


@dataclass
class Made:
    companies: int = 0
    posts: int = 0
    labs: int = 0
    films: int = 0

    def __str__(self):
        return (
            f"{self.companies} companies, {self.posts} posts, {self.labs} labs and "
            f"{self.films} films, each in Swedish and English"
        )


class ScaleSeeder:
    def __init__(self, companies, posts, labs=4, films=1, domain="localhost", port=80):
        self.companies, self.posts = companies, posts
        self.labs_per_company, self.films_per_lab = labs, films
        self.domain, self.port = domain, port
        self.english = Locale.objects.get(language_code="en")
        self.made = Made()

    def run(self, progress=None):
        collection = assets.collection(COLLECTION)
        self.images = [assets.image(f, t, collection) for f, t in IMAGES]
        first = Site.objects.filter(hostname__startswith=HOST_PREFIX).count()
        for index in range(self.companies):
            posts = self.posts // self.companies + (index < self.posts % self.companies)
            with transaction.atomic():
                self.company(first + index, posts)
            if progress:
                progress(index + 1, self.made)
        update_vectors(
            SearchEntry.objects.filter(site__hostname__startswith=HOST_PREFIX)
        )
        bump_content_version()
        Site.clear_site_root_paths_cache()
        return self.made

    def company(self, number, posts):
        name = text.company_name(number)
        made = create_company_site(
            name, hostname(number, self.domain), self.port, f"skala-{number:02d}"
        )
        site, rng = made.site, text.rng_for(number)
        home = made.home
        sections = {type(p.specific): p.specific for p in home.get_children()}
        blog, labs = sections[BlogIndexPage], sections[LabIndexPage]
        people = self.people(site, rng)
        lab_pages = self.add_pairs(
            LabPage,
            labs,
            [lab_fields(rng, self.images) for _ in range(self.labs_per_company)],
        )
        for lab_sv, lab_en in lab_pages:
            films = [video_fields(rng, self.images) for _ in range(self.films_per_lab)]
            self.made.films += len(self.add_pairs(VideoPage, lab_sv, films, lab_en))
        specs = [post_fields(rng, self.images, lab_pages) for _ in range(posts)]
        pairs = self.add_pairs(BlogPostPage, blog, specs)
        self.authors(pairs, people, rng)
        tag_posts(pairs, rng)
        self.index(site, [page for pair in pairs for page in pair])
        self.index(site, [page for pair in lab_pages for page in pair])
        self.made.companies += 1
        self.made.labs += len(lab_pages)
        self.made.posts += len(pairs)

    def add_pairs(self, model, parent, specs, parent_en=None):
        """(Swedish, English) pages of model below parent and its translation."""
        parent_en = parent_en or parent.get_translation(self.english)
        swedish, english = [], []
        for sv, en, fields in specs:
            key = uuid.uuid4()
            for language, pages in ((sv, swedish), (en, english)):
                plain = language.pop("_text")
                pages.append(model(translation_key=key, **language, **fields))
                pages[-1].plain_text = plain
        bulk_pages(model, parent, swedish)
        bulk_pages(model, parent_en, english)
        return list(zip(swedish, english, strict=True))

    def people(self, site, rng):
        """Three people of the company, each with an English translation."""
        pairs = []
        for role_sv, role_en in rng.sample(text.ROLES, 3):
            name, key = text.person_name(rng), uuid.uuid4()
            pairs.append(
                (
                    Person(name=name, role=role_sv, site=site, translation_key=key),
                    Person(name=name, role=role_en, site=site, translation_key=key),
                )
            )
        swedish = Locale.get_default()
        for sv, en in pairs:
            sv.locale, en.locale = swedish, self.english
        Person.objects.bulk_create([person for pair in pairs for person in pair])
        return pairs

    def authors(self, pairs, people, rng):
        rows = []
        for post_sv, post_en in pairs:
            for order, (sv, en) in enumerate(rng.sample(people, rng.choice((1, 1, 2)))):
                rows.append(
                    BlogPostPageAuthor(page=post_sv, person=sv, sort_order=order)
                )
                rows.append(
                    BlogPostPageAuthor(page=post_en, person=en, sort_order=order)
                )
        BlogPostPageAuthor.objects.bulk_create(rows, batch_size=500)

    def index(self, site, pages):
        """Search rows, as search.indexing builds them, without a query per page."""
        entries = []
        for page in pages:
            title, lead = page.title, strip_tags(page.intro)
            body = page.plain_text
            language = "sv" if page.locale_id != self.english.pk else "en"
            date = getattr(page, "date", None) or timezone.localdate(
                page.first_published_at
            )
            entries.append(
                SearchEntry(
                    page_id=page.pk, language=language, path=page.path, site=site,
                    kind=KINDS.get(page._meta.label_lower, SearchEntry.Kind.PAGE),
                    date=date, title=title, lead=lead, body=body,
                    folded=f"{title}\n{lead}\n{body}".casefold(),
                )
            )  # fmt: skip
        SearchEntry.objects.bulk_create(entries, batch_size=500)
