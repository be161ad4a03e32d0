"""What purges the page caches when an image, document or film pages show changes.

A new alt text, focal point or file changes every page that shows the item,
and its old renditions' addresses go stale with it. Wagtail's reference index
knows which pages and snippets (authors' portraits, organisations' logos) use
an item; site settings' logos and share images are looked up directly, since
they appear on every page of their site.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.db.models.signals import post_save, pre_delete
from django.dispatch import receiver

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, ReferenceIndex
from wagtailmedia.models import get_media_model

from portal.caching.changes import PAGE_LIMIT, snippet_change
from portal.caching.purge import default_site, purge_enabled, schedule
from portal.models import Organisation, Person, SiteSettings

__all__ = ["is_shown_change", "upload_change"]

# Saves that only record what Wagtail read from the file: nothing shown changes.
HOUSEKEEPING = {"file_hash", "file_size"}


def upload_change(item):
    """The pages showing item, the snippets' pages and the sites whose chrome does."""
    references = ReferenceIndex.get_references_to(item)
    page_type = ContentType.objects.get_for_model(Page)
    pages = {
        int(pk)
        for pk in references.filter(base_content_type=page_type).values_list(
            "object_id", flat=True
        )
    }
    changes = {"pages": pages, "urls": set(), "sites": set()}
    for model in (Person, Organisation):
        owner_type = ContentType.objects.get_for_model(model)
        ids = references.filter(base_content_type=owner_type).values_list(
            "object_id", flat=True
        )
        for snippet in model.objects.filter(pk__in=[int(pk) for pk in ids]):
            found = snippet_change(snippet)
            if found.get("everything"):
                return found
            changes["pages"] |= found["pages"]
            changes["urls"] |= found["urls"]
    if isinstance(item, get_image_model()):
        settings = SiteSettings.objects.filter(Q(logo=item) | Q(share_image=item))
        for site_id in settings.values_list("site_id", flat=True):
            # A company's logo is on the portal's company cards too.
            changes["sites"] |= {site_id, default_site()}
    if len(changes["pages"]) > PAGE_LIMIT:
        return {"everything": True}
    return changes


def is_upload(sender):
    return sender in {get_image_model(), get_document_model(), get_media_model()}


def is_shown_change(sender, created=False, raw=False, update_fields=None):
    """A save (or delete) of an existing upload that changes what pages show."""
    if created or raw or not is_upload(sender):
        return False
    return update_fields is None or not set(update_fields) <= HOUSEKEEPING


@receiver(post_save, dispatch_uid="portal-purge-upload")
def after_upload_save(sender, instance, created, raw=False, update_fields=None, **kw):
    if is_shown_change(sender, created, raw, update_fields) and purge_enabled():
        schedule(**upload_change(instance))


@receiver(pre_delete, dispatch_uid="portal-purge-upload-deleted")
def before_upload_delete(sender, instance, **kwargs):
    if is_upload(sender) and purge_enabled():
        schedule(**upload_change(instance))
