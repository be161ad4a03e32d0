"""Keep the search rows in step with publishing, so no manual rebuild is needed.

Deleting a page deletes its row through the foreign key; translations are
indexed when they are published, like any page.
"""

from django.db.models.signals import post_delete, post_save

from wagtail.models import Page, ReferenceIndex, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from portal.caching.version import bump_content_version
from portal.models import Organisation, Person
from search import indexing
from search.models import SearchSynonym


def on_published(sender, instance, **kwargs):
    indexing.index_page(instance)


def on_unpublished(sender, instance, **kwargs):
    indexing.remove_page(instance)


def on_moved(sender, instance, **kwargs):
    """A move to a position among siblings renumbers the following siblings'
    tree paths too (treebeard), so the new parent's whole subtree is indexed."""
    parent = Page.objects.get(pk=instance.pk).get_parent()
    if parent.depth == 1:  # moved among the homes: every row may have shifted
        indexing.rebuild()
    else:
        indexing.index_subtree(parent)


def on_snippet_saved(sender, instance, **kwargs):
    """Authors' roles and organisations' names are indexed on the pages using them."""
    pages = ReferenceIndex.get_references_to(instance).filter(
        base_content_type__model="page", base_content_type__app_label="wagtailcore"
    )
    page_ids = {int(pk) for pk in pages.values_list("object_id", flat=True)}
    for page in Page.objects.live().filter(pk__in=page_ids).specific():
        indexing.index_page(page)


def on_synonyms_changed(sender, **kwargs):
    bump_content_version()


def connect():
    page_published.connect(on_published, dispatch_uid="search-published")
    page_unpublished.connect(on_unpublished, dispatch_uid="search-unpublished")
    post_page_move.connect(on_moved, dispatch_uid="search-moved")
    for model in (Person, Organisation):
        post_save.connect(
            on_snippet_saved, sender=model, dispatch_uid=f"search-{model}"
        )
    # Cached synonyms (search.synonyms) are read again.
    for signal, change in ((post_save, "saved"), (post_delete, "deleted")):
        signal.connect(
            on_synonyms_changed, sender=SearchSynonym, dispatch_uid=f"synonym-{change}"
        )
    post_save.connect(indexing.refresh_sites, sender=Site, dispatch_uid="search-site")
    post_delete.connect(
        indexing.refresh_sites, sender=Site, dispatch_uid="search-site-del"
    )
