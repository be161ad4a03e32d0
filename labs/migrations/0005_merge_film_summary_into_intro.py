# Reviewer's note: drops VideoPage.summary after moving its text into the
# intro (the "Ingress" every page type has), so no text is lost:
# - intro empty: the summary becomes the intro, one <p> per paragraph;
# - both filled: the summary comes first (it was the lead readers saw on the
#   film page, in listings and shared links), then the former intro, unless
#   the intro already says the same.
# The same merge is made in every revision (drafts keep their text) and in
# wagtail-localize's stored source content. The source's "summary" context
# becomes its "intro" context, so the English translation of the text is found
# again when the Swedish page is next synced; until then its old segments are
# dropped (a plain-text segment cannot stand in a rich-text field) and the
# English page keeps its own merged intro. Reversing puts the intro's plain
# text back into the summary.

import html
import json
import re
import uuid

from django.core.serializers.json import DjangoJSONEncoder
from django.db import migrations
from django.utils.html import escape, strip_tags

PARAGRAPHS = re.compile(r"\n\s*\n")
# wagtail-localize's TranslationContext._get_path_id("intro").
INTRO_PATH_ID = uuid.uuid5(uuid.UUID("fcab004a-2b50-11ea-978f-2e728ce88125"), "intro")


def as_rich_text(text):
    """Plain text as paragraphs, line breaks kept."""
    paragraphs = [part.strip() for part in PARAGRAPHS.split(text.strip())]
    return "".join(
        "<p>" + "<br/>".join(escape(line) for line in part.split("\n")) + "</p>"
        for part in paragraphs
        if part
    )


def plain(rich_text):
    text = re.sub(r"</p>|<br\s*/?>", "\n", rich_text or "")
    return " ".join(html.unescape(strip_tags(text)).split())


def merged(summary, intro):
    """The one lead: the summary's text first, the intro's kept."""
    summary, intro = (summary or "").strip(), intro or ""
    if not summary:
        return intro
    if not plain(intro):
        return as_rich_text(summary)
    if " ".join(summary.split()) in plain(intro):
        return intro
    return as_rich_text(summary) + intro


def merge_content(content):
    """A serialised film (revision, translation source) merged in place.

    None if it had no summary, else whether the summary had any text.
    """
    if "summary" not in content:
        return None
    summary = content.pop("summary") or ""
    content["intro"] = merged(summary, content.get("intro"))
    return bool(summary.strip())


def film_content_type(apps):
    ContentType = apps.get_model("contenttypes", "ContentType")
    return ContentType.objects.filter(app_label="labs", model="videopage").first()


def merge_pages(apps):
    VideoPage = apps.get_model("labs", "VideoPage")
    for film in VideoPage.objects.exclude(summary="").only("summary", "intro"):
        film.intro = merged(film.summary, film.intro)
        film.save(update_fields=["intro"])


def merge_revisions(apps, content_type):
    Revision = apps.get_model("wagtailcore", "Revision")
    for revision in Revision.objects.filter(content_type=content_type).iterator():
        if merge_content(revision.content) is not None:
            revision.save(update_fields=["content"])


def merge_translation_sources(apps, content_type):
    TranslationSource = apps.get_model("wagtail_localize", "TranslationSource")
    TranslationContext = apps.get_model("wagtail_localize", "TranslationContext")
    StringTranslation = apps.get_model("wagtail_localize", "StringTranslation")
    sources = TranslationSource.objects.filter(specific_content_type=content_type)
    for source in sources:
        content = json.loads(source.content_json)
        moved = merge_content(content)
        if moved is None:
            continue
        source.content_json = json.dumps(content, cls=DjangoJSONEncoder)
        source.save(update_fields=["content_json"])
        if not moved:
            continue
        contexts = TranslationContext.objects.filter(
            object_id=source.object_id, path__in=["summary", "intro"]
        )
        by_path = {context.path: context for context in contexts}
        drop_segments(apps, by_path.values())
        old, new = by_path.get("summary"), by_path.get("intro")
        if old is None:
            continue
        if new is None:  # the text's translations now belong to the intro
            old.path = old.field_path = "intro"
            old.path_id = INTRO_PATH_ID
            old.save(update_fields=["path", "field_path", "path_id"])
            continue
        for row in StringTranslation.objects.filter(context=old):
            taken = StringTranslation.objects.filter(
                translation_of_id=row.translation_of_id,
                locale_id=row.locale_id,
                context=new,
            )
            if not taken.exists():
                row.context = new
                row.save(update_fields=["context"])
        old.delete()


def drop_segments(apps, contexts):
    """The segments of these contexts, in every source of the film."""
    for name in (
        "StringSegment",
        "TemplateSegment",
        "RelatedObjectSegment",
        "OverridableSegment",
    ):
        model = apps.get_model("wagtail_localize", name)
        model.objects.filter(context__in=list(contexts)).delete()


def forwards(apps, schema_editor):
    merge_pages(apps)
    content_type = film_content_type(apps)
    if content_type is None:  # a fresh database: no film was ever saved
        return
    merge_revisions(apps, content_type)
    merge_translation_sources(apps, content_type)


def backwards(apps, schema_editor):
    VideoPage = apps.get_model("labs", "VideoPage")
    for film in VideoPage.objects.exclude(intro="").only("intro"):
        film.summary = plain(film.intro)
        film.save(update_fields=["summary"])



class Migration(migrations.Migration):
    dependencies = [
        ("labs", "0004_rename_filmindexpage_videoindexpage"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.RunPython(forwards, backwards, elidable=False),
        migrations.RemoveField(model_name="videopage", name="summary"),
    ]
