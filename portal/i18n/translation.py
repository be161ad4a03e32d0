"""Start English (or any other locale's) versions of Swedish content in bulk.

Translations are wagtail-localize translations, the same the admin's
"Translate" action makes: pages become drafts holding the Swedish text until a
translator translates and publishes them (never live on their own, see
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE); snippets, which have no draft
state, become synced copies that show the Swedish text until translated.
"""

from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

from wagtail.models import Locale
from wagtail_localize.operations import TranslationCreator

from portal.models import Organisation, Person, SiteSettings

__all__ = [
    "TranslationReport",
    "draft_new_page_translations",
    "loader_translates_new_pages",
    "snippets_shown_on",
    "start_translation",
    "target_locales",
    "translate_site",
    "translate_tree",
]


@dataclass
class TranslationReport:
    """What a bulk translation started; objects translated before are skipped."""

    pages: list = field(default_factory=list)
    snippets: list = field(default_factory=list)
    skipped: int = 0


def translate_site(site, locales=None, user=None):
    """Start translations of a site's Swedish tree and of the snippets it shows."""
    root = site.root_page.specific
    report = translate_tree(root, locales=locales, user=user)
    settings = SiteSettings.for_site(site)
    if settings.footer_text_id:
        locales = target_locales(root, locales)
        _translate([settings.footer_text], locales, user, report, report.snippets)
    return report


def translate_tree(root, locales=None, user=None):
    """Start translations of root, every page below it and the snippets they show.

    Idempotent: an object with a translation in every target locale, made by
    hand or by an earlier run, is left alone. Parents come before children and
    snippets before pages, so translated pages link the translated snippets.
    """
    locales = target_locales(root, locales)
    report = TranslationReport()
    pages = list(root.get_descendants(inclusive=True).specific().order_by("path"))
    _translate(snippets_shown_on(pages), locales, user, report, report.snippets)
    _translate(pages, locales, user, report, report.pages)
    return report


def target_locales(root, locales=None):
    if locales is not None:
        return [locale for locale in locales if locale.pk != root.locale_id]
    return list(Locale.objects.exclude(pk=root.locale_id))


def start_translation(obj, locales, user=None):
    """Start obj's translations into locales: the one place that starts any.

    Returns the wagtail-localize Translations. A page's target is saved as a
    draft holding the source text (never live, see
    WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE), a snippet's as a synced
    copy. Related objects are not included: callers translate the snippets a
    page shows first (translate_tree), or leave them to their own editors.
    """
    creator = TranslationCreator(user, locales)
    creator.create_translations(obj, include_related_objects=False)
    return [translation for found in creator.mappings.values() for translation in found]


def _translate(objects, locales, user, report, created):
    for obj in objects:
        missing = [locale for locale in locales if not obj.has_translation(locale)]
        if not missing:
            report.skipped += 1
            continue
        start_translation(obj, missing, user)
        created.append(obj)


def snippets_shown_on(pages):
    """People and organisations the pages show: authors, partners, contacts.

    Each page type names them (BasePage.shown_snippets), so this needs to know
    no page type.
    """
    shown = [obj for page in pages for obj in page.shown_snippets() if obj]
    person_ids = {obj.pk for obj in shown if isinstance(obj, Person)}
    people = list(Person.objects.filter(pk__in=person_ids).order_by("pk"))
    organisation_ids = {obj.pk for obj in shown if isinstance(obj, Organisation)}
    organisation_ids |= {p.organisation_id for p in people if p.organisation_id}
    organisations = Organisation.objects.filter(pk__in=organisation_ids)
    # Organisations first: a translated person links the translated organisation.
    return [*organisations.order_by("pk"), *people]


def draft_new_page_translations(sender, instance, revision=None, **kwargs):
    """page_published: a new Swedish page gets untranslated drafts in other locales.

    Only on the page's first publication and only where its parent is
    translated, so the English tree mirrors the Swedish one without ever
    showing Swedish text under /en/: the draft is not live and not listed
    until a translator publishes it.
    """
    page = instance
    if _loader_translates.get():
        return
    if page.first_published_at != page.last_published_at:
        return
    if page.locale_id != Locale.get_default().pk:
        return
    parent = page.get_parent()
    locales = [
        translated.locale
        for translated in parent.get_translations().select_related("locale")
        if not page.has_translation(translated.locale)
    ]
    if locales:
        user = revision.user if revision is not None else None
        start_translation(page, locales, user)


# Set while a loader that translates its own pages publishes them (the demo):
# a draft would only be replaced, or left behind for pages meant to stay Swedish.
_loader_translates = ContextVar("portal_loader_translates", default=False)


@contextmanager
def loader_translates_new_pages():
    """New pages published inside get no drafts: the caller translates them."""
    token = _loader_translates.set(True)
    try:
        yield
    finally:
        _loader_translates.reset(token)
