"""Blog posts from Norrköping; the first three build on real posts from 2019."""

import datetime

from . import pictures
from .text import Tr, cta, figure, heading, image, para, quote

VOLUNTEER = Tr("Volontär på Portalen", "Volunteer at Portalen")


FILMS = {
    "type": "blog_post",
    "title": Tr(
        "Labbens arbete speglas i kortfilmer", "The labs' work told in short films"
    ),
    "date": datetime.date(2019, 12, 13),
    "authors": ["Anna Kanervo"],
    "tags": ["film", "Portalen", Tr("kvinnor", "women")],
    "related_lab": "portalen",
    "hero": ("interview", pictures.NORRKOPING_INTERVIEW),
    "intro": Tr(
        "Vilken rolig dag vi hade igår! Som en av slutprodukterna tar vi fram korta "
        "filmer som beskriver innovationslabbens fina arbete.",
        "What a fun day we had yesterday! As one of the final products we are making "
        "short films that describe the innovation labs' fine work.",
    ),
    "body": [
        para(
            "Igår hade vi inspelningsdag i Portalen i Norrköping, där kvinnorna som "
            "har varit med i projektet hade en avslutningslunch. Det doftade "
            "kardemumma och nybakat bröd, och stämningen var på topp.",
            "Yesterday we had a filming day at Portalen in Norrköping, where the "
            "women who have taken part in the project had a closing lunch. It smelled "
            "of cardamom and fresh bread, and spirits were high.",
        ),
        para(
            "Filmteamet intervjuade deltagare, volontärer och personal från "
            "Hyresbostäder. Flera av kvinnorna berättade på svenska inför kameran – "
            "något som många av dem inte hade vågat för ett år sedan.",
            "The film crew interviewed participants, volunteers and staff from "
            "Hyresbostäder. Several of the women spoke Swedish in front of the camera "
            "– something many of them would not have dared a year ago.",
        ),
        quote(
            "Förra året pratade jag bara svenska i affären. Idag pratade jag svenska "
            "i en film!",
            "Last year I only spoke Swedish in the shop. Today I spoke Swedish in a "
            "film!",
            Tr("Deltagare på Portalen", "Participant at Portalen"),
        ),
        heading("Sex labb, sex filmer", "Six labs, six films"),
        figure("6", "kortfilmer om labben", "short films about the labs"),
        para(
            "Filmerna ska visa vad labben har åstadkommit och inspirera fler "
            "bostadsföretag att pröva liknande arbetssätt. Alla filmer får "
            "undertexter på svenska och engelska och en textversion.",
            "The films will show what the labs have achieved and inspire more housing "
            "companies to try similar ways of working. All films get Swedish and "
            "English captions and a transcript.",
        ),
        image(
            "lunch",
            pictures.NORRKOPING_LUNCH,
            Tr(
                "Avslutningslunchen på Portalen, där filmen spelades in.",
                "The closing lunch at Portalen, where the film was recorded.",
            ),
        ),
        cta("page:film", "Se filmen från Portalen", "Watch the film from Portalen"),
    ],
}

