"""Translations made through wagtail-localize's PO round trip, as a translator works.

Used to give new company sites (portal.companies) and the demo their English.

For each Swedish object: submit it for translation (TranslationSource +
Translation), export the PO file, fill every msgstr from the English dictionary
keyed by the Swedish source string, import the PO file and save the target.

Inline rows that are not translatable models (post authors, lab organisations,
form fields) and tags are copied unchanged by wagtail-localize, so no PO entry
exists for them. For those the English page is edited after the PO import, as
an editor would in the page editor: authors and partner organisations point to
their English snippets, the related lab to its English page, tags and form field
labels are translated. A later "sync" from the Swedish page copies them back.
"""

from wagtail.models import Page
from wagtail_localize.models import Translation, TranslationSource

from blog.models import BlogPostPage, BlogPostPageAuthor
from home.models import FormPage
from labs.models import (
    LabPage,
    LabPageOrganisation,
    VideoPage,
    VideoPageOrganisation,
    VideoPagePerson,
)


def translate(instance, locale, dictionary, user=None):
    """Create the English version of instance; returns (target, missing msgids).

    Returns (None, []) when a translation exists already: it is never touched.
    """
    if isinstance(instance, Page):
        instance = instance.specific
    if instance.has_translation(locale):
        return None, []
    source, _ = TranslationSource.get_or_create_from_instance(instance)
    translation, _ = Translation.objects.get_or_create(
        source=source, target_locale=locale
    )
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
    edited = localize_inline_rows(instance, target, locale, dictionary)
    revision = target.save_revision(user=user) if edited else target.latest_revision
    revision.publish(user=user)
    return target, missing


def english_for(msgid, dictionary):
    """The translation of a PO entry; text fields' line breaks arrive as <br/>."""
    if msgid in dictionary:
        return dictionary[msgid]
    english = dictionary.get(msgid.replace("<br/>", "\n"))
    return english.replace("\n", "<br/>") if english is not None else None


def localized(obj, locale):
    if obj is None:
        return None
    return obj.get_translation_or_none(locale) or obj


def localize_inline_rows(source, target, locale, dictionary):
    """Edit what wagtail-localize copies verbatim; True if the page changed."""
    if isinstance(target, BlogPostPage):
        target.authors = [
            BlogPostPageAuthor(person=localized(row.person, locale), sort_order=index)
            for index, row in enumerate(source.authors.all())
        ]
        target.related_lab = localized(source.related_lab, locale)
        target.tags.set(
            [dictionary.get(tag.name, tag.name) for tag in source.tags.all()]
        )
        return True
    if isinstance(target, LabPage):
        target.organisations = [
            LabPageOrganisation(
                organisation=localized(row.organisation, locale), sort_order=index
            )
            for index, row in enumerate(source.organisations.all())
        ]
        return True
    if isinstance(target, VideoPage):
        localize_film_credits(source, target, locale)
        return True
    if isinstance(target, FormPage):
        # Keep the copied rows (and their clean_name, which keys submissions).
        fields = list(target.form_fields.all())
        for field in fields:
            field.label = dictionary.get(field.label, field.label)
            field.help_text = dictionary.get(field.help_text, field.help_text)
        target.form_fields = fields
        return True
    return False


def localize_film_credits(source, target, locale):
    """Point a film's credits at the English people and organisations."""
    target.featured_people = [
        VideoPagePerson(person=localized(row.person, locale), sort_order=index)
        for index, row in enumerate(source.featured_people.all())
    ]
    target.featured_organisations = [
        VideoPageOrganisation(
            organisation=localized(row.organisation, locale), sort_order=index
        )
        for index, row in enumerate(source.featured_organisations.all())
    ]
