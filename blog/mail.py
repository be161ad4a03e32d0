"""The e-mails of a subscription: confirmation, new posts and digests.

Each is rendered in the subscriber's language from a plain-text and an HTML
template; messages about posts carry one-click unsubscribe headers (RFC 8058)
pointing at the same signed link as the one in the text.
"""

from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from wagtail.models import Site

from blog.tokens import PendingSubscription, confirm_token, unsubscribe_token
from portal.models import SiteSettings


def site_name(site):
    settings = SiteSettings.for_site(site)
    return settings.organisation_name or site.site_name or site.hostname


def subscriber_site(subscriber):
    """The site whose host the subscriber's links use: its own or the portal."""
    return subscriber.site or Site.objects.get(is_default_site=True)


def render_message(template, context, subject, to, headers=None, connection=None):
    text = render_to_string(f"blog/email/{template}.txt", context)
    message = EmailMultiAlternatives(
        subject=subject, body=text, to=[to], headers=headers, connection=connection
    )
    message.attach_alternative(
        render_to_string(f"blog/email/{template}.html", context), "text/html"
    )
    return message


def send_confirmation(request, email, site, source):
    """Mail the link that creates the subscription; it is valid for a while."""
    pending = PendingSubscription(
        email=email,
        site_id=site.pk if site else None,
        language=translation.get_language(),
        source=source,
    )
    token = confirm_token(pending)
    url = request.build_absolute_uri(reverse("blog:confirm", args=[token]))
    name = site_name(site or Site.find_for_request(request))
    context = {"confirm_url": url, "site_name": name, "portal_wide": site is None}
    subject = _("Confirm your subscription to %(site)s") % {"site": name}
    render_message("confirm", context, subject, email).send()


def unsubscribe_url(subscriber):
    site = subscriber_site(subscriber)
    with translation.override(subscriber.language):
        path = reverse("blog:unsubscribe", args=[unsubscribe_token(subscriber)])
    return site.root_url + path


def posts_message(subscriber, posts, connection=None):
    """One new post, or a digest of several, for one subscriber."""
    site = subscriber_site(subscriber)
    with translation.override(subscriber.language):
        name = site_name(site)
        url = unsubscribe_url(subscriber)
        context = {
            "site_name": name,
            "posts": [{"post": post, "url": post.get_full_url()} for post in posts],
            "unsubscribe_url": url,
            "portal_wide": subscriber.site_id is None,
        }
        if len(posts) == 1:
            subject = f"{name}: {posts[0].title}"
        else:
            subject = _("New posts from %(site)s") % {"site": name}
        headers = {
            "List-Unsubscribe": f"<{url}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        }
        return render_message(
            "posts", context, subject, subscriber.email, headers, connection
        )
