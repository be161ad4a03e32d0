"""The editor's own script: shows the first field with an error, on any tab."""

from django.templatetags.static import static
from django.utils.html import format_html

__all__ = ["editor_js"]


def editor_js():
    """insert_editor_js: one deferred static script (no inline code: the CSP)."""
    return format_html('<script src="{}" defer></script>', static(EDITOR_SCRIPT))


EDITOR_SCRIPT = "portal/admin/editor.js"
