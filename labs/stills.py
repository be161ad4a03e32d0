"""A film's still (labs.uploads) where the portal expects a Wagtail image.

Relies on Wagtail internals: docs/upstream.md, "Image tag with a stand-in image".

The still is wagtailmedia's thumbnail, a plain file without renditions. Film
cards (components/card.html's {% image %} tag, which takes anything with a
get_rendition()) and the share tags (portal.sharing.meta) ask an image for a
rendition and read its url, width and height; a Still answers with itself,
the file as it is, so neither needs to know about stills. Its size is worked
out from the film's, so rendering a page opens no file; a thumbnail an editor
uploaded instead gets the same size (the card crops to 16:9 whatever it is).
"""

from labs.probe import frame_size

__all__ = ["Still"]


class Still:
    def __init__(self, media):
        self.url = media.thumbnail.url
        self.width, self.height = frame_size(media.width, media.height)

    def get_rendition(self, spec):
        return self
