"""schema.org VideoObject for a film page, so search engines can describe it.

The JSON-LD helpers every page type uses live in portal.sharing.
"""

from portal.blocks import privacy_embed_url
from portal.sharing.structured_data import CONTEXT, absolute, compact, plain_text

__all__ = ["video_object"]


def video_object(page, request, poster=None):
    upload = page.first_published_at or page.latest_revision_created_at
    data = {
        "@context": CONTEXT,
        "@type": "VideoObject",
        "name": page.title,
        "description": plain_text(page.intro) or page.search_description or page.title,
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
    return compact(data)
