"""The people and organisations a film features, shown in the page's language."""

from django.db import models
from django.db.models import OuterRef, Subquery
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from modelcluster.queryset import FakeQuerySet
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable


class VideoPagePerson(Orderable):
    page = ParentalKey(
        "labs.VideoPage", on_delete=models.CASCADE, related_name="featured_people"
    )
    person = models.ForeignKey(
        "portal.Person",
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("person")]

    class Meta(Orderable.Meta):
        verbose_name = _("person in the film")


class VideoPageOrganisation(Orderable):
    page = ParentalKey(
        "labs.VideoPage",
        on_delete=models.CASCADE,
        related_name="featured_organisations",
    )
    organisation = models.ForeignKey(
        "portal.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("organisation")]

    class Meta(Orderable.Meta):
        verbose_name = _("organisation in the film")


def in_locale(rows, relation, field, locale_id):
    """The snippets the rows point at, with field in the page's language.

    wagtail-localize copies these rows unchanged, so a fresh English page still
    points at the Swedish snippets. The translated text comes along in the same
    query (a subquery), so the page costs the same whoever edited the rows.
    The snippets are only shown, never saved.
    """
    if isinstance(rows, FakeQuerySet):  # a preview: rows live in memory only
        return [getattr(row, relation) for row in rows]
    model = rows.model._meta.get_field(relation).related_model
    translations = model.objects.filter(
        translation_key=OuterRef(f"{relation}__translation_key"), locale_id=locale_id
    )
    snippets = []
    for row in rows.select_related(relation).annotate(
        translated=Subquery(translations.values(field)[:1])
    ):
        snippet = getattr(row, relation)
        if row.translated is not None:
            setattr(snippet, field, row.translated)
        snippets.append(snippet)
    return snippets


def localized_credits(page):
    """(people, organisations) the film features; roles and names translated."""
    return (
        in_locale(page.featured_people.all(), "person", "role", page.locale_id),
        in_locale(
            page.featured_organisations.all(), "organisation", "name", page.locale_id
        ),
    )
