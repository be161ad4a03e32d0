"""schema.org JSON-LD: the builders every page type shares, and the <script>.

Each builder returns a dict without empty values; pages combine them in
BasePage.structured_data(). Films build their VideoObject in
labs/structured_data.py with the helpers here.
"""

import html
import json
import re
from urllib.parse import urlsplit

from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html, strip_tags
from django.utils.safestring import mark_safe

from wagtail.models import Site

__all__ = [
    "CONTEXT",
    "SEARCH_TERM",
    "absolute",
    "article",
    "breadcrumb_list",
    "compact",
    "json_ld",
    "organization",
    "person",
    "plain_text",
    "website",
]

CONTEXT = "https://schema.org"
# The placeholder a SearchAction's target carries for the reader's words.
SEARCH_TERM = "{search_term_string}"
# Inside <script> only "<" can end the element early ("</script>", "<!--");
# the same escapes as Django's json_script, which cannot set type="ld+json".
SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def absolute(request, url):
    """url on the host of the request's site, as its pages' own addresses are.

    The default site also answers unknown host names; its images and links
    still name its own host, like the page's canonical address does.
    """
    if not url or urlsplit(url).scheme:
        return url or None
    site = Site.find_for_request(request)
    if site is None:
        return request.build_absolute_uri(url)
    return site.root_url + url


def plain_text(rich_text):
    """Rich text as plain text, one paragraph per line."""
    text = re.sub(r"</(p|li|h[1-6])>|<br\s*/?>", "\n", rich_text or "")
    return html.unescape(strip_tags(text)).strip()


def compact(data):
    """data without the keys whose value is empty."""
    return {key: value for key, value in data.items() if value not in (None, "", [])}


def image_object(image):
    """An ImageObject of a {url, width, height} rendition, or None."""
    if not image:
        return None
    return compact(
        {
            "@type": "ImageObject",
            "url": image["url"],
            "width": image["width"],
            "height": image["height"],
        }
    )


def organization(identity, url=None):
    """An Organization from a site's identity (meta.site_identity)."""
    logo = identity.get("logo")
    return compact(
        {
            "@type": "Organization",
            "name": identity.get("name"),
            "url": url or identity.get("url"),
            "logo": image_object(logo),
            "identifier": identity.get("org_number"),
            "email": identity.get("email"),
            "telephone": identity.get("phone"),
            "sameAs": identity.get("same_as"),
        }
    )


def person(name, role=""):
    return compact({"@type": "Person", "name": name, "jobTitle": role})


def website(name, url, search_url, language):
    """The site with a SearchAction that fills search_url's query."""
    separator = "&" if "?" in search_url else "?"
    return compact(
        {
            "@context": CONTEXT,
            "@type": "WebSite",
            "name": name,
            "url": url,
            "inLanguage": language,
            "potentialAction": {
                "@type": "SearchAction",
                "target": {
                    "@type": "EntryPoint",
                    "urlTemplate": f"{search_url}{separator}q={SEARCH_TERM}",
                },
                "query-input": "required name=search_term_string",
            },
        }
    )


def breadcrumb_list(crumbs):
    """A BreadcrumbList of (name, absolute url) pairs, home first."""
    return {
        "@context": CONTEXT,
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": number, "name": name, "item": url}
            for number, (name, url) in enumerate(crumbs, start=1)
        ],
    }


def article(kind, page, share, authors, published, modified):
    """A BlogPosting (kind) from the page's share data (meta.share_meta)."""
    image = share.get("image")
    return compact(
        {
            "@context": CONTEXT,
            "@type": kind,
            "headline": page.title[:110],
            "description": share.get("description"),
            "datePublished": published.isoformat() if published else None,
            "dateModified": modified.isoformat() if modified else None,
            "author": authors,
            "publisher": organization(share["identity"]),
            "image": image_object(image),
            "inLanguage": share.get("language"),
            "mainEntityOfPage": share.get("canonical"),
            "url": share.get("canonical"),
        }
    )


def json_ld(data, nonce=""):
    """A <script type="application/ld+json"> element, safe for any text in data.

    It carries the request's CSP nonce like every other inline element.
    """
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    body = mark_safe(text.translate(SCRIPT_ESCAPES))  # noqa: S308 - escaped above
    if not nonce:
        return format_html('<script type="application/ld+json">{}</script>', body)
    return format_html(
        '<script type="application/ld+json" nonce="{}">{}</script>', nonce, body
    )
