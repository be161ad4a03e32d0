"""Create the demo sites: what is missing is created, nothing existing is changed.

Stable keys: a site by hostname, a page by slug under its parent, a snippet by
name and locale, an image or a media item by title. A page created by an earlier
run (or an editor) is left exactly as it is.
"""

import copy
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.db import transaction

from wagtail.models import Locale, Page, Site

from portal.i18n.po import translate
from portal.models import FooterText, Organisation, Person, SiteSettings

from . import (
    assets,
    content_boden,
    content_norrkoping,
    content_portal,
    content_sodertalje,
)
from .accounts import ensure_demo_access
from .blocks import rich_text
from .pages import finish_page, hero_fields, new_page
from .text import collect_dictionary, slug_pair, sv

COMPANIES = [content_boden.SITE, content_norrkoping.SITE, content_sodertalje.SITE]
PORTAL = content_portal.SITE
SETTINGS_FIELDS = [
    "organisation_name",
    "org_number",
    "phone",
    "email",
    "website",
    "instagram",
]


def prepared(spec):
    """A copy of a site spec in which every page has its slug pair."""
    spec = copy.deepcopy(spec)

    def fill(page):
        page["slug"] = slug_pair(page["title"], page.get("slug"))
        for child in page.get("children", []):
            fill(child)

    fill(spec["home"])
    for page in spec["pages"]:
        fill(page)
    return spec


def stored_name(site_key, filename):
    """Name a file shared by several sites after the site, e.g. boden-film.mp4."""
    return filename if site_key in filename else f"{site_key}-{filename}"


def ensure_admin():
    """The local demo's superuser admin/admin, created only if missing."""
    user_model = get_user_model()
    user = user_model.objects.filter(username="admin").first()
    if user:
        return user, False
    user = user_model.objects.create_superuser(
        "admin", "admin@allmannyttan.example", "admin"
    )
    return user, True


@dataclass
class Report:
    sites: list = field(default_factory=list)
    pages_created: int = 0
    translations_created: int = 0
    missing: set = field(default_factory=set)
    admin_created: bool = False


class Resolver:
    """Looks up what a site's content refers to by its key."""

    def __init__(self, seeder, site_key, collection):
        self.seeder, self.site_key, self.collection = seeder, site_key, collection

    def image(self, key):
        return self.seeder.images[(self.site_key, key)]

    def page(self, target):
        parts = target.split(":")[1:]
        key = (self.site_key, parts[0]) if len(parts) == 1 else tuple(parts)
        return self.seeder.pages[key]

    def person(self, name):
        return Person.objects.get(name=name, locale=self.seeder.swedish)

    def organisation(self, name):
        return Organisation.objects.get(name=sv(name), locale=self.seeder.swedish)

    def media(self, filename, title):
        stored = stored_name(self.site_key, filename)
        return assets.media(filename, title, self.collection, stored)


