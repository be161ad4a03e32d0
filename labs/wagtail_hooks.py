from wagtail import hooks
from wagtail.models import Site
from wagtail_localize.models import SourceDeletedError, Translation

from labs import api
from labs.models import VideoIndexPage, VideoPage
from labs.publishing import publish_problems, refuse
from portal.api import API_HOOK
from portal.caching.purge import PURGE_URLS_HOOK, live_urls

# /api/v2/labs/ and /api/v2/films/ (portal/api/, docs/api.md).
hooks.register(API_HOOK, api.register)


@hooks.register("before_edit_page", order=-1)  # before wagtail-localize's editor
def check_video_translation_before_publishing(request, page):
    """Publishing a film's translation: say what is missing, as the page editor does.

    wagtail-localize catches VideoPage.publish()'s refusal itself, but only to
    report "new validation errors" on strings, and most of what a film needs
    (caption tracks, confirmations) is copied from the Swedish film, not
    translated. Nothing is saved here; the translator's strings stay as they are.
    The POST value and the hook order are wagtail-localize's (docs/upstream.md,
    "Translation editor publish action").
    """
    if request.method != "POST" or request.POST.get("action") != "publish":
        return None
    if not isinstance(page, VideoPage):
        return None
    if not page.permissions_for_user(request.user).can_publish():
        return None  # wagtail-localize refuses it
    translation = Translation.objects.filter(
        source__object_id=page.translation_key,
        target_locale_id=page.locale_id,
        enabled=True,
    ).first()
    if translation is None:
        return None
    try:
        film = translation.source.get_ephemeral_translated_instance(
            page.locale, fallback=True
        )
    except SourceDeletedError:
        return None  # wagtail-localize explains that itself
    problems = publish_problems(film, film.caption_languages())
    if not problems:
        return None
    return refuse(request, problems.values(), request.path)


@hooks.register(PURGE_URLS_HOOK)
def video_index_urls(page):
    """A film is on its site's film index and the portal's (every language).

    Its lab (which lists it) is its parent, which portal.caching.purge adds.
    """
    if not isinstance(page, VideoPage):
        return []
    sites = [page.get_site(), Site.objects.filter(is_default_site=True).first()]
    return [
        url
        for site in sites
        if site is not None
        for index in VideoIndexPage.objects.child_of(site.root_page)
        for url in live_urls(index)
    ]
