"""The public API's URLs below /api/v2/: its endpoints, the schema, JSON 404s.

The portal registers `pages` and `images`; feature apps register their typed
endpoints with the portal.api.API_HOOK hook (functions given the router), as
Wagtail's admin API is built with its construct_admin_api hook.
"""

from django.urls import path, re_path

from wagtail import hooks
from wagtail.api.v2.router import WagtailAPIRouter

from rest_framework.response import Response
from rest_framework.views import APIView

from portal.api import API_HOOK, schema
from portal.api.views import (
    PortalImagesAPIViewSet,
    PortalPagesAPIViewSet,
    PublicAPIMixin,
)

__all__ = ["NAMESPACE", "router", "urls"]

NAMESPACE = "portal_api"


class PortalAPIRouter(WagtailAPIRouter):
    """Wagtail's router, with the endpoints readable (for the schema)."""

    def __init__(self, url_namespace):
        super().__init__(url_namespace)
        self.endpoints = {}

    def register_endpoint(self, name, class_):
        super().register_endpoint(name, class_)
        self.endpoints[name] = class_


class SchemaView(PublicAPIMixin, APIView):
    """GET /api/v2/schema/: the OpenAPI description (portal.api.schema)."""

    router = None

    def get(self, request):
        return Response(schema.build(self.router))


class NotFoundView(PublicAPIMixin, APIView):
    """Any other address below /api/v2/: a JSON 404, as the endpoints give."""

    def get(self, request, *args, **kwargs):
        return Response({"message": "not found"}, status=404)


def build_router():
    router = PortalAPIRouter(NAMESPACE)
    router.register_endpoint("pages", PortalPagesAPIViewSet)
    router.register_endpoint("images", PortalImagesAPIViewSet)
    for register in hooks.get_hooks(API_HOOK):
        register(router)
    return router


router = build_router()
urlpatterns = [
    path("schema/", SchemaView.as_view(router=router), name="schema"),
    *router.get_urlpatterns(),
    re_path(r"^", NotFoundView.as_view(), name="not_found"),
]
# For include(): path("api/v2/", include(urls)); the namespace is the app name.
urls = (urlpatterns, NAMESPACE)
