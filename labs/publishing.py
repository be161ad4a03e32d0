"""What a film needs before it goes live; a refusal is a message, never a 500."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.html import strip_tags
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from portal.i18n.languages import default_language

__all__ = ["VideoNotReady", "VideoNotReadyMiddleware", "publish_problems", "refuse"]


class VideoNotReady(ValidationError):
    """VideoPage.publish() refused: the problems by field, and which page it was.

    A ValidationError, so callers that already catch those (wagtail-localize's
    translation editor) still do; labs.publishing turns it into an admin message
    (docs/upstream.md, "Translation editor publish action").
    """

    def __init__(self, problems, page_id):
        super().__init__(problems)
        self.page_id = page_id


def publish_problems(film, caption_languages):
    """What the law on accessible public services asks before a film goes live.

    film is a VideoPage or anything with its fields (the admin form passes its
    cleaned data); returns {field name: message}, empty when it may be published.
    """
    problems = {}
    if not strip_tags(film.transcript or "").strip():
        problems["transcript"] = _(
            "Add a transcript before publishing: every film needs a text version."
        )
    # The law asks for captions in the language the film is published in.
    if film.video_file and default_language() not in caption_languages:
        problems["captions"] = _(
            "Add a Swedish caption track (a WebVTT file) before publishing."
        )
    if not film.video_file and not film.platform_captions_confirmed:
        problems["platform_captions_confirmed"] = _(
            "We cannot check captions on another platform: confirm that the film "
            "there has Swedish captions before publishing."
        )
    described = film.audio_described_file or film.audio_described_url
    if not described and not film.soundtrack_describes_all:
        problems["soundtrack_describes_all"] = _(
            "Add an audio-described version, or confirm that the soundtrack "
            "describes everything shown, before publishing."
        )
    return problems


def refuse(request, problems, to):
    """Tell why the film did not go live and send the user back to it."""
    messages.error(
        request,
        gettext("The film was not published. %(problems)s")
        % {"problems": " ".join(str(problem) for problem in problems)},
    )
    return redirect(to)


class VideoNotReadyMiddleware:
    """VideoPage.publish()'s refusal, from admin views that publish without a form.

    The page editor reports the problems beside the fields before anything is
    saved; a workflow approval or bulk publishing lets the exception through.
    Their transaction has rolled back by then, so the approval is still pending
    and the draft is kept.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, VideoNotReady):
            return None
        if not request.path.startswith(reverse("wagtailadmin_home")):
            return None
        edit = reverse("wagtailadmin_pages:edit", args=[exception.page_id])
        return refuse(request, exception.messages, edit)
