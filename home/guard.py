"""How a site's public forms answer floods: 429 and a page saying why.

Each form counts its own messages per client address and site
(portal.security.throttle); past RATE_PER_IP an hour, nothing is stored or
e-mailed until the hour is over.
"""

from django.template.response import TemplateResponse

from portal.security.public_forms import RATE_PER_IP
from portal.security.throttle import WINDOW, allow_request

__all__ = ["too_many_messages"]


def too_many_messages(request, page, action):
    """The 429 page once this client has sent too many messages, else None."""
    if allow_request(request, action, RATE_PER_IP):
        return None
    context = page.get_context(request)
    response = TemplateResponse(
        request, "home/too_many_messages.html", context, status=429
    )
    response["Retry-After"] = str(WINDOW)
    return response
