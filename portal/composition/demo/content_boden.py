"""Bodens Bostäder: BIS, Boden Integration och Samverkan, with about 50 partners."""

import datetime

from . import pictures
from .content_boden_posts import POSTS
from .content_common import (
    ALLMANNYTTAN,
    ANNA_KANERVO,
    about_page,
    accessibility_page,
    blog_index,
    contact_page,
    lab_index,
)
from .content_videos import COMPANY_VIDEOS
from .text import Tr, cta, figure, heading, image, para, quote

NAME = "Bodens Bostäder"
EMAIL = "info@bodensbostader.example"
PHONE = "0980-319 250"

HOUSES_BLUE = Tr(
    "Illustration: flerbostadshus i blått och grönt mot en ljus himmel",
    "Illustration: apartment blocks in blue and green against a pale sky",
)

FILM = {
    "type": "video",
    "key": "film",
    "title": Tr("Så fungerar BIS", "How BIS works"),
    "intro": Tr(
        "En kort film om hur Bodens Bostäder, kommunen och ett femtiotal partner "
        "arbetar tillsammans i BIS.",
        "A short film about how Bodens Bostäder, the municipality and some fifty "
        "partners work together in BIS.",
    ),
    "poster": ("poster", pictures.BODEN_NETWORK),
    "duration": 8,
    "video": ("film.mp4", "Film: Så fungerar BIS"),
    "captions": {"sv": "boden.sv.vtt", "en": "boden.en.vtt"},
    "people": ["Sara Lindqvist", "Hassan Ali"],
    "organisations": [NAME, Tr("Bodens kommun", "Boden Municipality")],
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
            "Berättare: I BIS samlas ett femtiotal organisationer under ett tak.",
            "Narrator: In BIS, some fifty organisations gather under one roof.",
        ),
        Tr(
            "Berättare: Den som är ny i Boden hittar rätt på ett ställe.",
            "Narrator: Anyone who is new to Boden finds the right help in one place.",
        ),
        Tr(
            "Berättare: Håll i och håll ut – det mesta löser sig på vägen.",
            "Narrator: Hold on and keep going – most things sort themselves out along "
            "the way.",
        ),
    ],
}

LAB = {
    "type": "lab",
    "key": "bis",
    "title": Tr(
        "BIS – Boden Integration och Samverkan",
        "BIS – Boden Integration and Cooperation",
    ),
    "municipality": "Boden",
    "neighbourhood": Tr("Centrala Boden", "Central Boden"),
    "status": "active",
    "start_date": datetime.date(2018, 9, 1),
    "intro": Tr(
        "I BIS har Bodens Bostäder, kommunen och ett femtiotal föreningar och "
        "organisationer flyttat ihop för att ge nya Bodenbor en väg in i samhället.",
        "In BIS, Bodens Bostäder, the municipality and some fifty associations and "
        "organisations have moved in together to give newcomers to Boden a way into "
        "society.",
    ),
    "goals": [
        Tr(
            "Samla stödet till nyanlända och asylsökande på ett ställe",
            "Bring support for newcomers and asylum seekers together in one place",
        ),
        Tr(
            "Korta vägen till språk, arbete och föreningsliv",
            "Shorten the path to language, work and community life",
        ),
        Tr(
            "Sprida arbetssättet till fler bostadsföretag",
            "Spread the way of working to more housing companies",
        ),
    ],
    "key_figures": [
        ("50", Tr("samarbetspartners", "partners")),
        ("12", Tr("aktiviteter i veckan", "activities a week")),
        ("1", Tr("gemensam mötesplats", "shared meeting place")),
    ],
    "organisations": [
        "Bodens kommun",
        "Föreningen Nya Vänner i Boden",
        "Studieförbundet Norrsken",
        "Sveriges Allmännytta",
    ],
    "contact": "Sara Lindqvist",
    "hero": ("house", pictures.BODEN_HOUSE),
    "body": [
        heading("Så arbetar BIS", "How BIS works"),
        para(
            "BIS startade som ett av Allmännyttans innovationslabb. Bodens Bostäder "
            "tog initiativet och bjöd in kommunen, civilsamhället och andra som möter "
            "nyanlända i sitt arbete.",
            "BIS started as one of Allmännyttan's innovation labs. Bodens Bostäder "
            "took the initiative and invited the municipality, civil society and "
            "others who meet newcomers in their work.",
        ),
        para(
            "I dag delar de lokaler, kalender och kunskap. Här finns språkcafé, "
            "läxhjälp, rådgivning om boende och arbete och ett öppet kafé där nya och "
            "gamla Bodenbor möts.",
            "Today they share premises, a calendar and knowledge. There is a language "
            "café, homework help, advice on housing and work, and an open café where "
            "new and long-time residents of Boden meet.",
        ),
        quote(
            "Det mesta löser sig på vägen om man bara har viljan att lära känna "
            "varandra.",
            "Most things sort themselves out along the way, as long as you want to "
            "get to know each other.",
            Tr(
                "Från utvärderingsworkshopen i november 2019",
                "From the evaluation workshop in November 2019",
            ),
        ),
        image(
            "workshop_notes",
            pictures.BODEN_WORKSHOP,
            Tr(
                "Styrgruppen och personalen på BIS utvärderade labbet i november 2019.",
                "The steering group and staff of BIS evaluated the lab in November "
                "2019.",
            ),
        ),
        heading("Lärdomar att dela", "Lessons to share"),
        para(
            "Bostadsbolaget kan vara en bra initiativtagare till den här sortens "
            "partnerskap. Det kräver tålamod att hitta gemensamma arbetssätt, men det "
            "lönar sig.",
            "The housing company can be a good initiator of this kind of partnership. "
            "Finding shared ways of working takes patience, but it pays off.",
        ),
        cta(
            "page:contact",
            "Kontakta oss om du vill veta mer",
            "Contact us if you want to know more",
        ),
    ],
    "children": [FILM],
}

