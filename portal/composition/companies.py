"""Add a housing company: its site, page tree in both languages and settings.

`create_company_site` is what `manage.py create_company_site` runs. It works in
one transaction and looks everything up before creating it, so a second run for
the same hostname changes nothing. Company groups, collections and the workflow
come from portal.companies.access, which the demo seeding uses as well.
"""

import re
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_slug
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from wagtail.models import Collection, Locale, Page, Site

from blog.models import BlogIndexPage
from home.models import (
    AccessibilityStatementPage,
    FormField,
    FormPage,
    HomePage,
    StandardPage,
)
from labs.models import LabIndexPage
from portal.companies.access import CompanyAccess, ensure_company_access
from portal.composition.sections import ABOUT, ACCESSIBILITY, BLOG, CONTACT, LABS
from portal.composition.sections import SLUGS as SECTION_SLUGS
from portal.i18n.bilingual import Tr
from portal.i18n.po import translate
from portal.models import SiteSettings

LABEL = r"[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?"
HOSTNAME = re.compile(rf"^(?=.{{1,253}}$)({LABEL}\.)*{LABEL}$")

# (model, title) of each section below a company's home page.
SECTIONS = [
    (BlogIndexPage, BLOG),
    (LabIndexPage, LABS),
    (StandardPage, ABOUT),
    (FormPage, CONTACT),
    (AccessibilityStatementPage, ACCESSIBILITY),
]
CONTACT_FIELDS = [
    (Tr("Namn", "Name"), "singleline"),
    (Tr("E-postadress", "E-mail address"), "email"),
    (Tr("Meddelande", "Message"), "multiline"),
]
THANK_YOU = Tr(
    "Tack för ditt meddelande! Vi svarar så snart vi kan.",
    "Thank you for your message! We will reply as soon as we can.",
)
SUBJECT = Tr("Nytt meddelande från webbplatsen", "New message from the website")
# A new site has not been assessed yet: the statement says so and points readers
# to the contact page until the company has tested the site and updated it.
NOT_YET_ASSESSED = Tr(
    "Webbplatsen är ny och har ännu inte granskats. Vi uppdaterar redogörelsen "
    "när vi har testat den.",
    "The website is new and has not been assessed yet. We will update the "
    "statement when we have tested it.",
)
ACCESSIBLE_FORMAT = Tr(
    "Om du behöver innehåll som inte är tillgängligt för dig kan du skriva till "
    "oss via kontaktsidan. Vi svarar inom fem arbetsdagar.",
    "If you need content that is not accessible to you, you can write to us "
    "through the contact page. We reply within five working days.",
)


@dataclass
class CompanyDetails:
    """What readers see of a new company: the footer's contact column, its colour."""

    phone: str = ""
    email: str = ""
    website: str = ""
    org_number: str = ""
    accent_colour: str = ""
    logo: object = None  # a wagtail Image in the company's collection

    def clean(self):
        """ValidationError, by the settings' own rules, if a detail is malformed."""
        fields = {f.name: f for f in SiteSettings._meta.get_fields()}
        errors = {}
        for name in ("phone", "email", "website", "org_number", "accent_colour"):
            value = getattr(self, name)
            try:
                if value:
                    fields[name].clean(value, None)
            except ValidationError as error:
                errors[name] = error.messages
        if errors:
            raise ValidationError(errors)


@dataclass
class CompanySite:
    site: Site
    home: HomePage
    home_en: HomePage
    access: CompanyAccess
    created: bool
    pages_created: int = 0
    translations_created: int = 0


def clean_arguments(name, hostname, port, slug):
    """The arguments, normalised; ValidationError with a reader's message if bad."""
    name = (name or "").strip()
    if not name:
        raise ValidationError("The company needs a name.")
    hostname = (hostname or "").strip().lower().rstrip(".")
    if not HOSTNAME.match(hostname):
        raise ValidationError(f"{hostname!r} is not a valid hostname.")
    if port is None:
        port = portal_port()
    if not 1 <= port <= 65535:
        raise ValidationError(f"{port} is not a valid port.")
    slug = slug or slugify(name)
    validate_slug(slug)
    return name, hostname, port, slug


def portal_port():
    """The port the portal's own site answers on: new sites default to it.

    Wagtail builds a site's URLs from its port (443 https://, 80 and others
    http://), so a company on a portal served at :8000 gets :8000 too.
    """
    default = Site.objects.filter(is_default_site=True).first()
    return default.port if default else 443


