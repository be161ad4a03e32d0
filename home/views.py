"""The contact form's submissions listing in the admin, exported without formulas."""

from wagtail.contrib.forms.views import SubmissionsListView

from portal.security.exports import NeutralisedExportMixin

__all__ = ["NeutralisedSubmissionsListView"]


class NeutralisedSubmissionsListView(NeutralisedExportMixin, SubmissionsListView):
    """Readers write the cells, so none may run as a formula in a spreadsheet."""
