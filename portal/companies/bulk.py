"""Bulk action confirmations name only objects the user may see.

Wagtail's bulk action views list the objects named by `id` (or every child of
`childOf`) on their confirmation page, those the user may not act on as well;
`before_bulk_action` runs only on POST. These subclasses, registered after
Wagtail's own with the same action types, drop the objects of another
company (docs/upstream.md, "Bulk action classes").
"""

from wagtail.admin.views.pages import bulk_actions as pages
from wagtail.documents.views import bulk_actions as documents
from wagtail.images.views import bulk_actions as images
from wagtail.snippets.bulk_actions.delete import DeleteBulkAction as SnippetDelete

from portal.companies.choices import allowed_ids, kind_of
from portal.companies.tenancy import limited

__all__ = ["SCOPED_BULK_ACTIONS", "ScopedBulkActionMixin"]


class ScopedBulkActionMixin:
    def get_actionable_objects(self):
        objects, extra = super().get_actionable_objects()
        user = self.request.user
        rule = kind_of(self.model)
        if rule is None or not limited(user):
            return objects, extra
        hidden = extra["items_with_no_access"]
        named = {str(obj.pk) for obj in [*objects, *hidden]}
        allowed = allowed_ids(rule, named, user)
        visible = [obj for obj in hidden if str(obj.pk) in allowed]
        objects = [obj for obj in objects if str(obj.pk) in allowed]
        return objects, {**extra, "items_with_no_access": visible}


def scoped(action_class):
    return type(action_class.__name__, (ScopedBulkActionMixin, action_class), {})


UPSTREAM = [
    pages.DeleteBulkAction,
    pages.MoveBulkAction,
    pages.PublishBulkAction,
    pages.UnpublishBulkAction,
    images.AddTagsBulkAction,
    images.AddToCollectionBulkAction,
    images.DeleteBulkAction,
    documents.AddTagsBulkAction,
    documents.AddToCollectionBulkAction,
    documents.DeleteBulkAction,
    SnippetDelete,
]
SCOPED_BULK_ACTIONS = [scoped(action_class) for action_class in UPSTREAM]
