"""schema.org VideoObject for a film page, so search engines can describe it."""

import html
import json
import re

from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html, strip_tags
from django.utils.safestring import mark_safe

from portal.blocks import privacy_embed_url

# Inside <script> only "<" can end the element early ("</script>", "<!--");
# the same escapes as Django's json_script, which cannot set type="ld+json".
SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def absolute(request, url):
    return request.build_absolute_uri(url) if url else None


def plain_text(rich_text):
    """Rich text as plain text, one paragraph per line."""
    text = re.sub(r"</(p|li|h[1-6])>|<br\s*/?>", "\n", rich_text or "")
    return html.unescape(strip_tags(text)).strip()


def video_object(page, request, poster=None):
    upload = page.first_published_at or page.latest_revision_created_at
    data = {
        "@context": "https://schema.org",
        "@type": "VideoObject",
        "name": page.title,
        "description": page.summary or page.search_description or page.title,
        "inLanguage": page.locale.language_code,
        "thumbnailUrl": absolute(request, poster.url) if poster else None,
        "uploadDate": upload.isoformat() if upload else None,
        "duration": page.duration_iso or None,
        "transcript": plain_text(page.transcript) or None,
        "url": page.get_full_url(request),
    }
    if page.video_file:
        data["contentUrl"] = absolute(request, page.video_file.url)
    elif page.video_url:
        data["contentUrl"] = page.video_url
        data["embedUrl"] = privacy_embed_url(page.video_url)
    return {key: value for key, value in data.items() if value}


def json_ld(data):
    """A <script type="application/ld+json"> element, safe for any text in data."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    return format_html(
        '<script type="application/ld+json">{}</script>',
        mark_safe(text.translate(SCRIPT_ESCAPES)),  # noqa: S308 - escaped above
    )
