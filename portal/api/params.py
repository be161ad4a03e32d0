"""Checks on the query a reader sends the API: a bad value is a 400, never a 500.

Wagtail's filters turn most bad values into its BadRequestError; these cover
what they pass on to the database unchecked (ids past 64 bits, dates, offsets
no listing reaches) and the portal's own `locale`.
"""

import re

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import models

from taggit.managers import TaggableManager
from wagtail.api.v2.filters import FieldsFilter, OrderingFilter
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.utils import BadRequestError

from rest_framework.filters import BaseFilterBackend

from portal.i18n.languages import default_language, language_codes

__all__ = [
    "ID_PARAMETERS",
    "MAX_ID",
    "CheckedFieldsFilter",
    "LocaleFilter",
    "PortalPagination",
    "StableOrderingFilter",
    "check_ids",
    "parse_id",
    "requested_locale",
]

# The largest id a 64-bit database column holds.
MAX_ID = 2**63 - 1
ID = re.compile(r"[0-9]{1,19}")
DEFAULT_LIMIT = 20
# Page ids Wagtail's filters read (each may also be "root").
ID_PARAMETERS = ("child_of", "descendant_of", "ancestor_of", "translation_of")


def parse_id(value, name):
    """value as a positive id, or BadRequestError naming the parameter."""
    if not ID.fullmatch(value or "") or not 0 < int(value) <= MAX_ID:
        raise BadRequestError(f"{name} must be a positive integer")
    return int(value)


def check_ids(query):
    for name in ID_PARAMETERS:
        if name in query and query[name] != "root":
            parse_id(query[name], name)


def requested_locale(query, default=True):
    """The language code asked for, the default language if none (or None)."""
    code = query.get("locale")
    if code is None:
        return default_language() if default else None
    if code not in language_codes():
        raise BadRequestError(
            "locale must be one of: " + ", ".join(sorted(language_codes()))
        )
    return code


class LocaleFilter(BaseFilterBackend):
    """Pages in the requested locale; listings default to the default language.

    Replaces Wagtail's, which answers an unknown locale with a 404 and lists
    every language when none is given.
    """

    def filter_queryset(self, request, queryset, view):
        code = requested_locale(request.GET, default=view.action == "listing_view")
        if code is None:
            return queryset
        child_of = getattr(queryset, "_filtered_by_child_of", None)
        queryset = queryset.filter(locale__language_code=code)
        if child_of is not None:
            queryset._filtered_by_child_of = child_of
        return queryset


def check_field_value(field, name, value):
    """A filter value the database can compare with field, or BadRequestError.

    Tags are names (any text), and booleans Wagtail checks itself.
    """
    if isinstance(field, (TaggableManager, models.BooleanField)):
        return
    if not isinstance(field, models.Field) or field.many_to_many:
        return
    target = field.target_field if isinstance(field, models.ForeignKey) else field
    try:
        python = target.to_python(value)
    except (ValidationError, ValueError, TypeError) as error:
        raise BadRequestError(f"{name}: not a valid value") from error
    if isinstance(python, int) and not -MAX_ID <= python <= MAX_ID:
        raise BadRequestError(f"{name}: out of range")


class CheckedFieldsFilter(FieldsFilter):
    """Wagtail's field filters (?date=…, ?tags=…) with every value checked first."""

    def filter_queryset(self, request, queryset, view):
        names = set(view.get_available_fields(queryset.model, db_fields_only=True))
        for name, value in request.GET.items():
            if name in names - {"locale"}:
                try:
                    field = queryset.model._meta.get_field(name)
                except FieldDoesNotExist:
                    continue
                check_field_value(field, name, value)
        return super().filter_queryset(request, queryset, view)


class StableOrderingFilter(OrderingFilter):
    """Wagtail's ?order=, without random order and with the id to break ties.

    A random order would be cached as if it were the order; ties would let
    one item show on two pages of a listing, or on none.
    """

    def filter_queryset(self, request, queryset, view):
        if "random" in request.GET.get("order", "").split(","):
            raise BadRequestError("random ordering is not supported")
        ordered = super().filter_queryset(request, queryset, view)
        if "order" in request.GET:
            ordered = ordered.order_by(*ordered.query.order_by, "pk")
        return ordered


class PortalPagination(WagtailPagination):
    """Wagtail's limit and offset, each with the portal's maximum.

    Wagtail reads its maximum limit from a setting the admin's API shares,
    and has none for the offset, which the database may refuse past 64 bits.
    """

    def paginate_queryset(self, queryset, request, view=None):
        limit = self.number(
            request, "limit", DEFAULT_LIMIT, settings.PORTAL_API_LIMIT_MAX
        )
        offset = self.number(request, "offset", 0, settings.PORTAL_API_MAX_OFFSET)
        self.view = view
        self.total_count = queryset.count()
        return queryset[offset : offset + limit]

    @staticmethod
    def number(request, name, default, largest):
        value = request.GET.get(name, str(default))
        if not ID.fullmatch(value):
            raise BadRequestError(f"{name} must be a positive integer")
        if int(value) > largest:
            raise BadRequestError(f"{name} cannot be higher than {largest}")
        return int(value)
