"""A data subject's request: everything one e-mail address made, on any site.

The register extract (GDPR art. 15) holds every kind that can find an
address's rows, described by the app that keeps them; erasure (art. 17)
deletes those same rows. Both are for portal moderators (portal.privacy.views)
and are logged as counts (portal.privacy.audit).
"""

import csv
import io
import json

from django.db import transaction
from django.utils import timezone

from portal.privacy.registry import kinds
from portal.security.exports import neutralise

__all__ = ["erase", "extract", "extract_csv", "extract_json", "found_counts"]


def searchable_kinds():
    return [kind for kind in kinds() if kind.owned_by is not None]


def extract(address):
    """[(kind, [described row, ...])] for the address, every searchable kind."""
    return [
        (kind, [kind.describe(row) for row in kind.owned_by(address)])
        for kind in searchable_kinds()
    ]


def found_counts(address):
    return {kind.key: kind.owned_by(address).count() for kind in searchable_kinds()}


def extract_json(address, found):
    document = {
        "email": address,
        "created": timezone.now().isoformat(),
        "data": {
            kind.key: {"label": str(kind.label), "items": items}
            for kind, items in found
        },
    }
    return json.dumps(document, ensure_ascii=False, indent=2)


def flattened(value, prefix=""):
    """(field, text) pairs of a described row, nested answers dotted."""
    if isinstance(value, dict):
        for key, inner in value.items():
            yield from flattened(inner, f"{prefix}{key}.")
    elif isinstance(value, list):
        yield prefix.rstrip("."), "; ".join(str(item) for item in value)
    else:
        yield prefix.rstrip("."), "" if value is None else str(value)


def extract_csv(found):
    """One line per field of each row; readers wrote the cells, so none is a
    formula in a spreadsheet (portal.security.exports)."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["kind", "item", "field", "value"])
    for kind, items in found:
        for number, item in enumerate(items, start=1):
            for field, value in flattened(item):
                writer.writerow(
                    [neutralise(str(kind.label)), number, field, neutralise(value)]
                )
    return "\ufeff" + out.getvalue()  # a BOM: spreadsheets then read UTF-8


@transaction.atomic
def erase(address):
    """Delete every row the address made; {kind key: rows deleted}."""
    return {kind.key: kind.erase(kind.owned_by(address)) for kind in searchable_kinds()}
