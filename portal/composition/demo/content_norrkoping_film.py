"""Norrköping's second film, hosted on YouTube rather than uploaded.

The demo's only external film: the page shows a poster and a play button, and
the platform's player loads (from youtube-nocookie.com) only when the reader
presses play. The address is a placeholder for the company's real upload.
"""

from . import pictures
from .text import Tr

EXTERNAL_FILM = {
    "type": "video",
    "key": "filming_day_film",
    "title": Tr("Inspelningsdagen på Portalen", "Filming day at Portalen"),
    "intro": Tr(
        "Bakom kulisserna när filmteamet besökte avslutningslunchen på Portalen. "
        "Deltagare och volontärer berättar varför de ville synas i filmen.",
        "Behind the scenes when the film crew visited the closing lunch at "
        "Portalen. Participants and volunteers tell why they wanted to be seen in "
        "the film.",
    ),
    "poster": ("film_kit", pictures.NORRKOPING_FILM_KIT),
    "duration": 154,
    "url": "https://www.youtube.com/watch?v=Rk7vPq2LmXs",
    # We cannot check captions on YouTube: the editor confirmed that the film
    # there has Swedish and English captions.
    "platform_captions_confirmed": True,
    "people": ["Leila Haddad", "Maria Björk"],
    "organisations": ["Kvinnonätverket Öst", "Hyresbostäder i Norrköping"],
    # Everyone on screen is interviewed and says who they are; the narrator
    # describes the room, so the soundtrack tells all that matters.
    "soundtrack_describes_all": True,
    "transcript": [
        Tr(
            "[Ljudet av prat och porslin. Berättaren beskriver en lokal med långa "
            "bord, kaffe och nybakat bröd.]",
            "[The sound of chatter and china. The narrator describes a room with "
            "long tables, coffee and fresh bread.]",
        ),
        Tr(
            "Maria Björk, Hyresbostäder: Idag filmar vi avslutningen av ett år på "
            "Portalen.",
            "Maria Björk, Hyresbostäder: Today we are filming the end of a year at "
            "Portalen.",
        ),
        Tr(
            "Leila Haddad, volontär: Förra året pratade jag bara svenska i affären. "
            "Idag pratar jag svenska i en film!",
            "Leila Haddad, volunteer: Last year I only spoke Swedish in the shop. "
            "Today I am speaking Swedish in a film!",
        ),
        Tr(
            "Berättare: Filmen om labbet visas för fler bostadsföretag under våren.",
            "Narrator: The film about the lab will be shown to more housing "
            "companies in the spring.",
        ),
    ],
}
