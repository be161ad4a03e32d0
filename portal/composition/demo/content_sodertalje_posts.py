"""Blog posts from Lina Hage.

The last two have no English version, on purpose: they show how a Swedish page
without a translation links the English home instead.
"""

import datetime

from . import pictures
from .text import Tr, cta, figure, heading, para, quote

LEADER = Tr("En av ledarna i labbet", "One of the lab's leaders")

EVALUATION = {
    "type": "blog_post",
    "title": Tr(
        "”Vi har lyckats rädda några från kriminalitet”",
        "“We have managed to save some from crime”",
    ),
    "date": datetime.date(2019, 11, 25),
    "authors": ["Lena Liljendahl"],
    "tags": [
        Tr("ungdomar", "young people"),
        Tr("utvärdering", "evaluation"),
        "Lina Hage",
    ],
    "related_lab": "lina",
    "hero": ("youth_centre", pictures.SODERTALJE_YOUTH_CENTRE),
    "intro": Tr(
        "Idag var vi i Lina Hage för att utvärdera labbet här och fundera tillsammans "
        "över vad som hänt det här året.",
        "Today we were in Lina Hage to evaluate the lab here and think together about "
        "what has happened this year.",
    ),
    "body": [
        para(
            "Vad har gjorts? Vad har vi lärt oss? Vad kunde vi gjort bättre? Och har "
            "våra mål uppfyllts? Det var frågorna vi diskuterade med ledarna, "
            "föreningarna och några av ungdomarna.",
            "What has been done? What have we learned? What could we have done "
            "better? And have our goals been met? Those were the questions we "
            "discussed with the leaders, the associations and some of the young "
            "people.",
        ),
        heading("Sommarjobben gjorde skillnad", "The summer jobs made a difference"),
        para(
            "Fyrtio ungdomar har haft sommarjobb i området, och många av dem har "
            "fortsatt som ledare på fritidsgården. De vuxna i labbet är överens: när "
            "unga får ett sammanhang och ett ansvar väljer färre den kriminella "
            "vägen.",
            "Forty young people have had summer jobs in the area, and many of them "
            "have gone on as leaders at the youth centre. The adults in the lab "
            "agree: when young people get a place to belong and a responsibility, "
            "fewer choose the criminal path.",
        ),
        figure("40", "unga i sommarjobb", "young people in summer jobs"),
        quote(
            "Vi har lyckats rädda några från kriminalitet. Det går inte att mäta i "
            "siffror, men vi vet vilka de är.",
            "We have managed to save some from crime. You cannot measure it in "
            "figures, but we know who they are.",
            LEADER,
        ),
        heading("Det vi kunde gjort bättre", "What we could have done better"),
        para(
            "Alla håller inte med om allt. Föreningarna vill ha längre avtal än ett "
            "år i taget, och ungdomarna vill ha fler kvällar öppet. Det tar vi med "
            "oss in i nästa år.",
            "Not everyone agrees on everything. The associations want agreements "
            "longer than one year at a time, and the young people want more evenings "
            "open. We take that with us into next year.",
        ),
        cta("page:lina", "Läs om ungdomslabbet", "Read about the youth lab"),
    ],
}

# Not translated yet (see the module docstring), so the text is Swedish only.
SUMMER_JOBS = {
    "type": "blog_post",
    "translate": False,
    "title": "Sommarjobben blev en språngbräda",
    "date": datetime.date(2019, 8, 28),
    "authors": ["Daniel Aho"],
    "tags": ["sommarjobb", "ungdomar"],
    "related_lab": "lina",
    "hero": ("summer_jobs", pictures.SODERTALJE_SUMMER_JOBS.sv),
    "intro": (
        "Fyrtio ungdomar i Lina Hage har jobbat i sommar. För många var det första "
        "gången de hade en chef, en lönespecifikation och en arbetskamrat."
    ),
    "body": [
        para(
            "Jobben handlade om att måla bänkar, plantera blommor och hålla rent på "
            "gårdarna. Varje grupp hade en handledare från bostadsföretaget."
        ),
        figure("40", "unga i sommarjobb"),
        quote(
            "Nu vet jag hur det är att gå upp klockan sju. Det var jobbigt i en vecka.",
            None,
            "Sommarjobbare i Lina Hage",
        ),
        heading("Ett första intyg"),
        para(
            "Alla som jobbade hela perioden fick ett intyg och en referens. Flera har "
            "redan använt den när de sökt extrajobb under hösten."
        ),
        cta("page:lina", "Läs om ungdomslabbet"),
    ],
}

FOOTBALL = {
    "type": "blog_post",
    "translate": False,
    "title": "Fotbollsplanen blev vår mötesplats",
    "date": datetime.date(2019, 5, 14),
    "authors": ["Nadia Karim"],
    "tags": ["fotboll", "ungdomar"],
    "related_lab": "lina",
    "hero": (
        "football",
        "Illustration: ungdomar spelar fotboll på en konstgräsplan mellan höghus en "
        "kväll, medan några föräldrar tittar på vid sidan av planen.",
    ),
    "intro": (
        "När fotbollsplanen mellan husen fick nytt konstgräs kom fler än vi hade "
        "räknat med. Nu spelar vi varje onsdag."
    ),
    "body": [
        para(
            "Idén till turneringen kom från ungdomarna själva. De ville ha något att "
            "göra på kvällarna som inte kostade pengar."
        ),
        para(
            "Lina United IF ställde upp med domare och tröjor, och bostadsföretaget "
            "bjöd på frukt och vatten. Föräldrarna kom och hejade."
        ),
        figure("8", "lag i turneringen"),
        quote(
            "Det bästa var att våra föräldrar kom och tittade.", None, "Spelare, 14 år"
        ),
        heading("Vi fortsätter i höst"),
        para(
            "Turneringen blir en tradition. Nästa gång vill ungdomarna bjuda in lag "
            "från andra bostadsområden i Södertälje."
        ),
        cta("page:contact", "Kontakta oss om du vill vara med"),
    ],
}

POSTS = [EVALUATION, SUMMER_JOBS, FOOTBALL]
