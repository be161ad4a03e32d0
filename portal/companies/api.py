"""The admin API's image and document endpoints list only what the user may choose.

Wagtail's admin API (`/admin/api/main/`) serves every image and document to
anyone with admin access; the choosers behind it are scoped by collection
permissions, the API is not. The `construct_admin_api` hook re-registers the
two endpoints with these viewsets after Wagtail's own (docs/upstream.md,
"Admin API endpoints").
"""

from wagtail.documents.api.admin.views import DocumentsAdminAPIViewSet
from wagtail.documents.permissions import (
    permission_policy as document_permission_policy,
)
from wagtail.images.api.admin.views import ImagesAdminAPIViewSet
from wagtail.images.permissions import permission_policy as image_permission_policy

__all__ = ["ScopedDocumentsAPI", "ScopedImagesAPI", "scope_admin_api"]


class ScopedImagesAPI(ImagesAdminAPIViewSet):
    def get_queryset(self):
        return image_permission_policy.instances_user_has_any_permission_for(
            self.request.user, ["choose", "change"]
        ).order_by("id")


class ScopedDocumentsAPI(DocumentsAdminAPIViewSet):
    def get_queryset(self):
        return document_permission_policy.instances_user_has_any_permission_for(
            self.request.user, ["choose", "change"]
        ).order_by("id")


def scope_admin_api(router):
    """Registered after Wagtail's hooks: replaces their two endpoints."""
    router.register_endpoint("images", ScopedImagesAPI)
    router.register_endpoint("documents", ScopedDocumentsAPI)
