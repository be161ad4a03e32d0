"""Site chrome (menu, identity, footer): built once per site, language and edit.

Every page shows it, so it is cached and rebuilt only when editors change a
page, a site or its settings (see signal_handlers), keeping page renders to a
small, fixed number of queries.
"""

from django.core.cache import cache
from django.utils import translation

from wagtail.models import Locale, Page, Site, get_page_models

from portal.caching import keys
from portal.caching.restrictions import public
from portal.caching.version import content_version
from portal.i18n.languages import active_language
from portal.models import SiteSettings

LOGO_SPEC = "height-80"
# The favicon and touch icon: the logo whole (no crop), PNG for every browser.
ICON_SPEC = "max-180x180|format-png"
# Facebook, LinkedIn and X all crop to about 1.91:1; 1200×630 is their size.
SHARE_IMAGE_SPEC = "fill-1200x630"


def get_chrome(request):
    site = Site.find_for_request(request)
    if site is None:
        return {}
    language = active_language()
    chrome = cache.get(chrome_key(site, language))
    if chrome is None:
        chrome = build_chrome(site, language, request)
        # Building may create the site's settings row, which bumps the version.
        cache.set(chrome_key(site, language), chrome, timeout=3600)
    return chrome


def chrome_key(site, language):
    return keys.chrome_key(content_version(), site.pk, language)


def build_chrome(site, language, request):
    locale = (
        Locale.objects.filter(language_code=language).first() or Locale.get_default()
    )
    home = localized_root(site, locale)
    settings = SiteSettings.for_site(site)
    footer = settings.footer_text.localized if settings.footer_text else None
    menu = public(home.get_children().live().in_menu().filter(locale=locale))
    logo = settings.logo.get_rendition(LOGO_SPEC) if settings.logo else None
    icon = settings.logo.get_rendition(ICON_SPEC) if settings.logo else None
    share = (
        settings.share_image.get_rendition(SHARE_IMAGE_SPEC)
        if settings.share_image
        else None
    )
    return {
        # The footer text is translated: it holds the name in the locale.
        "site_name": (footer and footer.site_name)
        or settings.organisation_name
        or site.site_name,
        "home_url": home.get_url(request),
        "home_pk": home.pk,
        "menu": [(page.title, page.get_url(request), page.pk) for page in menu],
        "logo_url": logo.url if logo else "",
        "icon_url": icon.url if icon else "",
        "share_image": {
            "url": share.url,
            "width": share.width,
            "height": share.height,
            "alt": settings.share_image_alt,
        }
        if share
        else None,
        "accent_colour": settings.accent_colour,
        "org_number": settings.org_number,
        "phone": settings.phone,
        "email": settings.email,
        "website": settings.website,
        "social_links": [(str(name), url) for name, url in settings.social_links],
        "description": footer.description if footer else "",
        "address": footer.address if footer else "",
        "search_url": search_url(language),
        "accessibility_url": statement_url(home, locale, request),
        "blog": blog_index(home, locale, request),
    }


def section(home, locale, name):
    """The site's first live, public page of section name below home, in the locale.

    Page types name the section they are with `site_section` (BasePage), so
    the chrome finds a site's blog or statement without knowing those apps.
    """
    models = [m for m in get_page_models() if m.__dict__.get("site_section") == name]
    pages = Page.objects.child_of(home).live().filter(locale=locale)
    pages = pages.type(*models) if models else pages.none()
    return public(pages).order_by("path").first()


def statement_url(home, locale, request):
    """The site's accessibility statement in the locale, which every footer links."""
    page = section(home, locale, "accessibility_statement")
    return page.get_url(request) if page else ""


def blog_index(home, locale, request):
    """(url, tree path) of the site's blog in the locale, or None.

    Pages that advertise a blog's feeds (a lab's) find it here at no query.
    An untranslated blog has no feeds in the locale, so it is not offered.
    """
    blog = section(home, locale, "blog")
    return (blog.get_url(request), blog.path) if blog else None


def localized_root(site, locale):
    """The site's home in the locale, or the Swedish home when untranslated."""
    root = site.root_page
    translated = (
        Page.objects.live()
        .filter(translation_key=root.translation_key, locale=locale)
        .first()
    )
    return translated or root


def search_url(language):
    from django.urls import reverse

    with translation.override(language):
        return reverse("search")