SUCCESS = {
    "type": "blog_post",
    "title": Tr(
        "Inspirerande framgångar – men även frustration",
        "Inspiring successes – but frustration too",
    ),
    "date": datetime.date(2019, 11, 27),
    "authors": ["Anna Kanervo"],
    "tags": [
        Tr("volontärer", "volunteers"),
        Tr("utvärdering", "evaluation"),
        "Portalen",
    ],
    "related_lab": "portalen",
    "hero": ("flip_chart", pictures.NORRKOPING_FLIP_CHART),
    "intro": Tr(
        "– Det här är så roligt, inspirerande, lärorikt och frustrerande! Det var "
        "sammanfattningen från en av de volontärer som under det senaste året har "
        "jobbat med de utrikesfödda kvinnor som har deltagit i innovationslabbets "
        "aktiviteter på Portalen i Norrköping.",
        "– This is so much fun, inspiring, instructive and frustrating! That was the "
        "summary from one of the volunteers who over the past year have worked with "
        "the foreign-born women taking part in the innovation lab's activities at "
        "Portalen in Norrköping.",
    ),
    "body": [
        para(
            "Vi träffade volontärerna och personalen för att utvärdera året. Vad har "
            "fungerat? Vad har varit svårt? Och vad tar vi med oss när labbet "
            "avslutas?",
            "We met the volunteers and staff to evaluate the year. What has worked? "
            "What has been difficult? And what do we take with us when the lab ends?",
        ),
        heading("Framgångarna", "The successes"),
        para(
            "Flera av kvinnorna har fått praktikplatser, två har fått anställning och "
            "nästan alla säger att de har fått nya vänner. Cykelkursen blev en succé "
            "– för många var det första gången de kunde ta sig till jobbet eller "
            "skolan på egen hand.",
            "Several of the women have found work placements, two have been employed "
            "and almost all say they have made new friends. The cycling course was a "
            "success – for many it was the first time they could get to work or "
            "school on their own.",
        ),
        figure("2", "deltagare har fått jobb", "participants have found jobs"),
        heading("Frustrationen", "The frustration"),
        para(
            "Samtidigt har volontärerna ibland känt sig ensamma. Regler hos "
            "myndigheter har gjort det svårt att hjälpa till med det som deltagarna "
            "faktiskt behövde, och det har tagit tid att bygga förtroende.",
            "At the same time, the volunteers have sometimes felt alone. Public "
            "agencies' rules have made it hard to help with what the participants "
            "actually needed, and building trust has taken time.",
        ),
        quote(
            "Man vill så mycket, men man kan inte lösa allt på en tisdagseftermiddag.",
            "You want to do so much, but you cannot solve everything on a Tuesday "
            "afternoon.",
            VOLUNTEER,
        ),
        para(
            "Lärdomen vi tar med oss: volontärer behöver stöd och en tydlig "
            "kontaktperson hos bostadsföretaget. Det skriver vi in i vår vägledning "
            "till andra bostadsföretag.",
            "The lesson we take with us: volunteers need support and a clear contact "
            "person at the housing company. We are writing that into our guidance for "
            "other housing companies.",
        ),
        cta(
            "page:portalen",
            "Läs om labbet på Portalen",
            "Read about the lab at Portalen",
        ),
    ],
}

DOUBLE_THINKING = {
    "type": "blog_post",
    "title": Tr(
        "Sann innovation kräver dubbelt tänkande",
        "True innovation requires thinking in two ways",
    ),
    "date": datetime.date(2019, 11, 25),
    "authors": ["Martin Grander"],
    "tags": [Tr("forskning", "research"), "social innovation"],
    "related_lab": "portalen",
    "hero": ("conference", pictures.NORRKOPING_CONFERENCE),
    "intro": Tr(
        "Den 12–13 november pågick konferensen Social Innovation Summit i Malmö. SI "
        "Summit är Nordens årliga mötesplats för människor som arbetar för att hitta "
        "nya lösningar på komplexa samhällsproblem.",
        "On 12–13 November the Social Innovation Summit took place in Malmö. SI "
        "Summit is the Nordic countries' annual meeting place for people working to "
        "find new solutions to complex social problems.",
    ),
    "body": [
        para(
            "Jag representerade Allmännyttans innovationslabb på konferensen och "
            "berättade om hur bostadsföretag kan arbeta med social innovation "
            "tillsammans med sina hyresgäster.",
            "I represented Allmännyttan's innovation lab at the conference and talked "
            "about how housing companies can work with social innovation together "
            "with their tenants.",
        ),
        heading("Två sätt att tänka samtidigt", "Two ways of thinking at once"),
        para(
            "En tanke som återkom under de två dagarna var att sann innovation kräver "
            "dubbelt tänkande. Vi måste både förbättra det vi redan gör och våga "
            "pröva det som ännu inte finns. Det ena tränger lätt undan det andra.",
            "An idea that kept coming back during the two days was that true "
            "innovation requires thinking in two ways. We must both improve what we "
            "already do and dare to try what does not yet exist. One easily crowds "
            "out the other.",
        ),
        para(
            "I bostadsföretagen är förvaltningen tränad i att lösa problem snabbt och "
            "effektivt. Innovation kräver ofta motsatsen: tid, tålamod och en vilja "
            "att inte veta svaret i förväg.",
            "In housing companies, property management is trained to solve problems "
            "quickly and efficiently. Innovation often demands the opposite: time, "
            "patience and a willingness not to know the answer in advance.",
        ),
        quote(
            "Labben har gett bostadsföretagen ett rum där det är tillåtet att inte "
            "veta svaret i förväg.",
            "The labs have given the housing companies a room where it is allowed not "
            "to know the answer in advance.",
            "Martin Grander",
        ),
        heading("Vad labben visar", "What the labs show"),
        para(
            "I följeforskningen ser vi att de labb som har lyckats bäst är de där "
            "bostadsföretaget har vågat lämna över en del av makten till hyresgäster "
            "och partner. Det gäller i Boden, i Norrköping och i Södertälje.",
            "In the accompanying research we see that the labs that have succeeded "
            "best are those where the housing company has dared to hand over some of "
            "its power to tenants and partners. That holds in Boden, in Norrköping "
            "and in Södertälje.",
        ),
        cta("page:labs", "Se våra labb", "See our labs"),
    ],
}