SITE = {
    "key": "boden",
    "hostname": "boden.localhost",
    "name": NAME,
    "images": {
        "hero": ("boden-samverkan.jpg", "BIS – flerbostadshus i Boden"),
        "house": ("boden-bis-vinter.jpg", "BIS – huset en vinterdag"),
        "workshop_notes": (
            "boden-workshop-lappar.jpg",
            "BIS – utvärderingsworkshop med lappar på väggen",
        ),
        "meeting_place": ("boden-motesplats.jpg", "BIS – mötesplatsen"),
        "language_cafe": ("boden-sprakcafe.jpg", "BIS – språkcaféet"),
        "poster": ("boden-natverk.jpg", "Filmaffisch: Så fungerar BIS"),
        "logo": ("logo-boden.png", "Logotyp: Bodens Bostäder"),
    },
    "settings": {
        "organisation_name": NAME,
        "org_number": "556123-4501",
        "phone": PHONE,
        "email": EMAIL,
        "website": "https://bodensbostader.example/",
        "instagram": "https://instagram.example/bodensbostader",
        "logo": "logo",
        "share_image": "hero",
    },
    "footer": {
        "name": f"Sidfot {NAME}",
        "description": Tr(
            "Bodens Bostäder är det allmännyttiga bostadsföretaget i Boden. Vi driver "
            "BIS tillsammans med kommunen och ett femtiotal partner.",
            "Bodens Bostäder is the municipal housing company in Boden. We run BIS "
            "together with the municipality and some fifty partners.",
        ),
        "address": "Exempelvägen 12\n961 00 Boden",
    },
    "organisations": [
        {"name": NAME, "website": "https://bodensbostader.example/"},
        {
            "name": Tr("Bodens kommun", "Boden Municipality"),
            "website": "https://boden-kommun.example/",
        },
        {"name": "Föreningen Nya Vänner i Boden"},
        {
            "name": "Studieförbundet Norrsken",
            "website": "https://norrsken-studieforbund.example/",
        },
        ALLMANNYTTAN,
    ],
    "people": [
        ANNA_KANERVO,
        {
            "name": "Sara Lindqvist",
            "organisation": NAME,
            "role": Tr(
                "verksamhetsledare för BIS, Bodens Bostäder",
                "operations manager at BIS, Bodens Bostäder",
            ),
        },
        {
            "name": "Hassan Ali",
            "organisation": NAME,
            "role": Tr("samordnare, BIS", "coordinator, BIS"),
        },
    ],
    "home": {
        "type": "home",
        "key": "home",
        "title": NAME,
        "slug": Tr("boden", "boden-en"),
        "intro": Tr(
            "Bodens Bostäder är det allmännyttiga bostadsföretaget i Boden. Här "
            "berättar vi om BIS, vårt innovationslabb för integration och samverkan.",
            "Bodens Bostäder is the municipal housing company in Boden. Here we tell "
            "you about BIS, our innovation lab for integration and cooperation.",
        ),
        "hero": ("hero", HOUSES_BLUE),
        "body": [
            heading("En väg in i samhället", "A way into society"),
            para(
                "I BIS har bostadsbolaget, kommunen och ett femtiotal föreningar och "
                "organisationer flyttat ihop. Den som är ny i Boden hittar rätt på "
                "ett ställe i stället för att gå mellan tio olika kontor.",
                "In BIS, the housing company, the municipality and some fifty "
                "associations and organisations have moved in together. Anyone new to "
                "Boden finds the right help in one place instead of going between ten "
                "different offices.",
            ),
            figure("50", "samarbetspartners", "partners"),
            cta("page:bis", "Läs om labbet BIS", "Read about the BIS lab"),
            cta("page:blog", "Till bloggen", "Go to the blog"),
        ],
    },
    "pages": [
        blog_index(
            Tr(
                "Nyheter och lärdomar från BIS i Boden.",
                "News and lessons from BIS in Boden.",
            ),
            POSTS,
        ),
        lab_index(
            Tr(
                "Bodens Bostäders innovationslabb.",
                "Bodens Bostäder's innovation labs.",
            ),
            [LAB],
        ),
        COMPANY_VIDEOS,
        about_page(
            Tr(
                "Vi är det allmännyttiga bostadsföretaget i Boden.",
                "We are the municipal housing company in Boden.",
            ),
            [
                para(
                    "Bodens Bostäder hyr ut lägenheter i hela kommunen. Vi ser det "
                    "som en del av vårt uppdrag att bidra till att alla som flyttar "
                    "hit känner sig välkomna, och därför tog vi initiativet till BIS.",
                    "Bodens Bostäder lets flats throughout the municipality. We see "
                    "it as part of our mission to help everyone who moves here feel "
                    "welcome, which is why we took the initiative to start BIS.",
                ),
                cta("page:contact", "Kontakta oss", "Contact us"),
            ],
        ),
        contact_page(EMAIL),
        accessibility_page(NAME, "bodensbostader.example", EMAIL, PHONE),
    ],
}
