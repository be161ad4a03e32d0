"""Start English (or any other locale's) versions of Swedish content in bulk.

Translations are wagtail-localize translations, the same the admin's
"Translate" action makes: pages become drafts holding the Swedish text until a
translator translates and publishes them (never live on their own, see
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE); snippets, which have no draft
state, become synced copies that show the Swedish text until translated.
"""

from dataclasses import dataclass, field

from wagtail.models import Locale
from wagtail_localize.operations import TranslationCreator

from portal.models import Organisation, Person, SiteSettings


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
        creator = TranslationCreator(user, target_locales(root, locales))
        _translate(creator, [settings.footer_text], report, report.snippets)
    return report


def translate_tree(root, locales=None, user=None):
    """Start translations of root, every page below it and the snippets they show.

    Idempotent: an object with a translation in every target locale, made by
    hand or by an earlier run, is left alone. Parents come before children and
    snippets before pages, so translated pages link the translated snippets.
    """
    locales = target_locales(root, locales)
    creator = TranslationCreator(user, locales)
    report = TranslationReport()
    pages = list(root.get_descendants(inclusive=True).specific().order_by("path"))
    _translate(creator, snippets_shown_on(pages), report, report.snippets)
    _translate(creator, pages, report, report.pages)
    return report


def target_locales(root, locales=None):
    if locales is not None:
        return [locale for locale in locales if locale.pk != root.locale_id]
    return list(Locale.objects.exclude(pk=root.locale_id))


def _translate(creator, objects, report, created):
    for obj in objects:
        missing = [
            locale
            for locale in creator.target_locales
            if not obj.has_translation(locale)
        ]
        if not missing:
            report.skipped += 1
            continue
        creator.target_locales, all_locales = missing, creator.target_locales
        # Related snippets were translated first; pages need no other objects.
        creator.create_translations(obj, include_related_objects=False)
        creator.target_locales = all_locales
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
        creator = TranslationCreator(user, locales)
        creator.create_translations(page, include_related_objects=False)
