# ruff: noqa: SIM905 - word lists read best as text
"""Swedish- and English-looking names and text for the benchmark data.

Deterministic for a seed: the same arguments give the same portal. Titles
pair up, so a post's English translation says the same thing.
"""

import random

TOWNS = (
    "Älvdalen Ånge Båstad Degerfors Eksjö Falun Gislaved Hagfors Ljusdal Mora "
    "Nässjö Orsa Piteå Rättvik Sala Sollefteå Tranås Ulricehamn Vara Vimmerby "
    "Ystad Åmål Örnsköldsvik Östhammar Arvika Bollnäs Eslöv Flen Gnosjö Hjo "
    "Kiruna Kumla Laholm Lycksele Malung Nora Oskarshamn Ronneby Skara Strömsund "
    "Tierp Torsby Vetlanda Vännäs Åre Öckerö Borgholm Kalix Lindesberg Simrishamn"
).split()
FIRST_NAMES = (
    "Anna Erik Maria Lars Karin Anders Sara Johan Elin Per Fatima Ahmed Linnea "
    "Mikael Ingrid Oskar Amira Nils Sofia Gustav"
).split()
LAST_NAMES = (
    "Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson "
    "Svensson Gustafsson Lindqvist Berg Hassan Lundgren Holm"
).split()
ROLES = [
    ("projektledare", "project manager"),
    ("hyresgästvärd", "tenant host"),
    ("områdeschef", "area manager"),
    ("kommunikatör", "communications officer"),
]
# (Swedish, English) subjects, deeds and places that make up titles.
SUBJECTS = [
    ("Hyresgästerna", "The tenants"),
    ("Ungdomarna", "The young people"),
    ("Grannarna", "The neighbours"),
    ("Föreningarna", "The associations"),
    ("Fastighetsskötarna", "The caretakers"),
    ("Labbet", "The lab"),
]
DEEDS = [
    ("odlar tillsammans", "grow food together"),
    ("startar språkcafé", "start a language café"),
    ("renoverar med solceller", "renovate with solar panels"),
    ("skapar en trygg mötesplats", "create a safe meeting place"),
    ("får sommarjobb", "get summer jobs"),
    ("bygger om tvättstugan", "rebuild the laundry room"),
    ("planerar nya lekplatser", "plan new playgrounds"),
    ("sparar energi", "save energy"),
]
PLACES = [
    ("i kvarteret", "in the neighbourhood"),
    ("på gården", "in the courtyard"),
    ("i centrum", "in the town centre"),
    ("vid stationen", "by the station"),
    ("i förorten", "in the suburb"),
]
SENTENCES = [
    (
        "Arbetet började med samtal i trapphusen och fortsatte på gården.",
        "The work began with conversations in the stairwells and went on in the "
        "courtyard.",
    ),
    (
        "Bostadsbolaget och kommunen delar på kostnaden under de första åren.",
        "The housing company and the municipality share the cost for the first years.",
    ),
    (
        "Fler än hundra hyresgäster har deltagit i träffarna sedan i våras.",
        "More than a hundred tenants have taken part in the meetings since spring.",
    ),
    (
        "Nästa steg är att sprida arbetssättet till fler bostadsområden.",
        "The next step is to bring the way of working to more neighbourhoods.",
    ),
    (
        "Resultaten följs upp varje halvår tillsammans med föreningarna.",
        "The results are followed up every six months with the associations.",
    ),
    (
        "Tryggheten har ökat enligt den senaste enkäten bland de boende.",
        "Safety has increased according to the latest survey among residents.",
    ),
]
TAGS = [
    ("integration", "integration"),
    ("trygghet", "safety"),
    ("energi", "energy"),
    ("ungdomar", "young people"),
    ("odling", "gardening"),
    ("renovering", "renovation"),
    ("samverkan", "partnership"),
    ("sommarjobb", "summer jobs"),
]


def company_name(number):
    town = TOWNS[number % len(TOWNS)]
    round_ = number // len(TOWNS)
    return f"{town}hem{f' {round_ + 1}' if round_ else ''}"


def person_name(rng):
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"


def title_pair(rng):
    subject, deed, place = rng.choice(SUBJECTS), rng.choice(DEEDS), rng.choice(PLACES)
    return (
        f"{subject[0]} {deed[0]} {place[0]}",
        f"{subject[1]} {deed[1]} {place[1]}",
    )


def paragraph_pair(rng, count=3):
    chosen = rng.sample(SENTENCES, count)
    return " ".join(s for s, _e in chosen), " ".join(e for _s, e in chosen)


def rng_for(seed):
    return random.Random(seed)  # noqa: S311 - benchmark text, not a secret