CYCLING = {
    "type": "blog_post",
    "title": Tr(
        "Cykelkurs gav frihet och nya vänner",
        "A cycling course brought freedom and new friends",
    ),
    "date": datetime.date(2019, 9, 5),
    "authors": ["Leila Haddad"],
    "tags": [Tr("cykelkurs", "cycling course"), Tr("kvinnor", "women"), "Portalen"],
    "related_lab": "portalen",
    "hero": ("cycling", pictures.NORRKOPING_CYCLING),
    "intro": Tr(
        "I somras lärde sig tolv kvinnor på Portalen att cykla. För många var det "
        "första gången de satt på en cykel.",
        "This summer twelve women at Portalen learned to ride a bike. For many it was "
        "the first time they had sat on a bicycle.",
    ),
    "body": [
        para(
            "Idén kom från deltagarna själva. Flera berättade att de inte kunde ta "
            "sig till kurser eller jobbintervjuer utan att vara beroende av bussen "
            "eller av någon som kunde skjutsa.",
            "The idea came from the participants themselves. Several said they could "
            "not get to courses or job interviews without depending on the bus or on "
            "someone to give them a lift.",
        ),
        figure("12", "kvinnor lärde sig cykla", "women learned to cycle"),
        para(
            "Volontärer från en cykelförening höll i kursen på parkeringen bakom "
            "Portalen. Hyresbostäder lånade ut cyklar och hjälmar, och efter några "
            "veckor cyklade gruppen tillsammans till stadsbiblioteket.",
            "Volunteers from a cycling club ran the course in the car park behind "
            "Portalen. Hyresbostäder lent out bikes and helmets, and after a few "
            "weeks the group cycled together to the city library.",
        ),
        quote(
            "Jag trodde att jag var för gammal. Nu cyklar jag till mitt jobb varje "
            "dag.",
            "I thought I was too old. Now I cycle to my job every day.",
            Tr("Deltagare i cykelkursen", "Participant in the cycling course"),
        ),
        heading("Mer än en cykeltur", "More than a bike ride"),
        para(
            "Kursen blev också en mötesplats. Kvinnorna pratade svenska med varandra "
            "och med volontärerna, och flera av dem fortsatte att träffas efter "
            "kursen.",
            "The course also became a meeting place. The women spoke Swedish with "
            "each other and with the volunteers, and several of them kept meeting "
            "after the course.",
        ),
        cta(
            "page:contact",
            "Vill du vara volontär? Hör av dig",
            "Would you like to volunteer? Get in touch",
        ),
    ],
}

POSTS = [FILMS, SUCCESS, DOUBLE_THINKING, CYCLING]
