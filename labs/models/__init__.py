from .credits import VideoPageOrganisation, VideoPagePerson
from .film_index import FilmIndexPage
from .films import FilmNotReady, VideoPage, VideoPageCaption, publish_problems
from .labs import CardQuerySet, LabIndexPage, LabPage, LabPageOrganisation

__all__ = [
    "CardQuerySet",
    "FilmIndexPage",
    "FilmNotReady",
    "LabIndexPage",
    "LabPage",
    "LabPageOrganisation",
    "VideoPage",
    "VideoPageCaption",
    "VideoPageOrganisation",
    "VideoPagePerson",
    "publish_problems",
]
