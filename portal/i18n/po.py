"""Translations made through wagtail-localize's PO round trip, as a translator works.

Used to give new company sites (portal.composition.companies) and the demo
their English.

For each Swedish object: start its translation the way every translation
starts (portal.i18n.translation.start_translation), export the PO file, fill
every msgstr from the English dictionary keyed by the Swedish source string,
import the PO file and save the target. `retranslate` does the same for a
translation that exists, after its source changed, as "Sync translated pages"
and a translator would.

Inline rows that are not translatable models (post authors, lab organisations,
form fields) and tags are copied unchanged by wagtail-localize, so no PO entry
exists for them. For those the English page is edited after the PO import, as
an editor would in the page editor: each page type's localize_copied_rows()
points authors and partners at their English snippets, the related lab at its
English page, and translates tags and form field labels. A later "sync" from
the Swedish page copies them back.
"""

from wagtail.models import Page
from wagtail_localize.models import Translation, TranslationSource

from portal.i18n.translation import start_translation

__all__ = ["english_for", "retranslate", "translate"]


def translate(instance, locale, dictionary, user=None):
    """Create the English version of instance; returns (target, missing msgids).

    Returns (None, []) when a translation exists already: it is never touched.
    """
    if isinstance(instance, Page):
        instance = instance.specific
    if instance.has_translation(locale):
        return None, []
    (translation,) = start_translation(instance, [locale], user)
    return _fill(translation, instance, locale, dictionary, user)


def retranslate(instance, locale, dictionary, user=None):
    """Bring an existing translation up to date with its changed source.

    The source is updated from instance ("Sync translated pages"), then every
    string is filled from the dictionary again; returns (target, missing).
    Only for translations their caller owns: what a translator entered is
    replaced.
    """
    if isinstance(instance, Page):
        instance = instance.specific
    source, _ = TranslationSource.update_or_create_from_instance(instance)
    translation = Translation.objects.get(source=source, target_locale=locale)
    return _fill(translation, instance, locale, dictionary, user)


def _fill(translation, instance, locale, dictionary, user):
    po = translation.export_po()
    missing = []
    for entry in po:
        if entry.obsolete:
            continue
        english = english_for(entry.msgid, dictionary)
        if english is None:
            missing.append(entry.msgid)
        else:
            entry.msgstr = english
    translation.import_po(po, user=user, tool_name="seed_demo")
    if not isinstance(instance, Page):
        translation.save_target(user=user, publish=True)
        return translation.get_target_instance(), missing
    # save_target(publish=True) would defer publishing to transaction.on_commit,
    # which never fires inside a test's transaction and would publish after the
    # edits below; save a draft, edit it, then publish explicitly instead.
    translation.save_target(user=user, publish=False)
    target = translation.get_target_instance().specific
    edited = target.localize_copied_rows(instance, locale, dictionary)
    revision = target.save_revision(user=user) if edited else target.latest_revision
    revision.publish(user=user)
    return target, missing


def english_for(msgid, dictionary):
    """The translation of a PO entry; text fields' line breaks arrive as <br/>."""
    if msgid in dictionary:
        return dictionary[msgid]
    english = dictionary.get(msgid.replace("<br/>", "\n"))
    return english.replace("\n", "<br/>") if english is not None else None
