from .captions import VideoPageCaption
from .credits import VideoPageOrganisation, VideoPagePerson
from .labs import LabIndexPage, LabPage, LabPageOrganisation
from .video_index import VideoIndexPage
from .videos import VideoPage

__all__ = [
    "VideoIndexPage",
    "LabIndexPage",
    "LabPage",
    "LabPageOrganisation",
    "VideoPage",
    "VideoPageCaption",
    "VideoPageOrganisation",
    "VideoPagePerson",
]
