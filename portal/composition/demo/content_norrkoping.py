"""Hyresbostäder i Norrköping: a lab for foreign-born women at Portalen."""

import datetime

from . import pictures
from .content_common import (
    ALLMANNYTTAN,
    ANNA_KANERVO,
    MALMO_UNIVERSITY,
    MARTIN_GRANDER,
    about_page,
    accessibility_page,
    blog_index,
    contact_page,
    lab_index,
)
from .content_norrkoping_film import EXTERNAL_FILM
from .content_norrkoping_posts import POSTS
from .content_videos import COMPANY_VIDEOS
from .text import Tr, cta, figure, heading, image, para, quote

NAME = "Hyresbostäder i Norrköping"
EMAIL = "kontakt@hyresbostader-norrkoping.example"
PHONE = "040-628 04 20"

HOUSES_ROSE = Tr(
    "Illustration: flerbostadshus i rosa och grå toner",
    "Illustration: apartment blocks in pink and grey tones",
)

FILM = {
    "type": "video",
    "key": "film",
    "title": Tr("Kvinnorna på Portalen", "The women at Portalen"),
    "intro": Tr(
        "Kvinnorna som deltog i labbet berättar vad ett år på Portalen har betytt för "
        "dem. Filmen spelades in under avslutningslunchen i december 2019.",
        "The women who took part in the lab tell us what a year at Portalen has meant "
        "to them. The film was recorded during the closing lunch in December 2019.",
    ),
    "poster": ("lunch", pictures.NORRKOPING_LUNCH),
    "duration": 8,
    "video": ("film.mp4", "Film: Kvinnorna på Portalen"),
    "captions": {"sv": "norrkoping.sv.vtt", "en": "norrkoping.en.vtt"},
    "people": ["Leila Haddad", "Maria Björk"],
    "organisations": ["Kvinnonätverket Öst", NAME],
    # The narrator reads out the title card, the only text shown in the film.
    "soundtrack_describes_all": True,
    "transcript": [
        Tr(
            "[Musik. Texten Allmännyttans innovationslabb syns mot en bakgrund i "
            "grönt och brunt. Berättaren läser texten.]",
            "[Music. The words Allmännyttans innovationslabb appear against a green "
            "and brown background. The narrator reads them out.]",
        ),
        Tr(
            "Deltagare: När jag kom hit kände jag ingen utanför min trappuppgång.",
            "Participant: When I came here I did not know anyone outside my stairwell.",
        ),
        Tr(
            "Deltagare: Nu har jag vänner, och jag har sökt mitt första jobb.",
            "Participant: Now I have friends, and I have applied for my first job.",
        ),
        Tr(
            "Berättare: På Portalen möts kvinnor, volontärer och Hyresbostäder.",
            "Narrator: At Portalen, women, volunteers and Hyresbostäder meet.",
        ),
    ],
}

