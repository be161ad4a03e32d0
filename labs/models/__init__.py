from .credits import VideoPageOrganisation, VideoPagePerson
from .film_index import FilmIndexPage
from .films import VideoPage, VideoPageCaption
from .labs import LabIndexPage, LabPage, LabPageOrganisation

__all__ = [
    "FilmIndexPage",
    "LabIndexPage",
    "LabPage",
    "LabPageOrganisation",
    "VideoPage",
    "VideoPageCaption",
    "VideoPageOrganisation",
    "VideoPagePerson",
]
