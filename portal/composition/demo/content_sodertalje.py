"""Södertälje Allmännyttan (an invented company): a youth lab in Lina Hage."""

import datetime

from . import pictures
from .content_common import (
    ALLMANNYTTAN,
    LENA_LILJENDAHL,
    about_page,
    accessibility_page,
    blog_index,
    contact_page,
    lab_index,
)
from .content_sodertalje_posts import POSTS
from .content_videos import COMPANY_VIDEOS
from .text import Tr, cta, figure, heading, image, para, quote

NAME = "Södertälje Allmännyttan"
EMAIL = "info@sodertaljeallmannyttan.example"
PHONE = "08-465 004 30"

TOWERS = Tr(
    "Illustration: höghus i grönt och grått bakom buskar",
    "Illustration: tower blocks in green and grey behind bushes",
)

FILM = {
    "type": "video",
    "key": "film",
    "title": Tr("Sommaren i Lina Hage", "Summer in Lina Hage"),
    "intro": Tr(
        "Ungdomarna i Lina Hage berättar om sommarjobben, fotbollsturneringen och "
        "kvällarna på fritidsgården.",
        "The young people in Lina Hage talk about the summer jobs, the football "
        "tournament and the evenings at the youth centre.",
    ),
    "poster": ("poster", pictures.SODERTALJE_EVENING),
    "duration": 8,
    "video": ("film.mp4", "Film: Sommaren i Lina Hage"),
    "captions": {"sv": "sodertalje.sv.vtt", "en": "sodertalje.en.vtt"},
    "people": ["Nadia Karim", "Daniel Aho"],
    "organisations": ["Lina United IF", NAME],
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
            "Ungdom: Förra sommaren hade jag inget att göra.",
            "Young person: Last summer I had nothing to do.",
        ),
        Tr(
            "Ungdom: I år har jag jobbat, och nu är jag ledare för de yngre.",
            "Young person: This year I have worked, and now I lead the younger ones.",
        ),
        Tr(
            "Berättare: I Lina Hage är de unga en resurs, inte ett problem.",
            "Narrator: In Lina Hage, young people are a resource, not a problem.",
        ),
    ],
}

LAB = {
    "type": "lab",
    "key": "lina",
    "title": Tr(
        "Unga i Lina Hage – ungdomslabbet", "Young people in Lina Hage – the youth lab"
    ),
    "municipality": "Södertälje",
    "neighbourhood": "Lina Hage",
    "status": "active",
    "start_date": datetime.date(2018, 8, 15),
    "intro": Tr(
        "I Lina Hage arbetar unga, föreningar och Södertälje Allmännyttan tillsammans "
        "för att ge ungdomar sommarjobb, meningsfull fritid och vuxna förebilder.",
        "In Lina Hage, young people, associations and Södertälje Allmännyttan work "
        "together to give teenagers summer jobs, meaningful leisure time and adult "
        "role models.",
    ),
    "goals": [
        Tr(
            "Fler unga i området ska ha sommarjobb och en första merit",
            "More young people in the area should have a summer job and a first "
            "reference",
        ),
        Tr(
            "Färre unga ska dras in i kriminalitet",
            "Fewer young people should be drawn into crime",
        ),
        Tr(
            "Unga ska vara med och forma sitt eget bostadsområde",
            "Young people should help shape their own neighbourhood",
        ),
    ],
    "key_figures": [
        ("40", Tr("unga i sommarjobb", "young people in summer jobs")),
        ("6", Tr("samarbetande föreningar", "partner associations")),
        (
            "3",
            Tr(
                "kvällar i veckan på fritidsgården",
                "evenings a week at the youth centre",
            ),
        ),
    ],
    "organisations": [
        Tr("Södertälje kommun", "Södertälje Municipality"),
        "Lina United IF",
        "Fritidsgården Hagen",
        "Sveriges Allmännytta",
    ],
    "contact": "Daniel Aho",
    "hero": ("playground", pictures.SODERTALJE_PLAYGROUND),
    "body": [
        heading("Unga som resurs", "Young people as a resource"),
        para(
            "Labbet startade efter en sommar med oro i området. I stället för fler "
            "kameror och vakter valde bostadsföretaget att satsa på de unga själva: "
            "sommarjobb i utemiljön, en fotbollsturnering och kvällsöppet på "
            "fritidsgården.",
            "The lab started after a summer of unrest in the area. Instead of more "
            "cameras and guards, the housing company chose to invest in the young "
            "people themselves: summer jobs in the outdoor areas, a football "
            "tournament and evening opening hours at the youth centre.",
        ),
        para(
            "Ungdomarna har varit med och bestämt vad pengarna ska användas till. "
            "Flera av dem som började som sommarjobbare är i dag ledare för yngre "
            "barn.",
            "The young people have helped decide what the money is spent on. Several "
            "who started as summer workers now lead groups of younger children.",
        ),
        quote(
            "Vi har lyckats rädda några från kriminalitet.",
            "We have managed to save some from crime.",
            Tr("En av ledarna i labbet", "One of the lab's leaders"),
        ),
        image(
            "summer_jobs",
            pictures.SODERTALJE_SUMMER_JOBS,
            Tr(
                "Sommarjobbarna tog hand om utemiljön i Lina Hage.",
                "The summer workers looked after the outdoor areas in Lina Hage.",
            ),
        ),
        cta("page:contact", "Kontakta ungdomslabbet", "Contact the youth lab"),
    ],
    "children": [FILM],
}

