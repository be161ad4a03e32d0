"""The public API's endpoints: Wagtail's API v2 viewsets, scoped to the host's site.

Every endpoint answers GET only, in JSON only, to anyone: no session or
password is read, so every answer can be kept by shared caches (Cache-Control
and ETag come from portal.caching.headers and ConditionalGetMiddleware).
Each client address has PORTAL_API_RATE_LIMIT requests per
PORTAL_API_RATE_WINDOW seconds (portal.security.throttle); errors are JSON
with a "message", as Wagtail's own.

Wagtail's `site` parameter (another site's pages on this host) and its search
are not offered; the overrides are listed in docs/upstream.md ("Wagtail API v2
viewsets").
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import DataError
from django.http import Http404
from django.utils.translation import get_language

from wagtail.api import APIField
from wagtail.api.v2.filters import (
    AncestorOfFilter,
    ChildOfFilter,
    DescendantOfFilter,
    TranslationOfFilter,
)
from wagtail.api.v2.utils import BadRequestError, page_models_from_string
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Page, Site

from rest_framework.exceptions import APIException, Throttled
from rest_framework.permissions import AllowAny
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from rest_framework.throttling import BaseThrottle

from portal.api import fields
from portal.api.params import (
    MAX_ID,
    CheckedFieldsFilter,
    LocaleFilter,
    PortalPagination,
    StableOrderingFilter,
    check_ids,
    parse_id,
    requested_locale,
)
from portal.api.scope import images_shown, pages_shown
from portal.i18n.languages import default_language, language_codes
from portal.security.client_ip import client_ip
from portal.security.throttle import allow

__all__ = [
    "NEWEST_FIRST",
    "PortalImagesAPIViewSet",
    "PortalPagesAPIViewSet",
    "page_endpoint",
]

NEWEST_FIRST = ("-first_published_at", "-pk")
# Wagtail's query parameters that the public API does not offer.
NOT_OFFERED = frozenset({"site", "search", "search_operator"})


class RateLimit(BaseThrottle):
    """PORTAL_API_RATE_LIMIT requests per window from one client address."""

    def allow_request(self, request, view):
        return allow(
            "api",
            client_ip(request),
            settings.PORTAL_API_RATE_LIMIT,
            settings.PORTAL_API_RATE_WINDOW,
        )

    def wait(self):
        return settings.PORTAL_API_RATE_WINDOW


def too_many_requests():
    window = settings.PORTAL_API_RATE_WINDOW
    message = (
        f"Too many requests from your address: the API answers "
        f"{settings.PORTAL_API_RATE_LIMIT} per {window} seconds. "
        f"Try again in {window} seconds."
    )
    return Response({"message": message}, status=429, headers={"Retry-After": window})


class PublicAPIMixin:
    """What every public endpoint shares: anonymous, JSON, throttled, checked."""

    authentication_classes = []
    permission_classes = [AllowAny]
    throttle_classes = [RateLimit]
    renderer_classes = [JSONRenderer]
    pagination_class = PortalPagination

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)  # negotiation and the rate limit
        check_ids(request.GET)

    def handle_exception(self, exc):
        if isinstance(exc, Throttled):
            return too_many_requests()
        if isinstance(exc, ValidationError):  # a value the database refused
            exc = BadRequestError("; ".join(exc.messages))
        elif isinstance(exc, (DataError, OverflowError)):
            exc = BadRequestError("a parameter is out of range")
        response = super().handle_exception(exc)
        if isinstance(exc, APIException) and isinstance(response.data, dict):
            response.data = {"message": str(exc.detail)}  # as Wagtail's errors
        return response

    @property
    def site(self):
        return Site.find_for_request(self.request)

    def paginate_queryset(self, queryset):
        self.batch = list(super().paginate_queryset(queryset))
        return self.batch

    def get_object(self):
        if self.kwargs["pk"] > MAX_ID:
            raise Http404("not found")
        instance = super().get_object()
        self.batch = [instance]
        return instance

    def batched(self, key, compute):
        """compute(objects being serialised), once per request for key."""
        computed = self.__dict__.setdefault("_batched", {})
        if key not in computed:
            computed[key] = compute(self.batch)
        return computed[key]


class PortalPagesAPIViewSet(PublicAPIMixin, PagesAPIViewSet):
    """Live, public pages of the host's site (every site on the umbrella host).

    Listings are in one locale, ?locale=en or else the default language,
    ordered by `default_order` unless ?order= is given. Typed endpoints
    (page_endpoint) are this with a page type and its own listing fields.
    """

    filter_backends = [
        CheckedFieldsFilter,
        ChildOfFilter,
        AncestorOfFilter,
        DescendantOfFilter,
        StableOrderingFilter,
        TranslationOfFilter,
        LocaleFilter,
    ]
    known_query_parameters = PagesAPIViewSet.known_query_parameters - NOT_OFFERED
    # Not alias_of: an alias may copy a page of a tree this host does not show.
    meta_fields = [name for name in PagesAPIViewSet.meta_fields if name != "alias_of"]
    default_order = ("path",)
    # The schema of one item's own fields (portal.api.schema), for typed endpoints.
    item_schema = None

    def get_base_queryset(self):
        """Every page this host may show, in any locale (Wagtail's filters use it)."""
        return pages_shown(Page.objects.all(), self.site)

    def requested_models(self):
        if self.model is not Page:
            return (self.model,)
        if "type" not in self.request.GET:
            return ()
        try:
            return page_models_from_string(self.request.GET["type"])
        except (LookupError, ValueError) as error:
            raise BadRequestError("type doesn't exist") from error

    def get_queryset(self):
        models = self.requested_models() or (Page,)
        if len(models) == 1:
            queryset = models[0].objects.all()
        else:
            queryset = Page.objects.type(*models)
        queryset = pages_shown(queryset, self.site).select_related("locale")
        return queryset.order_by(*self.default_order)

    def get_root_page(self):
        """The site's home in the requested locale, for child_of=root."""
        site = self.site
        if site is None:
            raise BadRequestError("this host has no site")
        root = site.root_page
        code = requested_locale(self.request.GET)
        translated = root.get_translations(inclusive=True).filter(
            locale__language_code=code
        )
        return translated.first() or root

    def find_object(self, queryset, request):
        if "html_path" in request.GET:
            page = self.route(request.GET["html_path"])
            return page if page and queryset.filter(pk=page.pk).exists() else None
        if "id" in request.GET:
            return queryset.filter(pk=parse_id(request.GET["id"], "id")).first()
        return None

    def route(self, html_path):
        """The page html_path (e.g. /en/blog/a-post/) shows on this host, or None."""
        site = self.site
        components = [part for part in html_path.split("/") if part]
        root = site.root_page if site else None
        if root and components and components[0] in language_codes():
            code = components.pop(0)
            if code == default_language():
                return None  # the default language is never prefixed
            root = root.get_translations().filter(locale__language_code=code).first()
        if root is None:
            return None
        try:
            return root.specific.route(self.request, components)[0]
        except Http404:
            return None

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        if response.status_code == 200:
            response["Content-Language"] = self.content_language(request)
        return response

    def content_language(self, request):
        if self.action == "detail_view" and getattr(self, "batch", None):
            return self.batch[0].locale.language_code
        try:
            return requested_locale(request.GET)
        except BadRequestError:
            return get_language()


class PortalImagesAPIViewSet(PublicAPIMixin, ImagesAPIViewSet):
    """Images that the host's shown pages use, as renditions (never the original).

    Originals may carry camera metadata (places, names); renditions do not.
    """

    filter_backends = [CheckedFieldsFilter, StableOrderingFilter]
    known_query_parameters = ImagesAPIViewSet.known_query_parameters - NOT_OFFERED
    body_fields = [
        "id",
        "title",
        "description",
        "width",
        "height",
        APIField("renditions", serializer=fields.ImageRenditionsField()),
    ]
    meta_fields = ["type", "detail_url"]
    listing_default_fields = [
        "id",
        "type",
        "detail_url",
        "title",
        "description",
        "width",
        "height",
        "renditions",
    ]

    def get_queryset(self):
        images = images_shown(self.site).order_by("id")
        return images.prefetch_renditions(*fields.RENDITION_SPECS)


def page_endpoint(model, name, listing_fields, order=NEWEST_FIRST, schema=None):
    """An endpoint of one page type: its listing shows listing_fields too.

    schema is the JSON Schema of the type's own fields (portal.api.schema),
    which /api/v2/schema/ describes and the tests hold the answers to.
    """
    base = PortalPagesAPIViewSet
    return type(
        f"{model.__name__}APIViewSet",
        (base,),
        {
            "__doc__": f"Live, public {model._meta.verbose_name_plural} of the site.",
            "model": model,
            "name": name,
            "known_query_parameters": base.known_query_parameters - {"type"},
            "listing_default_fields": [*base.listing_default_fields, *listing_fields],
            "default_order": tuple(order),
            "item_schema": schema,
        },
    )
