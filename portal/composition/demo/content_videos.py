"""The film index every demo site has; the portal's lists every company's films."""

from .text import Tr


def video_index(intro):
    return {
        "type": "video_index",
        "key": "videos",
        "title": Tr("Filmer", "Films"),
        "slug": Tr("filmer", "films"),
        "menu": True,
        "intro": intro,
    }


COMPANY_VIDEOS = video_index(
    Tr(
        "Korta filmer om vad vi har gjort i våra labb, med undertexter och "
        "textversion.",
        "Short films about what we have done in our labs, with captions and a "
        "transcript.",
    )
)
PORTAL_VIDEOS = video_index(
    Tr(
        "Korta filmer från alla bostadsföretagens labb, med undertexter och "
        "textversion.",
        "Short films from all the housing companies' labs, with captions and a "
        "transcript.",
    )
)
