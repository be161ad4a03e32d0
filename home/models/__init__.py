"""The home app's models: site pages, the accessibility statement and its feedback."""

from .accessibility import AccessibilityStatementPage
from .feedback import AccessibilityReport
from .pages import FormField, FormPage, HomePage, StandardPage

__all__ = [
    "AccessibilityReport",
    "AccessibilityStatementPage",
    "FormField",
    "FormPage",
    "HomePage",
    "StandardPage",
]
