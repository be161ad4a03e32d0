"""What the public API shows of a film beyond the fields every page has.

The file, the privacy-enhanced player, the audio-described version and the
caption tracks (each language's WebVTT file; the page's own language is the
default), with absolute addresses on the film's own host (portal/api/).
"""

from portal.api.fields import PageField, absolute_url, prefetch, root_url_of
from portal.blocks import privacy_embed_url

__all__ = ["AudioDescriptionField", "CaptionsField", "DurationField", "VideoField"]


class DurationField(PageField):
    """The film's length in ISO 8601 (PT2M5S), or null."""

    def represent(self, page):
        return page.duration_iso or None


class VideoField(PageField):
    """The uploaded file, or the external address and its privacy player."""

    def represent(self, page):
        self.batched("video:files", self.files, page)
        root_url = root_url_of(page, self.request)
        upload = page.video_file
        return {
            "file_url": absolute_url(upload.url, root_url) if upload else None,
            "external_url": page.video_url or None,
            "embed_url": privacy_embed_url(page.video_url),
        }

    @staticmethod
    def files(pages):
        return prefetch(pages, "video_file", "audio_described_file")


class AudioDescriptionField(VideoField):
    """The audio-described version (file or address), or null."""

    def represent(self, page):
        self.batched("video:files", self.files, page)
        upload = page.audio_described_file
        if not upload and not page.audio_described_url:
            return None
        root_url = root_url_of(page, self.request)
        return {
            "file_url": absolute_url(upload.url, root_url) if upload else None,
            "external_url": page.audio_described_url or None,
        }


class CaptionsField(PageField):
    """Every caption track; the one in the page's language is the default."""

    def represent(self, page):
        self.batched("captions", lambda pages: prefetch(pages, "captions"), page)
        root_url = root_url_of(page, self.request)
        language = page.locale.language_code
        return [
            {
                "language": track.language,
                "url": absolute_url(track.file.url, root_url),
                "default": track.language == language,
            }
            for track in page.captions.all()
        ]
