"""The public API's labs and films endpoints (portal/api/, docs/api.md)."""

from labs.models import LabPage, VideoPage
from portal.api import schema as s
from portal.api.views import page_endpoint

__all__ = ["FilmsAPIViewSet", "LabsAPIViewSet", "register"]

DATE_OR_NULL = s.nullable(s.DATE)
LAB = {
    "municipality": s.STRING,
    "neighbourhood": s.STRING,
    "status": {"type": "string", "enum": list(LabPage.Status.values)},
    "start_date": DATE_OR_NULL,
    "end_date": DATE_OR_NULL,
    "goals": s.HTML,
    "key_figures": s.array(s.obj({"number": s.STRING, "label": s.STRING})),
    "contact_person": s.nullable(s.ref("Person")),
    "organisations": s.array(s.ref("Organisation")),
    "hero_image": s.nullable(s.ref("ImageUse")),
    "body": s.HTML,
}
FILE_OR_ADDRESS = {"file_url": s.nullable(s.URL), "external_url": s.nullable(s.URL)}
FILM = {
    "duration": {**s.nullable(s.STRING), "description": "ISO 8601, e.g. PT2M5S."},
    "poster_image": s.nullable(s.ref("ImageUse")),
    "video": s.obj(
        {
            **FILE_OR_ADDRESS,
            "embed_url": {
                **s.nullable(s.URL),
                "description": "A privacy-enhanced player (youtube-nocookie, "
                "Vimeo with dnt) for an external film.",
            },
        }
    ),
    "captions": s.array(
        s.obj({"language": s.STRING, "url": s.URL, "default": {"type": "boolean"}})
    ),
    "transcript": s.HTML,
    "audio_description": s.nullable(s.obj(FILE_OR_ADDRESS)),
    "soundtrack_describes_all": {"type": "boolean"},
    "chapters": s.array(s.obj({"start": s.STRING, "title": s.STRING})),
    "lab": s.nullable(s.ref("PageLink")),
    "people": s.array(s.ref("Person")),
    "organisations": s.array(s.ref("Organisation")),
}

LabsAPIViewSet = page_endpoint(
    LabPage,
    "labs",
    listing_fields=[
        "excerpt",
        "municipality",
        "status",
        "start_date",
        "end_date",
        "hero_image",
        "company",
        "translations",
    ],
    schema=("Lab", LAB),
)
FilmsAPIViewSet = page_endpoint(
    VideoPage,
    "films",
    listing_fields=[
        "excerpt",
        "duration",
        "poster_image",
        "lab",
        "company",
        "translations",
    ],
    schema=("Film", FILM),
)


def register(router):
    router.register_endpoint("labs", LabsAPIViewSet)
    router.register_endpoint("films", FilmsAPIViewSet)
