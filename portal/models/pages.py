from django.core.paginator import Paginator
from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from portal.api import fields as api
from portal.blocks import SIMPLE_RICH_TEXT_FEATURES
from portal.companies.choices import PortalPageForm
from portal.sharing.structured_data import breadcrumb_list, plain_text

# Wagtail's root is at depth 1, the sites' homes (and their translations) below it.
HOME_DEPTH = 2


def specific_for_serving(page):
    """page as its specific type, with the relations its template shows joined in."""
    model = page.specific_class
    if model is None:
        return page.specific
    related = getattr(model, "serve_select_related", ())
    return model.objects.select_related(*related).get(pk=page.pk)


class BasePage(Page):
    """Behaviour every portal page shares; Wagtail's Page stays the concrete base."""

    # The section of a site this type is, for pages that look it up by name
    # (the chrome links the site's "blog" and "accessibility_statement").
    site_section = None
    # Foreign keys the page's own template renders, joined in when it is served.
    serve_select_related = ()
    # Refuses another company's images, snippets and pages (portal.companies.choices).
    base_form_class = PortalPageForm
    # OpenGraph's og:type; posts are "article".
    og_type = "website"

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=SIMPLE_RICH_TEXT_FEATURES,
        help_text=_("A short lead; listings use it as the excerpt."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    # What the public API shows of every page (portal/api/, docs/api.md);
    # page types add their own after these.
    api_fields = [
        APIField("intro", serializer=api.RichTextField("intro")),
        APIField("excerpt", serializer=api.ExcerptField()),
        APIField("company", serializer=api.CompanyField()),
        APIField("translations", serializer=api.TranslationsField()),
    ]

    class Meta:
        abstract = True

    def shown_snippets(self):
        """People and organisations the page shows; translated along with it."""
        return []

    def localize_copied_rows(self, source, locale, dictionary):
        """Edit what wagtail-localize copied verbatim from source; True if changed.

        Inline rows that are not translatable models (authors, partners, form
        fields) and tags arrive unchanged in a translation, so they get no PO
        entry; the PO round trip (portal.i18n.po) asks each page type to point
        them at the locale's snippets, as an editor would.
        """
        return False

    def share_excerpt(self):
        """Plain text that describes the page when its SEO field is empty.

        The intro, else the first paragraph of the body (read from its stored
        JSON, so nothing is rendered or fetched).
        """
        intro = plain_text(self.intro)
        if intro:
            return intro
        for block in getattr(getattr(self, "body", None), "raw_data", None) or []:
            if block.get("type") == "paragraph" and isinstance(block["value"], str):
                text = plain_text(block["value"])
                if text:
                    return text
        return ""

    def share_image(self):
        """(image, alt text) to show when the page is shared, or None."""
        picture = getattr(self, "hero_image", None)
        return (picture, self.hero_image_alt) if picture else None

    def breadcrumbs(self, request, context):
        """(title, absolute url) from the site's home down to this page.

        A view below the page (context["subview"]: an archive, a listing)
        comes last.

        The ancestors come from routing (route() fetched them with the page);
        a page rendered otherwise, as in a preview, asks for them.
        """
        ancestors = getattr(self, "_portal_ancestors", None)
        if ancestors is None and self.depth <= HOME_DEPTH:
            ancestors = []  # a site's home, served without routing
        elif ancestors is None:
            ancestors = list(self.get_ancestors().filter(depth__gte=HOME_DEPTH))
        crumbs = [
            (page.title, page.get_full_url(request)) for page in ancestors if page.live
        ]
        crumbs.append((self.title, self.get_full_url(request)))
        subview = context.get("subview")
        if subview:
            crumbs.append((subview["title"], subview["url"]))
        return crumbs

    def structured_data(self, request, context, share):
        """schema.org objects for the page's JSON-LD; a BreadcrumbList below home.

        Page types extend the list; share is portal.sharing.meta's data for
        the page (its description, canonical, image and site identity).
        """
        crumbs = self.breadcrumbs(request, context)
        return [breadcrumb_list(crumbs)] if len(crumbs) > 1 else []

    def route(self, request, path_components):
        """Find the deepest page on the path in one query, not one per level.

        Semantics match Page.route: intermediate pages are matched by slug
        whatever their status, the page found routes the rest (so routable
        pages keep their sub-URLs) and decides whether it can be served
        (docs/upstream.md, "Page.route").
        """
        if not path_components:
            return super().route(request, path_components)
        prefixes = [
            self.url_path + "/".join(path_components[:length]) + "/"
            for length in range(1, len(path_components) + 1)
        ]
        # Every page on the path, deepest first: the ancestors come along for
        # the breadcrumbs at no extra query.
        matches = list(
            Page.objects.filter(
                url_path__in=prefixes, path__startswith=self.path
            ).order_by("-depth")
        )
        if not matches:
            raise Http404
        match, *ancestors = matches
        remaining = path_components[match.depth - self.depth :]
        page = specific_for_serving(match)
        page._portal_ancestors = [self, *reversed(ancestors)]
        return page.route(request, remaining)


class ListingMixin(models.Model):
    """Pages that list children page by page."""

    per_page = 12

    class Meta:
        abstract = True

    def paginate(self, request, queryset):
        paginator = Paginator(queryset, self.per_page)
        page = paginator.get_page(request.GET.get("page"))
        # Canonical and hreflang addresses carry it (portal.sharing.meta).
        self.listing_page_number = page.number
        return page
