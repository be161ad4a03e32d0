"""Create the demo sites: what is missing is created, nothing existing is changed.

Each company is created the way a real one is, by create_company_site (site,
home and sections in both languages, settings, groups, collection, workflow);
in the same run the demo then fills that new tree with its own content and
translates it again. Stable keys: a site by hostname, a page by slug under its
parent, a snippet by name and locale, an image or a media item by title. A page
created by an earlier run (or an editor) is left exactly as it is.
"""

import copy
from contextlib import nullcontext
from dataclasses import dataclass, field

from django.db import transaction

from wagtail.models import Locale, Page, Site

from portal.composition.companies import create_company_site
from portal.i18n.po import retranslate, translate
from portal.i18n.translation import loader_translates_new_pages
from portal.models import FooterText, Organisation, Person, SiteSettings

from . import (
    assets,
    content_boden,
    content_norrkoping,
    content_portal,
    content_sodertalje,
)
from .accounts import ensure_admin, ensure_demo_access
from .pages import (
    add_in_order,
    fill_home,
    finish_page,
    new_page,
    place_like_source,
    refill_page,
)
from .resolver import Resolver, stored_name
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


@dataclass
class SiteTree:
    """The pages below one home: made, refilled and all of them in tree order."""

    refill: bool  # a company made in this run: its sections are refilled
    created: list = field(default_factory=list)
    refilled: list = field(default_factory=list)
    order: list = field(default_factory=list)


@dataclass
class Report:
    sites: list = field(default_factory=list)
    pages_created: int = 0
    translations_created: int = 0
    missing: set = field(default_factory=set)
    admin_created: bool = False


class Seeder:
    def __init__(self, port=8000):
        self.port = port
        self.swedish = Locale.objects.get(language_code="sv")
        self.english = Locale.objects.get(language_code="en")
        self.images, self.pages = {}, {}
        self.snippets = {"organisations": [], "people": [], "footers": []}
        self.page_order = []
        # translation_key of pages whose existing English the demo fills again.
        self.refilled = set()
        self.access = {}
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
            ensure_demo_access(specs, self.report.sites, self.access)
        return self.report

    # Swedish content -----------------------------------------------------------

    def build_site(self, spec):
        site, home, fresh, collection = self.site_and_home(spec)
        for key, (filename, title) in spec["images"].items():
            self.images[(spec["key"], key)] = assets.image(
                filename, title, collection, stored_name(spec["key"], filename)
            )
        self.add_snippets(spec)
        self.fill_settings(site, spec)
        resolver = Resolver(self, spec["key"], collection)
        self.pages[(spec["key"], "home")] = home
        # A site made in this run is the demo's: it translates every page itself.
        with loader_translates_new_pages() if fresh else nullcontext():
            self.fill_tree(home, spec, resolver, fresh)
        return site

    def site_and_home(self, spec):
        """(site, home, made in this run, collection for the site's files)."""
        if spec["key"] == "portal":  # the umbrella site, made by a migration
            site = Site.objects.get(is_default_site=True)
            if site.port == 80 and self.port != 80:
                site.port = self.port  # so full URLs work with runserver
                site.save(update_fields=["port"])
            home = site.root_page.specific
            # The migration's home has no revision until someone edits it.
            untouched = home.latest_revision_id is None and not home.body
            self.report.pages_created += untouched
            return site, home, untouched, assets.collection(spec["name"])
        home_slug = spec["home"]["slug"].sv
        company = create_company_site(
            spec["name"], spec["hostname"], self.port, home_slug, self.user
        )
        self.access[spec["key"]] = company.access
        self.report.pages_created += company.pages_created + company.created
        self.report.translations_created += company.translations_created
        if company.created:
            self.refilled.add(company.home.translation_key)
        return company.site, company.home, company.created, company.access.collection

    def fill_tree(self, home, spec, resolver, fresh):
        """The site's pages below home; a new company's sections are refilled."""
        made_by_company_site = home.translation_key in self.refilled
        tree = SiteTree(refill=made_by_company_site, order=[(home, spec["home"])])
        self.add_pages(home, spec["pages"], spec["key"], resolver, tree)
        if fresh:
            fill_home(home, spec["home"], resolver)
            finish_page(home, spec["home"], resolver, self.user)
        for page, page_spec in [*tree.refilled, *tree.created]:
            finish_page(page, page_spec, resolver, self.user)
        self.refilled.update(page.translation_key for page, _spec in tree.refilled)
        self.report.pages_created += len(tree.created)
        # Parents before children; posts after labs, so their lab is translated.
        self.page_order += sorted(
            tree.order, key=lambda item: item[1]["type"] == "blog_post"
        )

    def add_pages(self, parent, specs, site_key, resolver, tree):
        """Create missing pages; on a new site, refill the existing ones."""
        for index, spec in enumerate(specs):
            page = parent.get_children().filter(slug=sv(spec["slug"])).first()
            if page is None:
                later = [sv(later["slug"]) for later in specs[index + 1 :]]
                page = add_in_order(parent, new_page(spec, resolver), later)
                tree.created.append((page, spec))
            elif tree.refill:
                page = refill_page(page.specific, spec, resolver)
                tree.refilled.append((page, spec))
            page = page.specific
            if "key" in spec:
                self.pages[(site_key, spec["key"])] = page
            tree.order.append((page, spec))
            children = spec.get("children", [])
            self.add_pages(page, children, site_key, resolver, tree)

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
            site_name=sv(footer.get("site_name", "")),
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
        """Fill a site's settings once; values an editor has entered are kept.

        create_company_site fills in the organisation name, so a new company's
        settings count as unfilled until they have a footer or a logo.
        """
        settings = SiteSettings.for_site(site)
        if settings.footer_text_id or settings.logo_id:
            return
        values = spec["settings"]
        for name in SETTINGS_FIELDS:
            setattr(settings, name, values[name])
        settings.logo = self.images[(spec["key"], values["logo"])]
        share = values.get("share_image")
        if share:
            settings.share_image = self.images[(spec["key"], share)]
            settings.share_image_alt = spec["images"][share][1]
        settings.footer_text = FooterText.objects.get(
            name=spec["footer"]["name"], locale=self.swedish
        )
        settings.save()

    # English -------------------------------------------------------------------

    def translate_all(self):
        snippets = [obj for group in self.snippets.values() for obj in group]
        pages = [page for page, spec in self.page_order if spec.get("translate", True)]
        for obj in [*snippets, *pages]:
            if obj.translation_key in self.refilled:
                with transaction.atomic():
                    _target, missing = retranslate(
                        obj, self.english, self.dictionary, self.user
                    )
                self.report.missing.update(missing)
                continue
            with transaction.atomic():
                target, missing = translate(
                    obj, self.english, self.dictionary, self.user
                )
                if target is not None and isinstance(obj, Page):
                    place_like_source(target, obj)
            self.report.translations_created += target is not None
            self.report.missing.update(missing)
