"""Objects a page links (people, organisations, labs) in the page's own locale.

wagtail-localize copies inline rows and links unchanged into a translation, so
an English page may point at Swedish snippets or pages; these helpers swap each
for its translation in a fixed number of queries. The one way to localise
what a page shows.
"""

from django.db.models import Exists, F, OuterRef, Q, QuerySet, Subquery

from wagtail.models import Page

from portal.caching.restrictions import public

__all__ = ["localized_all", "localized_links", "localized_one"]


def localized_all(objects, locale_id, *related):
    """objects in locale_id: each one's translation there, or itself if it has none.

    wagtail-localize copies inline rows (post authors, lab partners) and page
    links unchanged, so an English page may point at Swedish people or labs.
    The translations come in one query whatever their number, none when every
    object is in the locale already; `related` is joined in as select_related.
    Pages are swapped only for a live translation.
    """
    objects = list(objects)
    foreign = [obj for obj in objects if obj is not None and obj.locale_id != locale_id]
    if not foreign:
        return objects
    model = type(foreign[0])
    queryset = model._default_manager.filter(
        translation_key__in={obj.translation_key for obj in foreign},
        locale_id=locale_id,
    ).select_related(*related)
    if issubclass(model, Page):
        queryset = public(queryset.live())
    found = {obj.translation_key: obj for obj in queryset}
    return [
        found.get(obj.translation_key, obj) if obj is not None else None
        for obj in objects
    ]


def localized_one(obj, locale_id, *related):
    """obj in locale_id, as localized_all for a single object (None stays None)."""
    return localized_all([obj], locale_id, *related)[0]


def localized_links(rows, field, locale_id, *related):
    """What an inline panel's rows link through field, in row order, in locale_id.

    As localized_all, but rows and translations come in one query, so a
    translated page costs no more queries than its original. Rows of a preview
    (modelcluster keeps them in memory) take the two-query way.
    """
    if not isinstance(rows, QuerySet):
        return localized_all([getattr(row, field) for row in rows], locale_id, *related)
    model = rows.model._meta.get_field(field).related_model
    same_key = rows.filter(**{f"{field}__translation_key": OuterRef("translation_key")})
    first_row = same_key.order_by(F("sort_order").asc(nulls_last=True), "pk")
    candidates = (
        model._default_manager.annotate(
            row_order=Subquery(first_row.values("sort_order")[:1]),
            row_pk=Subquery(first_row.values("pk")[:1]),
            linked=Exists(rows.filter(**{field: OuterRef("pk")})),
        )
        .filter(Q(locale_id=locale_id) | Q(linked=True), Exists(same_key))
        .select_related(*related)
        .order_by(F("row_order").asc(nulls_last=True), "row_pk", "pk")
    )
    chosen = {}
    for obj in candidates:
        if obj.translation_key not in chosen or obj.locale_id == locale_id:
            chosen[obj.translation_key] = obj
    return list(chosen.values())
