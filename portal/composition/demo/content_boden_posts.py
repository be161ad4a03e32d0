"""Blog posts from Boden; the first is the real post of 13 November 2019."""

import datetime

from . import pictures
from .text import Tr, cta, figure, heading, image, para, quote

LOOKING_BACK = {
    "type": "blog_post",
    "title": Tr(
        "När vi lyfter blicken ser vi allt som åstadkommits",
        "When we look up, we see everything that has been achieved",
    ),
    "date": datetime.date(2019, 11, 13),
    "authors": ["Anna Kanervo"],
    "tags": [Tr("utvärdering", "evaluation"), Tr("samverkan", "cooperation"), "BIS"],
    "related_lab": "bis",
    "hero": ("workshop_notes", pictures.BODEN_WORKSHOP),
    "intro": Tr(
        "Håll i och håll ut. Så kan man sammanfatta de viktiga insikterna som gänget "
        "i Boden kom fram till under dagens utvärderingsworkshop.",
        "Hold on and keep going. That sums up the important insights the team in "
        "Boden arrived at during today's evaluation workshop.",
    ),
    "body": [
        para(
            "Styrgruppen och personalen på BIS (Boden Integration och Samverkan) har "
            "idag ägnat nästan hela dagen åt att analysera hur långt de har kommit "
            "med sitt arbete med innovationslabbet.",
            "The steering group and staff of BIS (Boden Integration and Cooperation) "
            "spent almost the whole day today analysing how far they have come in "
            "their work with the innovation lab.",
        ),
        para(
            "Många kloka insikter, lärdomar och även idéer för framtiden har vi "
            "noterat i våra anteckningar. Som till exempel att det krävs en hel del "
            "tålamod att lära känna varandra och hitta gemensamma arbetssätt när "
            "olika aktörer ska flytta ihop och börja jobba tillsammans.",
            "We have noted many wise insights, lessons and ideas for the future. For "
            "example, that it takes a good deal of patience to get to know each other "
            "and find shared ways of working when different organisations move in and "
            "start working together.",
        ),
        heading("Sambolivet löser sig på vägen", "Living together works itself out"),
        para(
            "Sambolivet är inte smärtfritt, men å andra sidan går det inte att "
            "planera allt detta i förväg. Man måste också våga bara kasta sig in och "
            "hålla i. Det mesta löser sig på vägen om man bara har viljan att lära "
            "känna varandra.",
            "Living together is not painless, but then again you cannot plan all of "
            "it in advance. You also have to dare to just jump in and hold on. Most "
            "things sort themselves out along the way, as long as you want to get to "
            "know each other.",
        ),
        para(
            "Vi har även pratat om bostadsbolagets roll som initiativtagare i "
            "BIS-liknande partnerskap, behovet av att andas djupt när planerna inte "
            "går framåt i den takt man själv vill, samt vikten av att lyfta blicken "
            "och se tillbaka: Ofta har man lyckats åstadkomma mer än vad man själv "
            "tror.",
            "We also talked about the housing company's role as the initiator of "
            "partnerships like BIS, the need to breathe deeply when plans do not move "
            "as fast as you would like, and the importance of looking up and looking "
            "back: you have often achieved more than you think.",
        ),
        quote(
            "Ofta har man lyckats åstadkomma mer än vad man själv tror.",
            "You have often achieved more than you think.",
            "Anna Kanervo",
        ),
        heading("50 samarbetspartners", "50 partners"),
        para(
            "BIS har visat sig fylla en viktig funktion i Boden när det gäller att "
            "skapa en väg in i samhället för dem som är nya på orten. Ju mer ryktet "
            "sprids, desto tydligare blir behovet av att samordna resurser riktade "
            "till bland annat asylsökande.",
            "BIS has proved to fill an important role in Boden in creating a way into "
            "society for people who are new in town. The further the word spreads, "
            "the clearer the need to coordinate resources for asylum seekers, among "
            "others.",
        ),
        para(
            "Fler och fler hittar till BIS – både nyanlända och befintliga "
            "organisationer som vill samarbeta med BIS. Under det senaste året har "
            "BIS lyckats knyta kontakt med cirka 50 samarbetspartners. Snyggt jobbat!",
            "More and more people find their way to BIS – both newcomers and "
            "established organisations that want to work with BIS. Over the past year "
            "BIS has made contact with about 50 partners. Well done!",
        ),
        image(
            "meeting_place",
            pictures.BODEN_MEETING_PLACE,
            Tr(
                "BIS har i dag ett femtiotal samarbetspartners i Boden.",
                "BIS now has some fifty partners in Boden.",
            ),
        ),
        heading("Lärdomar värda guld", "Lessons worth their weight in gold"),
        para(
            "För oss är det guld värt att få ta del av dessa lärdomar. Vårt uppdrag "
            "är att på bästa sätt sprida kunskapen till fler bostadsaktörer. Men hur "
            "gör vi det löser vi när vi först har träffat alla labb och samlat "
            "insikterna.",
            "For us these lessons are worth their weight in gold. Our task is to "
            "spread the knowledge to more housing organisations in the best possible "
            "way. How we do that we will work out once we have met all the labs and "
            "gathered the insights.",
        ),
        para(
            "Vi blir bara klokare och klokare på vägen – hur ska det här sluta?!?",
            "We just keep getting wiser along the way – where will this end?!?",
        ),
        cta("page:bis", "Läs mer om BIS", "Read more about BIS"),
    ],
}

