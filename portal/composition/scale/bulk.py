"""Insert many live pages under one parent at once, as treebeard would number them.

Publishing through Wagtail costs a revision, a log entry, signals and a
search update per page: hours for 20,000 posts. Here the base Page rows go in
with bulk_create (paths, depth and url_path computed the way treebeard and
Wagtail do), the page type's own rows with one INSERT per batch, and the
parent's child count is raised once. The pages are live with no revision:
editing one in the admin starts its first.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import F
from django.db.models.sql import InsertQuery

from wagtail.models import Page

__all__ = ["bulk_pages", "insert_rows"]

BATCH = 250


def next_position(parent):
    """The number treebeard gives parent's next child."""
    last = Page.objects.filter(
        path__startswith=parent.path, depth=parent.depth + 1
    ).order_by("-path")
    last = last.values_list("path", flat=True).first()
    return Page._str2int(last[-Page.steplen :]) + 1 if last else 1


def bulk_pages(model, parent, pages):
    """Save unsaved model instances (title, slug, translation_key, dates and
    their own fields set) as live children of parent; returns them with pks."""
    content_type = ContentType.objects.get_for_model(model)
    depth, start = parent.depth + 1, next_position(parent)
    base_fields = [f for f in Page._meta.concrete_fields if not f.primary_key]
    rows = []
    for offset, page in enumerate(pages):
        page.path = Page._get_path(parent.path, depth, start + offset)
        page.depth, page.numchild = depth, 0
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.content_type = content_type
        page.locale_id = parent.locale_id
        page.live, page.has_unpublished_changes = True, False
        page.draft_title = page.title
        page.last_published_at = page.first_published_at
        rows.append(Page(**{f.attname: getattr(page, f.attname) for f in base_fields}))
    Page.objects.bulk_create(rows, batch_size=BATCH)
    for page, row in zip(pages, rows, strict=True):
        page.id = page.page_ptr_id = row.pk
    insert_rows(model, pages)
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))
    return pages


def insert_rows(model, objects):
    """INSERT the model's own columns of objects (a page type's table below Page)."""
    fields = model._meta.local_concrete_fields
    for start in range(0, len(objects), BATCH):
        query = InsertQuery(model)
        query.insert_values(fields, objects[start : start + BATCH])
        query.get_compiler(connection=connection).execute_sql(returning_fields=None)