def create_company_site(name, hostname, port=None, slug=None, user=None, details=None):
    """The company's site, created if its hostname has none; safe to run again.

    port None takes the portal's own; details fill the site settings that are
    still empty (an editor's later changes are kept on a rerun).
    """
    name, hostname, port, slug = clean_arguments(name, hostname, port, slug)
    details = details or CompanyDetails()
    details.clean()
    with transaction.atomic():
        # Sites, homes and collections are all children of the two roots:
        # treebeard numbers children by reading the last one, so two companies
        # created at once must take turns (a no-op on SQLite, which locks the
        # whole database for a write anyway).
        root = Page.objects.select_for_update().get(depth=1)
        Collection.objects.select_for_update().get(depth=1)
        site = Site.objects.filter(hostname=hostname).select_related("root_page")
        site = site.first()
        created = site is None
        if created:
            home = root.add_child(instance=home_page(name, slug))
            home.save_revision(user=user).publish(user=user)
            site = Site.objects.create(
                hostname=hostname, port=port, root_page=home, site_name=name
            )
        result = build_tree(site, name, slug, user)
        result.created = created
        fill_settings(site, name, details)
        result.access = ensure_company_access(site, name)
        return result


def home_page(name, slug):
    return HomePage(title=name, slug=slug, live=False)


def section_page(model, title, name, hostname):
    # Every section but the statement is in the menu (the footer links that).
    page = model(
        title=title.sv,
        slug=SECTION_SLUGS[title].sv,
        live=False,
        show_in_menus=model is not AccessibilityStatementPage,
    )
    if model is FormPage:
        page.form_fields = [
            FormField(label=label.sv, field_type=kind, required=True, sort_order=i)
            for i, (label, kind) in enumerate(CONTACT_FIELDS)
        ]
        page.thank_you_text = f"<p>{THANK_YOU.sv}</p>"
        page.subject = SUBJECT.sv
        page.from_address = settings.DEFAULT_FROM_EMAIL
    elif model is AccessibilityStatementPage:
        today = timezone.localdate()
        page.organisation_name = name
        page.service_name = hostname
        page.compliance = AccessibilityStatementPage.Compliance.PARTIAL
        page.assessment_details = NOT_YET_ASSESSED.sv
        page.accessible_format = f"<p>{ACCESSIBLE_FORMAT.sv}</p>"
        page.assessment_date = page.last_updated = today
    return page


def build_tree(site, name, slug, user):
    """Missing sections below the home page, then English for all that lacks it."""
    home = site.root_page.specific
    pages, created = [home], 0
    for model, title in SECTIONS:
        page = home.get_children().filter(slug=SECTION_SLUGS[title].sv).first()
        if page is None:
            page = section_page(model, title, name, site.hostname)
            page = home.add_child(instance=page)
            page.save_revision(user=user).publish(user=user)
            created += 1
        pages.append(page)
    english = Locale.objects.get(language_code="en")
    dictionary = english_dictionary(name, slug, site.hostname)
    translated = 0
    for page in pages:  # the home first: wagtail-localize needs the parent
        target, _missing = translate(page, english, dictionary, user)
        translated += target is not None
    return CompanySite(
        site=site,
        home=home,
        home_en=home.get_translation(english),
        access=None,
        created=False,
        pages_created=created,
        translations_created=translated,
    )


def english_dictionary(name, slug, hostname):
    """English by Swedish source string for every text of a new company's tree."""
    pairs = [BLOG, LABS, ABOUT, CONTACT, ACCESSIBILITY, SUBJECT, NOT_YET_ASSESSED]
    pairs += [label for label, _kind in CONTACT_FIELDS]
    pairs += list(SECTION_SLUGS.values())
    dictionary = {pair.sv: pair.en for pair in pairs}
    for pair in (THANK_YOU, ACCESSIBLE_FORMAT):
        # Rich text reaches the PO file one paragraph at a time, without <p>.
        dictionary[pair.sv] = pair.en
        dictionary[f"<p>{pair.sv}</p>"] = f"<p>{pair.en}</p>"
    # Names read the same in English; the slug only needs to differ.
    return {**dictionary, name: name, hostname: hostname, slug: f"{slug}-en"}


def fill_settings(site, name, details):
    """Settings get the name and details once; what an editor entered is kept."""
    settings_row = SiteSettings.for_site(site)
    given = {"organisation_name": name, **vars(details)}
    changed = False
    for field, value in given.items():
        if value and not getattr(settings_row, field):
            setattr(settings_row, field, value)
            changed = True
    if changed:
        settings_row.save()
