"""Subscribe, confirm and unsubscribe; the portal-wide feeds.

Every subscribe request that passes the checks gets the same answer and the
same kind of e-mail (a confirmation link), whether or not the address is
already subscribed, so the form reveals nothing about who subscribes.
"""

import logging
import smtplib
from dataclasses import dataclass

from django.conf import settings
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from wagtail.models import Locale, Site

from blog.archives import Archive
from blog.feeds import serve_feed
from blog.forms import ConfirmForm, SubscribeForm
from blog.mail import send_confirmation
from blog.subscribers import Subscriber
from blog.tokens import ExpiredToken, InvalidToken, read_confirm_token, subscriber_for
from portal.caching.chrome import get_chrome
from portal.caching.restrictions import public
from portal.security.origin import public_form
from portal.security.throttle import allow, allow_request

logger = logging.getLogger(__name__)
TEMPLATE = "blog/subscription.html"
# How long a reader is asked to wait when the mail server cannot be reached.
MAIL_RETRY_AFTER_SECONDS = 300


def page(request, heading, message="", status=200, **context):
    context.update(heading=heading, message=message)
    return TemplateResponse(request, TEMPLATE, context, status=status)


def subscription_site(request):
    """None on the umbrella portal (every company's posts), else the company."""
    site = Site.find_for_request(request)
    return None if site is None or site.is_default_site else site


def rate_limited(request, email):
    return not (
        allow_request(request, "subscribe", settings.PORTAL_SUBSCRIPTION_RATE_PER_IP)
        and allow(
            "subscribe-email", email, settings.PORTAL_SUBSCRIPTION_RATE_PER_ADDRESS
        )
    )


# The form is on every cached page: checked by origin, not by token.
@public_form
@require_http_methods(["GET", "POST"])
def subscribe(request):
    heading = _("Get new posts in your inbox")
    if request.method == "GET":
        return page(request, heading, form=SubscribeForm())
    form = SubscribeForm(request.POST)
    if form.is_bot():
        return redirect("blog:subscribe-done")  # look like success; send nothing
    if not form.is_valid():
        return page(request, heading, form=form, status=400)
    email = form.cleaned_data["email"]
    if rate_limited(request, email):
        message = _("Too many attempts. Please wait an hour and try again.")
        return page(request, heading, message, status=429, form=form)
    site = subscription_site(request)
    try:
        send_confirmation(request, email, site, form.cleaned_data["source"])
    except (OSError, smtplib.SMTPException) as error:
        # Nothing was stored, so the form stays filled in for another try. The
        # error's text can hold the address: only its kind is logged.
        logger.warning("Subscription confirmation not sent: %s", type(error).__name__)
        message = _(
            "We could not send the e-mail just now. Please try again in a few minutes."
        )
        response = page(request, heading, message, status=503, form=form)
        response["Retry-After"] = str(MAIL_RETRY_AFTER_SECONDS)
        return response
    return redirect("blog:subscribe-done")


def subscribe_done(request):
    return page(
        request,
        _("Check your inbox"),
        _(
            "We have sent you an e-mail with a link. Follow it within three days "
            "to start your subscription. If no e-mail arrives, look in your spam "
            "folder."
        ),
    )


def bad_link(request, expired):
    if expired:
        message = _("The link has expired. Subscribe again to get a new one.")
    else:
        message = _("The link is not valid. Copy the whole link from the e-mail.")
    return page(
        request, _("The link does not work"), message, 400, form=SubscribeForm()
    )


def refused_confirmation(request, pending):
    """A page refusing a genuine link that must no longer subscribe, or None.

    The link names a site that was removed (it never becomes a portal-wide
    subscription), or the reader unsubscribed after it was mailed, so
    replaying it would undo their choice.
    """
    site_id = pending.site_id
    if site_id is not None and not Site.objects.filter(pk=site_id).exists():
        message = _(
            "The website this link was for no longer exists, so nothing has "
            "been subscribed."
        )
        return page(request, _("The link does not work"), message, 410)
    unsubscribed = Subscriber.objects.filter(
        email=pending.email,
        site_id=site_id,
        language=pending.language,
        unsubscribed_at__gte=pending.issued(),
    )
    if unsubscribed.exists():
        message = _(
            "You unsubscribed after this link was sent, so it no longer works. "
            "Subscribe again to get a new link."
        )
        return page(
            request, _("The link does not work"), message, 400, form=SubscribeForm()
        )
    return None


# The page shows the reader's address: never kept by a cache.
@public_form
@never_cache
@require_http_methods(["GET", "POST"])
def confirm(request, token):
    try:
        pending = read_confirm_token(token)
    except InvalidToken as error:
        return bad_link(request, isinstance(error, ExpiredToken))
    refusal = refused_confirmation(request, pending)
    if refusal:
        return refusal
    heading = _("Confirm your subscription")
    form = ConfirmForm(request.POST or None)
    if request.method == "GET" or not form.is_valid():
        return page(request, heading, form=form, confirm_email=pending.email)
    subscribe_confirmed(pending, form.cleaned_data["frequency"])
    return page(
        request,
        _("You are subscribed"),
        _("Thank you. New posts will come to %(email)s.") % {"email": pending.email},
    )


def subscribe_confirmed(pending, frequency):
    """Create or renew the subscription: one row per address, site and language."""
    now = timezone.now()
    Subscriber.objects.update_or_create(
        email=pending.email,
        site_id=pending.site_id,
        language=pending.language,
        defaults={
            "frequency": frequency,
            "confirmed_at": now,
            "consent_at": now,
            "consent_source": pending.source,
            "unsubscribed_at": None,
        },
    )


# Mail clients POST one-click unsubscribes (RFC 8058) without a CSRF token;
# the signed token in the URL is the proof.
@csrf_exempt
@never_cache
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    try:
        subscriber = subscriber_for(token)
    except InvalidToken:
        return bad_link(request, expired=False)
    heading = _("Unsubscribe")
    if request.method == "GET":
        return page(request, heading, unsubscribe=True)
    if subscriber and not subscriber.unsubscribed_at:
        subscriber.unsubscribed_at = timezone.now()
        subscriber.save(update_fields=["unsubscribed_at"])
    return page(
        request,
        _("You have unsubscribed"),
        _("You will get no more e-mail about new posts."),
    )


def portal_feed(request, feed):
    """Every company's newest posts in the active language."""
    from blog.models import BlogPostPage

    locale = Locale.objects.get(language_code=translation.get_language())
    posts = public(BlogPostPage.objects.live().filter(locale=locale)).for_cards()
    home_url = get_chrome(request).get("home_url", "/")
    archive = PortalArchive(
        _("New posts from every housing company"),
        "",
        posts,
        home_url=home_url,
        home_full_url=request.build_absolute_uri(home_url),
    )
    return serve_feed(request, archive, feed)


@dataclass
class PortalArchive(Archive):
    """The portal-wide archive: it has no blog index, only the home page."""

    home_url: str = "/"
    home_full_url: str = ""

    @property
    def url(self):
        return self.home_url

    @property
    def full_url(self):
        return self.home_full_url

    def feed_url(self, kind):
        return reverse("blog:portal-feed", args=[kind])
