"""The address a request came from, behind PORTAL_TRUSTED_PROXIES proxies.

Each trusted proxy (nginx, a load balancer) appends the address it received
the request from to X-Forwarded-For. With N trusted proxies the client is the
N-th entry from the right; whatever lies further left was written by the
client itself and is not believed. Every rate limit and django-axes
(AXES_CLIENT_IP_CALLABLE) read the address here and nowhere else.
"""

from django.conf import settings

__all__ = ["client_ip"]


def client_ip(request):
    remote = request.META.get("REMOTE_ADDR", "")
    proxies = settings.PORTAL_TRUSTED_PROXIES
    if proxies <= 0:
        return remote
    forwarded = [
        part.strip()
        for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        if part.strip()
    ]
    if len(forwarded) < proxies:
        # Fewer hops than proxies: a request that bypassed them; the peer is
        # the best we know.
        return remote
    return forwarded[-proxies]
