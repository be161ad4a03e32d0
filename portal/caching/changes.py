"""What purges the page caches (portal.caching.purge), and when (uploads:
portal.caching.uploads).

Every change to a page (saved live, published, unpublished, moved, deleted),
to a person or organisation that pages show, to a footer text, a site's
settings, a site, or a view restriction. The state before a change is read
when it starts (pre_save, pre_delete, pre_page_move) and kept until it ends
(post_save, post_page_move); the state after it when its transaction has
committed (portal.caching.purge.Batch).
"""

import threading

from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import post_delete, post_save, pre_delete, pre_save
from django.dispatch import receiver

from wagtail import hooks
from wagtail.models import Page, PageViewRestriction, ReferenceIndex, Site
from wagtail.signals import post_page_move, pre_page_move

from portal.caching.purge import (
    PURGE_SNIPPET_URLS_HOOK,
    affected_urls,
    current_batch,
    default_site,
    descendant_urls,
    in_chrome,
    purge_enabled,
    schedule,
    shown_by_descendants,
    shows_on_every_page,
)
from portal.models import FooterText, Organisation, Person, SiteSettings

__all__ = ["PAGE_LIMIT", "pages_showing"]

# A change to more pages than this (a snippet shown on them, a subtree deleted)
# purges whole sites instead of listing each page's URLs: listing costs queries.
PAGE_LIMIT = 200

_state = threading.local()


def remember(key, changes):
    """Keep what a change's start found until its end (pre_ -> post_ signal)."""
    if not hasattr(_state, "pending"):
        _state.pending = {}
    _state.pending[key] = changes


def recall(key):
    return getattr(_state, "pending", {}).pop(key, {})


def site_of(page):
    return page.get_site() if page is not None else None


def page_change(old, new):
    """What changing the live page old (the database's) into new makes stale."""
    changes = {"urls": set(affected_urls(old)), "sites": set(), "own": set()}
    if shows_on_every_page(old, new):
        changes["sites"].add(site_of(old))
    elif shown_by_descendants(old, new):
        descendants = Page.objects.descendant_of(old).live()
        changes["own"] = set(descendants.values_list("pk", flat=True))
        if old.slug != new.slug:  # their old addresses too
            changes["urls"] |= descendant_urls(old)
    return changes


def is_full_page_save(instance, raw, update_fields):
    """A save of a page's content (publishing, unpublishing, creating); drafts
    and housekeeping save named fields only."""
    return isinstance(instance, Page) and not raw and update_fields is None


@receiver(pre_save, dispatch_uid="portal-purge-page-before")
def before_page_save(sender, instance, raw=False, update_fields=None, **kwargs):
    if not (is_full_page_save(instance, raw, update_fields) and purge_enabled()):
        return
    old = Page.objects.filter(pk=instance.pk).first() if instance.pk else None
    if old is not None and old.live:
        remember(("page", instance.pk), page_change(old.specific, instance))
    elif old is not None and shows_on_every_page(old, instance):
        remember(("page", instance.pk), {"sites": {site_of(instance)}})


@receiver(post_save, dispatch_uid="portal-purge-page-after")
def after_page_save(sender, instance, created, raw=False, update_fields=None, **kw):
    if not (is_full_page_save(instance, raw, update_fields) and purge_enabled()):
        return
    changes = recall(("page", instance.pk))
    if created and shows_on_every_page(None, instance):
        changes.setdefault("sites", set()).add(site_of(instance))
    # As it is once the transaction (and its tags and authors) has committed.
    schedule(**changes, pages=[instance.pk])


@receiver(pre_delete, dispatch_uid="portal-purge-page-deleted")
def before_page_delete(sender, instance, **kwargs):
    """Sent for the page and its descendants, as Page and as their own type,
    in no useful order; past PAGE_LIMIT pages, their sites are purged whole."""
    if not isinstance(instance, Page) or not purge_enabled():
        return
    batch = current_batch()
    if ("deleted", instance.pk) in batch.seen or not instance.live:
        return
    batch.seen.add(("deleted", instance.pk))
    batch.counts["deleted"] += 1
    if batch.counts["deleted"] > PAGE_LIMIT:
        batch.add(sites=[site_of(instance)])
        return
    page = instance.specific
    sites = [site_of(page)] if in_chrome(page) else []
    batch.add(urls=affected_urls(page), sites=sites)


@receiver(pre_page_move, dispatch_uid="portal-purge-moving")
def before_page_move(sender, instance, url_path_before, url_path_after, **kwargs):
    if not purge_enabled():
        return
    old = Page.objects.get(pk=instance.pk).specific  # still where it was
    changes = {"urls": set(), "sites": set(), "own": set()}
    if old.live:
        changes["urls"] |= set(affected_urls(old))
    if url_path_before != url_path_after:
        changes["urls"] |= descendant_urls(old)
        descendants = Page.objects.descendant_of(old).live()
        changes["own"] = set(descendants.values_list("pk", flat=True))
    if in_chrome(old):
        changes["sites"].add(site_of(old))
    remember(("move", instance.pk), changes)