ONE_YEAR = {
    "type": "blog_post",
    "title": Tr(
        "Ett år med BIS – från idé till mötesplats",
        "A year of BIS – from idea to meeting place",
    ),
    "date": datetime.date(2019, 6, 10),
    "authors": ["Sara Lindqvist"],
    "tags": ["integration", "BIS", Tr("mötesplats", "meeting place")],
    "related_lab": "bis",
    "hero": ("meeting_place", pictures.BODEN_MEETING_PLACE),
    "intro": Tr(
        "För ett år sedan flyttade de första organisationerna in i BIS. Nu är lokalen "
        "full nästan varje dag.",
        "A year ago the first organisations moved into BIS. Now the premises are full "
        "almost every day.",
    ),
    "body": [
        para(
            "När Bodens Bostäder bjöd in till det första mötet visste ingen riktigt "
            "vad BIS skulle bli. Vi visste bara att många som är nya i Boden går "
            "mellan olika kontor och att ingen har hela bilden.",
            "When Bodens Bostäder invited people to the first meeting, nobody really "
            "knew what BIS would become. We only knew that many people who are new to "
            "Boden go from office to office and that nobody has the whole picture.",
        ),
        heading("Från tio dörrar till en", "From ten doors to one"),
        para(
            "I dag finns kommunens samhällsvägledare, föreningar, studieförbund och "
            "bostadsbolagets boendeinformatörer i samma lokal. Den som kommer in med "
            "en fråga om bostad kan gå därifrån med en plats på språkcaféet och ett "
            "nummer till en förening som söker ledare.",
            "Today the municipality's community guides, associations, adult education "
            "associations and the housing company's tenant advisers share the same "
            "premises. Someone who comes in with a question about housing can leave "
            "with a place at the language café and the number of an association "
            "looking for leaders.",
        ),
        quote(
            "Förut skickade vi folk vidare. Nu följer vi med dem till rätt bord.",
            "We used to send people on. Now we walk them to the right table.",
            Tr("Medarbetare på BIS", "Staff member at BIS"),
        ),
        figure("12", "aktiviteter i veckan", "activities a week"),
        heading("Det svåra", "The hard part"),
        para(
            "Det har inte varit enkelt. Olika organisationer har olika regler, olika "
            "tider och olika sätt att föra statistik. Vi har lagt mycket tid på att "
            "prata ihop oss, och det arbetet är inte klart.",
            "It has not been easy. Different organisations have different rules, "
            "different hours and different ways of keeping statistics. We have spent "
            "a lot of time agreeing on how to work, and that work is not finished.",
        ),
        cta(
            "page:contact",
            "Vill ni samarbeta med BIS? Hör av er",
            "Would you like to work with BIS? Get in touch",
        ),
    ],
}

LANGUAGE_CAFE = {
    "type": "blog_post",
    "title": Tr(
        "Språkcafé med kö ut på gatan", "A language café with a queue out the door"
    ),
    "date": datetime.date(2019, 3, 20),
    "authors": ["Hassan Ali"],
    "tags": [Tr("språk", "language"), Tr("volontärer", "volunteers"), "BIS"],
    "related_lab": "bis",
    "hero": ("language_cafe", pictures.BODEN_LANGUAGE_CAFE),
    "intro": Tr(
        "Tisdagarnas språkcafé på BIS har blivit så populärt att vi har öppnat en "
        "andra grupp.",
        "The Tuesday language café at BIS has become so popular that we have opened a "
        "second group.",
    ),
    "body": [
        para(
            "Det började med sex deltagare och två volontärer runt ett bord. I dag "
            "kommer över trettio personer varje tisdag, och vi har fått låna "
            "grannlokalen för att alla ska få plats.",
            "It started with six participants and two volunteers around one table. "
            "Today more than thirty people come every Tuesday, and we have borrowed "
            "the room next door so that everyone fits in.",
        ),
        figure("30", "deltagare varje tisdag", "participants every Tuesday"),
        para(
            "Volontärerna kommer från föreningslivet, från kyrkan och från "
            "bostadsbolagets egen personal. Några som började som deltagare leder nu "
            "egna samtalsgrupper.",
            "The volunteers come from local associations, from the church and from "
            "the housing company's own staff. Some who started as participants now "
            "lead conversation groups of their own.",
        ),
        quote(
            "Här får jag prata svenska utan att någon skyndar på mig.",
            "Here I can speak Swedish without anyone rushing me.",
            Tr("Deltagare i språkcaféet", "Participant in the language café"),
        ),
        image(
            "meeting_place",
            pictures.BODEN_MEETING_PLACE,
            Tr(
                "Språkcaféet träffas varje tisdag klockan 17 i BIS lokaler.",
                "The language café meets every Tuesday at 5 pm at BIS.",
            ),
        ),
        heading("Vill du bli volontär?", "Would you like to volunteer?"),
        para(
            "Vi behöver fler som vill prata svenska en timme i veckan. Du behöver "
            "inga förkunskaper, bara tid och nyfikenhet.",
            "We need more people who would like to speak Swedish for an hour a week. "
            "You need no experience, only time and curiosity.",
        ),
        cta("page:contact", "Anmäl ditt intresse", "Register your interest"),
    ],
}

POSTS = [LOOKING_BACK, ONE_YEAR, LANGUAGE_CAFE]
