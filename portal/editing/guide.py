"""The editor's guide inside the admin, linked first under "Help".

Wagtail's own help links to its generic guide in English; this one covers the
portal's work: writing a post, images and alt text, translating, a film with
captions and the accessibility checklist. One template per interface language
(prose reads better whole than cut into msgids); Swedish is the default.
"""

from django.urls import path, reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

__all__ = ["GuideView", "guide_menu_item", "guide_urls"]

LANGUAGES = {"sv", "en"}


class GuideView(WagtailAdminTemplateMixin, TemplateView):
    page_title = _("Editor's guide")
    header_icon = "help"

    def get_template_names(self):
        language = (get_language() or "sv")[:2]
        language = language if language in LANGUAGES else "sv"
        return [f"portal/admin/guide_{language}.html"]


def guide_urls():
    """register_admin_urls: the guide, for everyone who may use the admin."""
    return [path("guide/", GuideView.as_view(), name="portal_editor_guide")]


def guide_menu_item():
    """register_help_menu_item: first under Help, before Wagtail's links."""
    return MenuItem(
        _("Editor's guide for the portal"),
        reverse("portal_editor_guide"),
        icon_name="help",
        order=10,
    )