@receiver(post_page_move, dispatch_uid="portal-purge-moved")
def after_page_move(sender, instance, **kwargs):
    if not purge_enabled():
        return
    changes = recall(("move", instance.pk))
    new = Page.objects.get(pk=instance.pk)
    if in_chrome(new):
        changes.setdefault("sites", set()).add(site_of(new))
    schedule(**changes, pages=[instance.pk])


def translation_group(snippet):
    return list(type(snippet).objects.filter(translation_key=snippet.translation_key))


def pages_showing(snippet):
    """Ids of the pages that show snippet or a translation of it (for an
    organisation, also its people): what Wagtail's reference index knows."""
    group = translation_group(snippet)
    if isinstance(snippet, Organisation):
        group += list(Person.objects.filter(organisation__in=group))
    page_type = ContentType.objects.get_for_model(Page)
    ids = set()
    for item in group:
        references = ReferenceIndex.get_references_to(item).filter(
            base_content_type=page_type
        )
        ids.update(int(pk) for pk in references.values_list("object_id", flat=True))
    return ids


def snippet_urls(snippet):
    return {
        url
        for hook in hooks.get_hooks(PURGE_SNIPPET_URLS_HOOK)
        for url in hook(snippet)
    }


def snippet_change(snippet):
    """The pages showing snippet (as they will be), and its own URLs (as it is)."""
    ids = pages_showing(snippet)
    if len(ids) > PAGE_LIMIT:
        return {"everything": True}
    return {"urls": snippet_urls(snippet), "pages": ids}


@receiver(pre_save, sender=Person, dispatch_uid="portal-purge-person-before")
@receiver(pre_save, sender=Organisation, dispatch_uid="portal-purge-org-before")
def before_snippet_save(sender, instance, raw=False, **kwargs):
    if raw or instance.pk is None or not purge_enabled():
        return
    old = sender.objects.filter(pk=instance.pk).first()
    if old is not None:
        remember((sender, instance.pk), {"urls": snippet_urls(old)})


@receiver(post_save, sender=Person, dispatch_uid="portal-purge-person-after")
@receiver(post_save, sender=Organisation, dispatch_uid="portal-purge-org-after")
def after_snippet_save(sender, instance, raw=False, **kwargs):
    if raw or not purge_enabled():
        return
    before = recall((sender, instance.pk))
    changes = snippet_change(instance)
    changes["urls"] = changes.get("urls", set()) | before.get("urls", set())
    schedule(**changes)


@receiver(pre_delete, sender=Person, dispatch_uid="portal-purge-person-deleted")
@receiver(pre_delete, sender=Organisation, dispatch_uid="portal-purge-org-deleted")
def before_snippet_delete(sender, instance, **kwargs):
    if purge_enabled():
        schedule(**snippet_change(instance))


def footer_sites(footer):
    """The sites whose settings show footer or a translation of it."""
    rows = SiteSettings.objects.filter(
        footer_text__translation_key=footer.translation_key
    )
    ids = set(rows.values_list("site_id", flat=True))
    if footer.site_id:
        ids.add(footer.site_id)
    return ids


@receiver(post_save, sender=FooterText, dispatch_uid="portal-purge-footer")
@receiver(pre_delete, sender=FooterText, dispatch_uid="portal-purge-footer-deleted")
def on_footer_change(sender, instance, raw=False, **kwargs):
    if not raw and purge_enabled():
        schedule(sites=footer_sites(instance))


@receiver(post_save, sender=SiteSettings, dispatch_uid="portal-purge-settings")
@receiver(post_delete, sender=SiteSettings, dispatch_uid="portal-purge-settings-del")
def on_settings_change(sender, instance, raw=False, **kwargs):
    """A company's name and logo are on the portal's cards too."""
    if not raw and purge_enabled():
        schedule(sites=[instance.site_id, default_site()])


@receiver(post_save, sender=Site, dispatch_uid="portal-purge-site")
@receiver(post_delete, sender=Site, dispatch_uid="portal-purge-site-deleted")
def on_site_change(sender, raw=False, **kwargs):
    """A new hostname or root moves every site's links: purge them all."""
    if not raw and purge_enabled():
        schedule(everything=True)


@receiver(post_save, sender=PageViewRestriction, dispatch_uid="portal-purge-restricted")
@receiver(
    post_delete, sender=PageViewRestriction, dispatch_uid="portal-purge-unrestricted"
)
def purge_on_restriction_change(sender, instance, raw=False, **kwargs):
    """The page, its descendants and every listing of its site change."""
    if raw or not purge_enabled():
        return
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:  # else deleted with its page, which purges itself
        schedule(sites=[site_of(page)])
