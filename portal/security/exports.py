"""Spreadsheet exports that a spreadsheet program cannot run as formulas.

A reader writes a form field, an editor exports it to CSV or XLSX and opens
it in Excel or LibreOffice: a cell starting with `=`, `+`, `-` or `@` (or a
tab or carriage return before one) would run as a formula there. Following
OWASP's advice on CSV injection, such a cell gets a leading single quote,
which the spreadsheet shows as text. `NeutralisedExportMixin` applies this to
every cell and heading of a Wagtail `SpreadsheetExportMixin` view, through
its own `preprocess_field_value` and `get_heading`.
"""

__all__ = ["FORMULA_STARTS", "NeutralisedExportMixin", "neutralise"]

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    """value, with a leading quote if a spreadsheet would read it as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return f"'{value}"
    return value


class NeutralisedExportMixin:
    """Put before SpreadsheetExportMixin (or a view using it) in the bases."""

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        return neutralise(value)

    def get_heading(self, queryset, field):
        return neutralise(super().get_heading(queryset, field))
