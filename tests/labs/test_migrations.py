import json

from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import connection

from wagtail.models import Page
from wagtail_localize.models import (
    String,
    StringSegment,
    StringTranslation,
    TranslationContext,
    TranslationSource,
)
from wagtail_localize.strings import StringValue

import pytest

from labs.models import VideoIndexPage, VideoPage
from tests.factories.pages import (
    LabPageFactory,
    VideoIndexPageFactory,
    VideoPageFactory,
)

BEFORE_RENAME = "0003_film_accessibility"
RENAME = "0004_rename_filmindexpage_videoindexpage"
MERGE = "0005_merge_film_summary_into_intro"
LATEST = MERGE  # where each test leaves the schema: the code's


def migrate_labs(target):
    call_command("migrate", "labs", target, verbosity=0, interactive=False)


# Migrating changes the schema, which SQLite refuses inside a transaction.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_film_index_page_from_before_the_rename_survives_as_a_video_index(
    home_page,
):
    index = VideoIndexPageFactory(parent=home_page, title="Filmer")
    content_type_id = index.content_type_id
    try:
        migrate_labs(BEFORE_RENAME)  # the page is now a FilmIndexPage row
        assert "labs_filmindexpage" in connection.introspection.table_names()
        assert ContentType.objects.get(pk=content_type_id).model == "filmindexpage"
    finally:
        migrate_labs(LATEST)  # also on failure: never leave the schema behind the code
    # Django renames the content type in place, so the page keeps its id.
    assert ContentType.objects.get(pk=content_type_id).model == "videoindexpage"
    assert not ContentType.objects.filter(app_label="labs", model="filmindexpage")
    page = Page.objects.get(pk=index.pk).specific
    assert isinstance(page, VideoIndexPage)
    assert page.title == "Filmer"


BEFORE_MERGE = RENAME
SUMMARY = "Kort om filmen & labbet."
ESCAPED = "Kort om filmen &amp; labbet."


def set_columns(film, **values):
    """Write the old schema's columns, which no current model has."""
    columns = ", ".join(f"{name} = %s" for name in values)
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE labs_videopage SET {columns} WHERE page_ptr_id = %s",  # noqa: S608
            [*values.values(), film.pk],
        )


def translated_summary(film, locale_en):
    """A source made before the merge: its summary segment, translated into English."""
    source, _ = TranslationSource.get_or_create_from_instance(film)
    content = json.loads(source.content_json)
    content.update(summary=SUMMARY, intro="")
    source.content_json = json.dumps(content)
    source.save()
    context = TranslationContext.objects.create(
        object=source.object, path="summary", field_path="summary"
    )
    string = String.from_value(film.locale, StringValue.from_plaintext(SUMMARY))
    StringSegment.objects.create(source=source, context=context, order=0, string=string)
    StringTranslation.objects.create(
        translation_of=string,
        locale=locale_en,
        context=context,
        data="About the film & the lab.",
    )
    return source


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_summary_moves_into_the_intro_of_pages_drafts_and_translations(
    home_page, locale_en
):
    empty_intro = VideoPageFactory(intro="", parent=LabPageFactory(parent=home_page))
    both = VideoPageFactory(intro="<p>Mer om labbet.</p>", parent=empty_intro.lab)
    same = VideoPageFactory(intro=f"<p>{ESCAPED}</p>", parent=empty_intro.lab)
    draft = empty_intro.save_revision()
    try:
        migrate_labs(BEFORE_MERGE)
        set_columns(empty_intro, summary=SUMMARY, intro="")
        set_columns(both, summary="Först.\n\nSedan.")
        set_columns(same, summary=SUMMARY)
        draft.content = {**draft.content, "summary": SUMMARY, "intro": ""}
        draft.save()
        source = translated_summary(empty_intro, locale_en)
    finally:
        migrate_labs(MERGE)
    assert VideoPage.objects.get(pk=empty_intro.pk).intro == f"<p>{ESCAPED}</p>"
    assert VideoPage.objects.get(pk=both.pk).intro == (
        "<p>Först.</p><p>Sedan.</p><p>Mer om labbet.</p>"
    )
    assert VideoPage.objects.get(pk=same.pk).intro == f"<p>{ESCAPED}</p>"
    draft.refresh_from_db()
    assert "summary" not in draft.content
    assert draft.content["intro"] == f"<p>{ESCAPED}</p>"
    # The source has no plain-text segment left in the rich-text intro, and a
    # sync finds the English text again under the intro.
    source.refresh_from_db()
    assert json.loads(source.content_json)["intro"] == f"<p>{ESCAPED}</p>"
    assert not StringSegment.objects.filter(source=source).filter(
        context__path="summary"
    )
    source.update_from_db()
    segment = StringSegment.objects.get(source=source, context__path="intro")
    translated = StringTranslation.objects.get(
        translation_of=segment.string, locale=locale_en, context=segment.context
    )
    assert translated.data == "About the film & the lab."