SITE = {
    "key": "sodertalje",
    "hostname": "sodertalje.localhost",
    "name": NAME,
    "images": {
        "hero": ("sodertalje-hovsjo.jpg", "Lina Hage – höghus i Södertälje"),
        "youth_centre": ("sodertalje-fritidsgard.jpg", "Lina Hage – fritidsgården"),
        "summer_jobs": (
            "sodertalje-sommarjobb.jpg",
            "Lina Hage – sommarjobb på gården",
        ),
        "football": ("sodertalje-fotboll.jpg", "Lina Hage – fotbollsplanen"),
        "playground": ("sodertalje-lekplats.jpg", "Lina Hage – lekplatsen"),
        "poster": ("sodertalje-sommarkvall.jpg", "Filmaffisch: Sommaren i Lina Hage"),
        "logo": ("logo-sodertalje.png", "Logotyp: Södertälje Allmännyttan"),
    },
    "settings": {
        "organisation_name": NAME,
        "org_number": "556345-6703",
        "phone": PHONE,
        "email": EMAIL,
        "website": "https://sodertaljeallmannyttan.example/",
        "instagram": "https://instagram.example/sodertaljeallmannyttan",
        "logo": "logo",
        "share_image": "hero",
    },
    "footer": {
        "name": f"Sidfot {NAME}",
        "description": Tr(
            "Södertälje Allmännyttan är ett påhittat allmännyttigt bostadsföretag i "
            "portalens demo. Ungdomslabbet i Lina Hage drivs tillsammans med unga och "
            "föreningar i området.",
            "Södertälje Allmännyttan is an invented public housing company in the "
            "portal's demo. The youth lab in Lina Hage is run together with young "
            "people and associations in the area.",
        ),
        "address": "Exempeltorget 3\n151 00 Södertälje",
    },
    "organisations": [
        {"name": NAME, "website": "https://sodertaljeallmannyttan.example/"},
        {
            "name": Tr("Södertälje kommun", "Södertälje Municipality"),
            "website": "https://sodertalje-kommun.example/",
        },
        {"name": "Lina United IF"},
        {"name": "Fritidsgården Hagen"},
        ALLMANNYTTAN,
    ],
    "people": [
        LENA_LILJENDAHL,
        {
            "name": "Daniel Aho",
            "organisation": NAME,
            "role": Tr(
                "ungdomssamordnare, Södertälje Allmännyttan",
                "youth coordinator, Södertälje Allmännyttan",
            ),
        },
        {
            "name": "Nadia Karim",
            "organisation": "Fritidsgården Hagen",
            "role": Tr("fritidsledare i Lina Hage", "youth worker in Lina Hage"),
        },
    ],
    "home": {
        "type": "home",
        "key": "home",
        "title": NAME,
        "slug": Tr("sodertalje", "sodertalje-en"),
        "intro": Tr(
            "Södertälje Allmännyttan hyr ut bostäder i Södertälje. Här berättar vi om "
            "ungdomslabbet i Lina Hage.",
            "Södertälje Allmännyttan lets homes in Södertälje. Here we tell you about "
            "the youth lab in Lina Hage.",
        ),
        "hero": ("hero", TOWERS),
        "body": [
            heading("Unga i Lina Hage", "Young people in Lina Hage"),
            para(
                "Sommarjobb, fotboll och en fritidsgård med öppet på kvällarna. I "
                "Lina Hage har unga och vuxna tillsammans byggt något som håller.",
                "Summer jobs, football and a youth centre open in the evenings. In "
                "Lina Hage, young people and adults have together built something "
                "that lasts.",
            ),
            figure("40", "unga i sommarjobb", "young people in summer jobs"),
            cta("page:lina", "Läs om ungdomslabbet", "Read about the youth lab"),
            cta("page:blog", "Till bloggen", "Go to the blog"),
        ],
    },
    "pages": [
        blog_index(
            Tr(
                "Nyheter från ungdomslabbet i Lina Hage.",
                "News from the youth lab in Lina Hage.",
            ),
            POSTS,
        ),
        lab_index(
            Tr(
                "Södertälje Allmännyttans innovationslabb.",
                "Södertälje Allmännyttan's innovation labs.",
            ),
            [LAB],
        ),
        COMPANY_VIDEOS,
        about_page(
            Tr(
                "Vi är ett allmännyttigt bostadsföretag i Södertälje.",
                "We are a public housing company in Södertälje.",
            ),
            [
                para(
                    "Södertälje Allmännyttan finns bara i portalens demo. Företaget "
                    "är påhittat, men arbetet i ungdomslabbet bygger på erfarenheter "
                    "från Allmännyttans innovationslabb.",
                    "Södertälje Allmännyttan exists only in the portal's demo. The "
                    "company is invented, but the work in the youth lab builds on "
                    "experience from Allmännyttan's innovation lab.",
                ),
                cta("page:contact", "Kontakta oss", "Contact us"),
            ],
        ),
        contact_page(EMAIL),
        accessibility_page(NAME, "sodertaljeallmannyttan.example", EMAIL, PHONE),
    ],
}
