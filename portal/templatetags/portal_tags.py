from urllib.parse import urlsplit

from django import template
from django.utils import translation
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe

from portal.caching.chrome import get_chrome
from portal.caching.fragments import rendered_stream
from portal.i18n.languages import default_language, language_codes, local_name
from portal.i18n.links import translation_links
from portal.sharing.meta import share_meta as page_share_meta

register = template.Library()


@register.simple_tag(takes_context=True)
def site_chrome(context):
    """Menu, identity and footer data for the current site and language."""
    request = context.get("request")
    return get_chrome(request) if request else {}


@register.simple_tag(takes_context=True)
def stream(context, page, field="body"):
    """page's StreamField field as HTML, rendered once per content version.

    As `{{ page.body }}`, with the request and page passed to the blocks
    (links relative to the site); see portal.caching.fragments.
    """
    request = context.get("request")
    value = getattr(page, field)
    blocks_context = {"request": request, "page": page}
    return rendered_stream(
        page, field, request, lambda: value.render_as_block(blocks_context)
    )


@register.inclusion_tag("components/language_switcher.html", takes_context=True)
def language_switcher(context, page=None):
    """Links to this page in the other language, or to that language's home."""
    request = context["request"]
    current = translation.get_language()
    translations = translation_links(page, request) if page else {}
    links = []
    for code in language_codes():
        if code == current:
            continue
        target = translations.get(code)
        if target is not None:
            url, fallback = target[0], False
        else:
            with translation.override(code):
                url, fallback = get_chrome(request).get("home_url", "/"), bool(page)
        name = local_name(code)
        links.append({"code": code, "name": name, "url": url, "fallback": fallback})
    return {"links": links, "current": current}


@register.simple_tag(takes_context=True)
def share_meta(context, page):
    """Description, canonical, hreflang, OpenGraph and JSON-LD of page.

    The listing page number and an archive's own address come from the
    context (portal.sharing.meta).
    """
    return page_share_meta(page, context["request"], context)


@register.inclusion_tag("components/empty_listing.html", takes_context=True)
def empty_listing(context, message):
    """message, or on a translation the note that nothing is translated yet.

    A translated listing descends from the translated page, so it is empty
    until translators publish; readers are sent to the Swedish listing.
    """
    page = context.get("page")
    request = context["request"]
    source_url = ""
    if page is not None and translation.get_language() != default_language():
        links = translation_links(page, request)
        source_url = links.get(default_language(), ("",))[0]
    return {"message": message, "source_url": source_url}


@register.simple_tag
def form_widget(field):
    """The field's widget tied to its help and error texts for screen readers."""
    described_by = []
    attrs = {}
    if field.help_text:
        described_by.append(f"{field.auto_id}_help")
    if field.errors:
        described_by.append(f"{field.auto_id}_error")
        attrs["aria-invalid"] = "true"
    if described_by:
        attrs["aria-describedby"] = " ".join(described_by)
    return field.as_widget(attrs=attrs)


@register.filter
def with_site_name(title, site_name):
    """`Page – Site` for <title>, or only the site's name on its home page.

    A home page is usually titled with the site's name, which would read
    "Bodens Bostäder – Bodens Bostäder".
    """
    title = str(title).strip()
    site_name = conditional_escape(site_name or "")
    if not title or title == site_name:
        return site_name
    if not site_name:
        return mark_safe(title)  # noqa: S308 - already escaped by the template
    return format_html("{} – {}", mark_safe(title), site_name)  # noqa: S308


@register.filter
def break_points(address):
    """An e-mail address or URL that may wrap after @ and / and before a dot.

    A narrow column must wrap a long address somewhere; <wbr> offers these
    places first, so it does not break at any letter ("…allmannyttan.e xample").
    """
    text = str(conditional_escape(address or ""))
    for mark, replacement in (("@", "@<wbr>"), (".", "<wbr>."), ("/", "/<wbr>")):
        text = text.replace(mark, replacement)
    return mark_safe(text.replace("/<wbr>/<wbr>", "//<wbr>"))  # noqa: S308


@register.filter
def is_section_of(section_url, path):
    """Whether path lies below the menu item at section_url (a path or full URL)."""
    section = urlsplit(section_url or "").path
    return bool(section) and section != "/" and path.startswith(section)
