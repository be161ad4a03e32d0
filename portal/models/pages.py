from django.core.paginator import Paginator
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from portal.blocks import SIMPLE_RICH_TEXT_FEATURES
from portal.i18n import translation_links


class BasePage(Page):
    """Behaviour every portal page shares; Wagtail's Page stays the concrete base."""

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=SIMPLE_RICH_TEXT_FEATURES,
        help_text=_("A short lead; listings use it as the excerpt."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    class Meta:
        abstract = True

    @property
    def translation_links(self):
        return translation_links(self)


class ListingMixin(models.Model):
    """Pages that list children page by page."""

    per_page = 12

    class Meta:
        abstract = True

    def paginate(self, request, queryset):
        paginator = Paginator(queryset, self.per_page)
        return paginator.get_page(request.GET.get("page"))
