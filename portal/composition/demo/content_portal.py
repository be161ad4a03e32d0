"""The umbrella portal: its home (from a migration), about, contact, accessibility."""

from .content_common import ALLMANNYTTAN, about_page, accessibility_page, contact_page
from .content_videos import PORTAL_VIDEOS
from .text import Tr, cta, figure, heading, para, quote

NAME = "Allmännyttans innovationsportal"
EMAIL = "portalen@allmannyttan.example"
PHONE = "08-465 004 00"

SITE = {
    "key": "portal",
    "hostname": "localhost",
    "name": NAME,
    "images": {
        "hero": ("portal-kvarter.jpg", "Portalen – kvarter med flerbostadshus"),
        "logo": ("logo-portal.png", "Logotyp: Allmännyttans innovationsportal"),
    },
    "settings": {
        "organisation_name": NAME,
        "org_number": "556987-6500",
        "phone": PHONE,
        "email": EMAIL,
        "website": "https://allmannyttan.example/",
        "instagram": "https://instagram.example/allmannyttan",
        "logo": "logo",
        "share_image": "hero",
    },
    "footer": {
        "name": f"Sidfot {NAME}",
        "site_name": Tr(NAME, "Allmännyttan's innovation portal"),
        "description": Tr(
            "Allmännyttans innovationsportal samlar allmännyttiga bostadsföretags "
            "blogginlägg, innovationslabb och filmer. Vill du att ditt "
            "bostadsföretags arbete ska synas här? Hör av dig!",
            "Allmännyttan's innovation portal brings together public housing "
            "companies' blog posts, innovation labs and films. Would you like your "
            "housing company's work to be featured here? Get in touch!",
        ),
        "address": "Exempelgatan 1\n111 22 Stockholm",
    },
    "organisations": [ALLMANNYTTAN],
    "people": [],
    "home": {
        "type": "home",
        "key": "home",
        "title": Tr(NAME, "Allmännyttan's innovation portal"),
        "slug": Tr("portal", "portal-en"),
        "intro": Tr(
            "Här visar Sveriges allmännyttiga bostadsföretag sitt arbete: "
            "blogginlägg, innovationslabb och korta filmer om vad labben har "
            "åstadkommit.",
            "Here Sweden's public housing companies show their work: blog posts, "
            "innovation labs and short films about what the labs have achieved.",
        ),
        "hero": (
            "hero",
            Tr(
                "Illustration: ett kvarter med flerbostadshus i dämpade färger",
                "Illustration: a block of apartment buildings in muted colours",
            ),
        ),
        "body": [
            heading(
                "Tre bostadsföretag, tre labb", "Three housing companies, three labs"
            ),
            para(
                "Allmännyttans innovationslabb har prövat nya sätt att arbeta "
                "tillsammans med de boende: för nyanlända i Boden, för utrikesfödda "
                "kvinnor i Norrköping och för unga i Södertälje. Här berättar "
                "bostadsföretagen själva vad de har gjort och lärt sig.",
                "Allmännyttan's innovation labs have tried new ways of working "
                "together with residents: for newcomers in Boden, for foreign-born "
                "women in Norrköping and for young people in Södertälje. Here the "
                "housing companies tell you themselves what they have done and "
                "learned.",
            ),
            figure("3", "innovationslabb", "innovation labs"),
            cta(
                "page:boden:home",
                "Bodens Bostäder – BIS i Boden",
                "Bodens Bostäder – BIS in Boden",
            ),
            cta(
                "page:norrkoping:home",
                "Hyresbostäder i Norrköping – kvinnor på Portalen",
                "Hyresbostäder i Norrköping – women at Portalen",
            ),
            cta(
                "page:sodertalje:home",
                "Södertälje Allmännyttan – unga i Lina Hage",
                "Södertälje Allmännyttan – young people in Lina Hage",
            ),
            quote(
                "Vi blir bara klokare och klokare på vägen.",
                "We just keep getting wiser along the way.",
                "Anna Kanervo",
            ),
        ],
    },
    "pages": [
        PORTAL_VIDEOS,
        about_page(
            Tr(
                "Portalen samlar allmännyttiga bostadsföretags blogginlägg, "
                "innovationslabb och filmer på ett ställe.",
                "The portal brings public housing companies' blog posts, innovation "
                "labs and films together in one place.",
            ),
            [
                para(
                    "Sveriges Allmännytta är bransch- och intresseorganisation för "
                    "allmännyttiga kommunala bostadsföretag över hela Sverige. I "
                    "Allmännyttans innovationslabb prövade bostadsföretag tillsammans "
                    "med hyresgäster och partner nya lösningar på sociala utmaningar.",
                    "Sveriges Allmännytta is the trade and interest organisation for "
                    "municipal public housing companies throughout Sweden. In "
                    "Allmännyttan's innovation lab, housing companies tried new "
                    "solutions to social challenges together with tenants and "
                    "partners.",
                ),
                heading(
                    "Varje bostadsföretag har sin egen webbplats",
                    "Each housing company has its own website",
                ),
                para(
                    "På portalen har varje bostadsföretag en egen webbplats med egen "
                    "adress, där de själva skriver och publicerar. Allt finns på "
                    "svenska och engelska.",
                    "On the portal each housing company has its own website at its "
                    "own address, where they write and publish themselves. Everything "
                    "is in Swedish and English.",
                ),
                heading("Vill ni synas här?", "Would you like to be featured here?"),
                para(
                    "Vill du att ditt allmännyttiga bostadsföretags goda arbete ska "
                    "synas här? Hör av dig!",
                    "Would you like your public housing company's good work to be "
                    "featured here? Get in touch!",
                ),
                cta("page:contact", "Kontakta portalen", "Contact the portal"),
            ],
            title=Tr("Om portalen", "About the portal"),
            slug=Tr("om-portalen", "about-the-portal"),
        ),
        contact_page(EMAIL),
        accessibility_page(NAME, "allmannyttan.example", EMAIL, PHONE),
    ],
}