class Seeder:
    def __init__(self, port=8000):
        self.port = port
        self.swedish = Locale.objects.get(language_code="sv")
        self.english = Locale.objects.get(language_code="en")
        self.images, self.pages = {}, {}
        self.snippets = {"organisations": [], "people": [], "footers": []}
        self.page_order = []
        self.report = Report()
        self.user = None
        self.dictionary = {}

    def run(self):
        self.user, self.report.admin_created = ensure_admin()
        specs = [prepared(spec) for spec in [*COMPANIES, PORTAL]]
        self.dictionary = collect_dictionary(*specs)
        for spec in specs:
            with transaction.atomic():
                self.report.sites.append(self.build_site(spec))
        self.translate_all()
        with transaction.atomic():
            ensure_demo_access(specs, self.report.sites)
        return self.report

    # Swedish content -----------------------------------------------------------

    def build_site(self, spec):
        collection = assets.collection(spec["name"])
        for key, (filename, title) in spec["images"].items():
            self.images[(spec["key"], key)] = assets.image(
                filename, title, collection, stored_name(spec["key"], filename)
            )
        self.add_snippets(spec)
        resolver = Resolver(self, spec["key"], collection)
        site, home, home_is_new = self.site_and_home(spec, resolver)
        self.pages[(spec["key"], "home")] = home
        self.fill_settings(site, spec)
        created = []
        order = [(home, spec["home"])]
        self.add_pages(home, spec["pages"], spec["key"], resolver, created, order)
        if home_is_new:
            finish_page(home, spec["home"], resolver, self.user)
        for page, page_spec in created:
            finish_page(page, page_spec, resolver, self.user)
        self.report.pages_created += len(created) + int(home_is_new)
        # Parents before children; posts after labs, so their lab is translated.
        self.page_order += sorted(
            order, key=lambda item: item[1]["type"] == "blog_post"
        )
        return site

    def site_and_home(self, spec, resolver):
        if spec["key"] == "portal":
            site = Site.objects.get(is_default_site=True)
            if site.port == 80 and self.port != 80:
                site.port = self.port  # so full URLs work with runserver
                site.save(update_fields=["port"])
            home = site.root_page.specific
            # The migration's home has no revision until someone edits it.
            untouched = home.latest_revision_id is None and not home.body
            if untouched:
                for name, value in hero_fields(spec["home"], resolver).items():
                    setattr(home, name, value)
                home.intro = rich_text(spec["home"]["intro"])
            return site, home, untouched
        site = Site.objects.filter(hostname=spec["hostname"]).first()
        if site:
            return site, site.root_page.specific, False
        home = new_page(spec["home"], resolver)
        Page.get_first_root_node().add_child(instance=home)
        site = Site.objects.create(
            hostname=spec["hostname"],
            port=self.port,
            root_page=home,
            site_name=spec["name"],
        )
        return site, home, True

    def add_pages(self, parent, specs, site_key, resolver, created, order):
        for spec in specs:
            page = parent.get_children().filter(slug=sv(spec["slug"])).first()
            if page is None:
                page = parent.add_child(instance=new_page(spec, resolver))
                created.append((page, spec))
            page = page.specific
            if "key" in spec:
                self.pages[(site_key, spec["key"])] = page
            order.append((page, spec))
            children = spec.get("children", [])
            self.add_pages(page, children, site_key, resolver, created, order)

    def add_snippets(self, spec):
        for org in spec["organisations"]:
            self.snippet(
                Organisation,
                "organisations",
                name=sv(org["name"]),
                website=org.get("website", ""),
            )
        for person in spec["people"]:
            organisation = Organisation.objects.get(
                name=person["organisation"], locale=self.swedish
            )
            self.snippet(
                Person,
                "people",
                name=person["name"],
                role=sv(person["role"]),
                organisation=organisation,
            )
        footer = spec["footer"]
        self.snippet(
            FooterText,
            "footers",
            name=footer["name"],
            description=sv(footer["description"]),
            address=footer["address"],
        )

    def snippet(self, model, group, name, **fields):
        obj = model.objects.filter(name=name, locale=self.swedish).first()
        if obj is None:
            obj = model.objects.create(name=name, locale=self.swedish, **fields)
        if obj not in self.snippets[group]:
            self.snippets[group].append(obj)
        return obj

    def fill_settings(self, site, spec):
        """Fill a site's settings once; values an editor has entered are kept."""
        settings = SiteSettings.for_site(site)
        if settings.organisation_name or settings.footer_text_id or settings.logo_id:
            return
        values = spec["settings"]
        for name in SETTINGS_FIELDS:
            setattr(settings, name, values[name])
        settings.logo = self.images[(spec["key"], values["logo"])]
        settings.footer_text = FooterText.objects.get(
            name=spec["footer"]["name"], locale=self.swedish
        )
        settings.save()

    # English -------------------------------------------------------------------

    def translate_all(self):
        snippets = [obj for group in self.snippets.values() for obj in group]
        pages = [page for page, spec in self.page_order if spec.get("translate", True)]
        for obj in [*snippets, *pages]:
            with transaction.atomic():
                target, missing = translate(
                    obj, self.english, self.dictionary, self.user
                )
            self.report.translations_created += target is not None
            self.report.missing.update(missing)