LAB = {
    "type": "lab",
    "key": "portalen",
    "title": Tr(
        "Kvinnor som kraft – labbet på Portalen",
        "Women as a force – the lab at Portalen",
    ),
    "municipality": "Norrköping",
    "neighbourhood": "Navestad",
    "status": "completed",
    "start_date": datetime.date(2018, 10, 1),
    "end_date": datetime.date(2019, 12, 13),
    "intro": Tr(
        "På Portalen har utrikesfödda kvinnor, volontärer och Hyresbostäder "
        "tillsammans prövat nya vägar till språk, nätverk och arbete.",
        "At Portalen, foreign-born women, volunteers and Hyresbostäder have together "
        "tried out new paths to language, networks and work.",
    ),
    "goals": [
        Tr(
            "Fler kvinnor i området ska ha ett eget nätverk utanför hemmet",
            "More women in the area should have a network of their own outside the "
            "home",
        ),
        Tr(
            "Deltagarna ska komma närmare studier eller arbete",
            "Participants should come closer to studies or work",
        ),
        Tr(
            "Hyresbostäder ska lära sig hur vi når boende som sällan hörs",
            "Hyresbostäder should learn how to reach tenants who are rarely heard",
        ),
    ],
    "key_figures": [
        ("30", Tr("deltagande kvinnor", "women taking part")),
        ("15", Tr("volontärer", "volunteers")),
        ("6", Tr("kortfilmer om labben", "short films about the labs")),
    ],
    "organisations": [
        Tr("Norrköpings kommun", "Norrköping Municipality"),
        "Kvinnonätverket Öst",
        "Malmö universitet",
        "Sveriges Allmännytta",
    ],
    "contact": "Maria Björk",
    "hero": ("portalen", pictures.NORRKOPING_PORTALEN),
    "body": [
        heading("Ett år på Portalen", "A year at Portalen"),
        para(
            "Labbet började med en enkel fråga: varför ser vi så sällan kvinnorna i "
            "området på våra boendemöten? Svaret blev ett år av träffar, kurser och "
            "samtal på kvinnornas egna villkor.",
            "The lab started with a simple question: why do we so rarely see the "
            "women in the area at our tenant meetings? The answer became a year of "
            "meetings, courses and conversations on the women's own terms.",
        ),
        para(
            "Volontärer från föreningslivet höll i språkträning, cykelkurs och "
            "studiebesök. Hyresbostäders medarbetare fanns på plats varje vecka.",
            "Volunteers from local associations ran language practice, a cycling "
            "course and study visits. Staff from Hyresbostäder were there every week.",
        ),
        quote(
            "Det här är så roligt, inspirerande, lärorikt och frustrerande!",
            "This is so much fun, inspiring, instructive and frustrating!",
            Tr("Volontär på Portalen", "Volunteer at Portalen"),
        ),
        image(
            "interview",
            pictures.NORRKOPING_INTERVIEW,
            Tr(
                "Inspelningsdag på Portalen i december 2019.",
                "Filming day at Portalen in December 2019.",
            ),
        ),
        cta("page:blog", "Läs inläggen från labbet", "Read the posts from the lab"),
    ],
    "children": [FILM, EXTERNAL_FILM],
}

