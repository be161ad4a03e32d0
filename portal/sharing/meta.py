"""A page's sharing data: description, addresses, OpenGraph and JSON-LD.

Everything comes from what serving the page already fetched or the portal
caches (site chrome, the site directory's logo, translation links, Wagtail's
rendition cache), so sharing costs a page no query once those are warm.
"""

from django.utils.text import Truncator

from wagtail.models import Site

from portal.caching.chrome import SHARE_IMAGE_SPEC, get_chrome
from portal.caching.company_cards import site_directory
from portal.i18n.languages import active_language, default_language
from portal.i18n.links import translation_links
from portal.sharing.structured_data import absolute, json_ld

__all__ = ["OG_LOCALES", "SHARE_IMAGE_SPEC", "share_meta", "site_identity"]

OG_LOCALES = {"sv": "sv_SE", "en": "en_GB"}
DESCRIPTION_LENGTH = 300


def site_identity(request, chrome):
    """Name, home, logo and organisation details of the request's site."""
    site = Site.find_for_request(request)
    # The directory has the logo's size; a site without a logo skips it, so
    # a first view does not build it (which can create settings rows for
    # other sites and so discard the chrome just cached).
    has_logo = site is not None and chrome.get("logo_url")
    company = site_directory().get(site.pk, {}) if has_logo else {}
    logo = company.get("logo")
    same_as = [url for _name, url in chrome.get("social_links", [])]
    if chrome.get("website"):
        same_as.insert(0, chrome["website"])
    return {
        "name": chrome.get("site_name", ""),
        "url": absolute(request, chrome.get("home_url")),
        "logo": {**logo, "url": absolute(request, logo["url"])} if logo else None,
        "org_number": chrome.get("org_number", ""),
        "email": chrome.get("email", ""),
        "phone": chrome.get("phone", ""),
        "same_as": same_as,
        "search_url": absolute(request, chrome.get("search_url")),
        "share_image": chrome.get("share_image"),
    }


def description(page):
    """The SEO field, else the page's own excerpt; never empty (the title)."""
    text = page.search_description or page.share_excerpt() or page.title
    return Truncator(" ".join(text.split())).chars(DESCRIPTION_LENGTH)


def image(page, request, identity):
    """The page's picture at 1200×630, else the site's share image, else its
    logo, else None."""
    found = page.share_image()
    if found is not None:
        picture, alt = found
        rendition = picture.get_rendition(SHARE_IMAGE_SPEC)
        return {
            "url": absolute(request, rendition.url),
            "width": rendition.width,
            "height": rendition.height,
            "alt": alt,
            "large": True,
        }
    if identity["share_image"]:
        shared = identity["share_image"]
        return {**shared, "url": absolute(request, shared["url"]), "large": True}
    logo = identity["logo"]
    if logo:
        return {**logo, "alt": identity["name"], "large": False}
    return None


def addresses(page, request, context):
    """(canonical, [(hreflang, url)]) with the listing's page number in both.

    Page 1 of a listing has no ?page; page N keeps it, and each alternate
    points at page N of the same listing in the other language. A view below
    the page (an archive, the companies listing) names its own address and
    alternates in context["subview"].
    """
    number = getattr(page, "listing_page_number", 1)
    query = f"?page={number}" if number > 1 else ""
    subview = context.get("subview")
    if subview:
        canonical = subview["url"]
        urls = subview.get("alternates", {})
    else:
        canonical = page.get_full_url(request)
        urls = {
            code: full
            for code, (_url, full) in translation_links(page, request).items()
        }
    alternates = [(code, url + query) for code, url in urls.items()]
    default = dict(alternates).get(default_language())
    if default:
        alternates.append(("x-default", default))
    return canonical + query, alternates


def share_meta(page, request, context):
    """What base.html's head shows about page: see components/share_meta.html."""
    chrome = get_chrome(request)
    language = active_language()
    identity = site_identity(request, chrome)
    canonical, alternates = addresses(page, request, context)
    share = {
        "title": context.get("subview", {}).get("title")
        or page.seo_title
        or page.title,
        "description": description(page),
        "canonical": canonical,
        "alternates": alternates,
        "language": language,
        "og_type": page.og_type,
        "og_locale": OG_LOCALES.get(language, language),
        "og_locale_alternates": [
            OG_LOCALES.get(code, code)
            for code, _url in alternates
            if code not in (language, "x-default")
        ],
        "site_name": identity["name"],
        "identity": identity,
        "image": image(page, request, identity),
    }
    objects = page.structured_data(request, context, share)
    # django-csp's nonce is lazy: reading it puts it in the header.
    nonce = str(getattr(request, "csp_nonce", "")) if objects else ""
    share["json_ld"] = [json_ld(data, nonce) for data in objects]
    return share