SITE = {
    "key": "norrkoping",
    "hostname": "norrkoping.localhost",
    "name": NAME,
    "images": {
        "hero": ("norrkoping-portalen.jpg", "Portalen – flerbostadshus i Norrköping"),
        "interview": (
            "norrkoping-intervju.jpg",
            "Portalen – intervju på inspelningsdagen",
        ),
        "flip_chart": (
            "norrkoping-bladderblock.jpg",
            "Portalen – utvärdering med volontärerna",
        ),
        "conference": (
            "norrkoping-konferens.jpg",
            "Social Innovation Summit – konferensscen",
        ),
        "cycling": ("norrkoping-cykelkurs.jpg", "Portalen – cykelkurs"),
        "portalen": ("norrkoping-portalen-entre.jpg", "Portalen – entrén"),
        "lunch": (
            "norrkoping-avslutningslunch.jpg",
            "Filmaffisch: Kvinnorna på Portalen",
        ),
        "film_kit": (
            "norrkoping-filmutrustning.jpg",
            "Filmaffisch: Inspelningsdagen på Portalen",
        ),
        "logo": ("logo-norrkoping.png", "Logotyp: Hyresbostäder i Norrköping"),
    },
    "settings": {
        "organisation_name": NAME,
        "org_number": "556234-5602",
        "phone": PHONE,
        "email": EMAIL,
        "website": "https://hyresbostader-norrkoping.example/",
        "instagram": "https://instagram.example/hyresbostader",
        "logo": "logo",
        "share_image": "hero",
    },
    "footer": {
        "name": f"Sidfot {NAME}",
        "description": Tr(
            "Hyresbostäder i Norrköping är kommunens allmännyttiga bostadsföretag. "
            "Innovationslabbet på Portalen drevs tillsammans med kvinnor i området "
            "och ett nätverk av volontärer.",
            "Hyresbostäder i Norrköping is the municipality's public housing company. "
            "The innovation lab at Portalen was run together with women in the area "
            "and a network of volunteers.",
        ),
        "address": "Exempelgatan 7\n602 00 Norrköping",
    },
    "organisations": [
        {"name": NAME, "website": "https://hyresbostader-norrkoping.example/"},
        {
            "name": Tr("Norrköpings kommun", "Norrköping Municipality"),
            "website": "https://norrkoping-kommun.example/",
        },
        {"name": "Kvinnonätverket Öst"},
        MALMO_UNIVERSITY,
        ALLMANNYTTAN,
    ],
    "people": [
        ANNA_KANERVO,
        MARTIN_GRANDER,
        {
            "name": "Maria Björk",
            "organisation": NAME,
            "role": Tr(
                "projektledare, Hyresbostäder i Norrköping",
                "project lead, Hyresbostäder i Norrköping",
            ),
        },
        {
            "name": "Leila Haddad",
            "organisation": "Kvinnonätverket Öst",
            "role": Tr("volontär på Portalen", "volunteer at Portalen"),
        },
    ],
    "home": {
        "type": "home",
        "key": "home",
        "title": NAME,
        "slug": Tr("norrkoping", "norrkoping-en"),
        "intro": Tr(
            "Hyresbostäder i Norrköping är kommunens allmännyttiga bostadsföretag. "
            "Här berättar vi om innovationslabbet för utrikesfödda kvinnor på "
            "Portalen.",
            "Hyresbostäder i Norrköping is the municipality's public housing company. "
            "Here we tell you about the innovation lab for foreign-born women at "
            "Portalen.",
        ),
        "hero": ("hero", HOUSES_ROSE),
        "body": [
            heading("Kvinnor som kraft", "Women as a force"),
            para(
                "Under ett år träffades utrikesfödda kvinnor, volontärer och "
                "Hyresbostäder varje vecka på Portalen. Resultatet blev nya nätverk, "
                "bättre svenska och flera första jobb.",
                "For a year, foreign-born women, volunteers and Hyresbostäder met "
                "every week at Portalen. The result was new networks, better Swedish "
                "and several first jobs.",
            ),
            figure("30", "deltagande kvinnor", "women taking part"),
            cta(
                "page:portalen",
                "Läs om labbet på Portalen",
                "Read about the lab at Portalen",
            ),
            cta("page:blog", "Till bloggen", "Go to the blog"),
        ],
    },
    "pages": [
        blog_index(
            Tr(
                "Nyheter och lärdomar från labbet på Portalen.",
                "News and lessons from the lab at Portalen.",
            ),
            POSTS,
        ),
        lab_index(
            Tr("Hyresbostäders innovationslabb.", "Hyresbostäder's innovation labs."),
            [LAB],
        ),
        COMPANY_VIDEOS,
        about_page(
            Tr(
                "Vi är det allmännyttiga bostadsföretaget i Norrköping.",
                "We are the public housing company in Norrköping.",
            ),
            [
                para(
                    "Hyresbostäder vill att alla som bor hos oss ska kunna vara med "
                    "och påverka sitt boende och sitt område. Labbet på Portalen var "
                    "ett sätt att lära oss mer om hur vi når dem som sällan hörs.",
                    "Hyresbostäder wants everyone who lives with us to be able to "
                    "influence their home and their neighbourhood. The lab at "
                    "Portalen was a way to learn more about how to reach those who "
                    "are rarely heard.",
                ),
                cta("page:contact", "Kontakta oss", "Contact us"),
            ],
        ),
        contact_page(EMAIL),
        accessibility_page(NAME, "hyresbostader-norrkoping.example", EMAIL, PHONE),
    ],
}
