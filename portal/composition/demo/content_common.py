"""Pages, people and organisations every site shares: menus, contact, accessibility."""

from portal.composition.sections import ABOUT, ACCESSIBILITY, BLOG, CONTACT, LABS, SLUGS

from .text import Tr

ALLMANNYTTAN = {"name": "Sveriges Allmännytta"}

MALMO_UNIVERSITY = {"name": Tr("Malmö universitet", "Malmö University")}

# The authors of the real posts on the blog of Allmännyttans innovationslabb.
ANNA_KANERVO = {
    "name": "Anna Kanervo",
    "role": Tr(
        "projektansvarig för Allmännyttans innovationslabb",
        "project manager for Allmännyttan's innovation lab",
    ),
    "organisation": "Sveriges Allmännytta",
}

LENA_LILJENDAHL = {
    "name": "Lena Liljendahl",
    "role": Tr(
        "boendeexpert, Sveriges Allmännytta", "housing expert, Sveriges Allmännytta"
    ),
    "organisation": "Sveriges Allmännytta",
}

MARTIN_GRANDER = {
    "name": "Martin Grander",
    "role": Tr(
        "Malmö universitet, följeforskare till Allmännyttans innovationslabb",
        "Malmö University, accompanying researcher to Allmännyttan's innovation lab",
    ),
    "organisation": "Malmö universitet",
}


def blog_index(intro, posts):
    return {
        "type": "blog_index",
        "key": "blog",
        "title": BLOG,
        "slug": SLUGS[BLOG],
        "menu": True,
        "intro": intro,
        "children": posts,
    }


def lab_index(intro, labs):
    return {
        "type": "lab_index",
        "key": "labs",
        "title": LABS,
        "slug": SLUGS[LABS],
        "menu": True,
        "intro": intro,
        "children": labs,
    }


def about_page(intro, body, title=ABOUT, slug=None):
    return {
        "type": "standard",
        "key": "about",
        "title": title,
        "slug": slug or SLUGS[ABOUT],
        "menu": True,
        "intro": intro,
        "body": body,
    }


def contact_page(to_address):
    """The contact form: name, e-mail and message, sent to the company's address."""
    return {
        "type": "form",
        "key": "contact",
        "title": CONTACT,
        "slug": SLUGS[CONTACT],
        "menu": True,
        "to_address": to_address,
        "intro": Tr(
            "Har du frågor om våra innovationslabb, vill du samarbeta eller berätta "
            "något för oss? Skriv till oss så svarar vi inom några arbetsdagar. Vi "
            "sparar dina uppgifter bara så länge vi behöver dem för att svara dig.",
            "Do you have questions about our innovation labs, would you like to work "
            "with us or tell us something? Write to us and we will reply within a few "
            "working days. We keep your details only as long as we need them to "
            "answer you.",
        ),
        "fields": [
            (Tr("Namn", "Name"), "singleline"),
            (Tr("E-post", "E-mail"), "email"),
            (Tr("Meddelande", "Message"), "multiline"),
        ],
        "thank_you_text": Tr(
            "Tack för ditt meddelande! Vi svarar så snart vi kan.",
            "Thank you for your message! We will reply as soon as we can.",
        ),
        "subject": Tr("Meddelande från webbplatsen", "Message from the website"),
    }


def accessibility_page(organisation, website, email, phone):
    """An accessibility statement with the fields of DIGG's model statement."""
    return {
        "type": "accessibility",
        "key": "accessibility",
        "title": ACCESSIBILITY,
        "slug": SLUGS[ACCESSIBILITY],
        "organisation": organisation,
        "service": website,
        "compliance": "partial",
        "intro": Tr(
            f"{organisation} står bakom den här webbplatsen. Vi vill att så många "
            "som möjligt ska kunna använda den. Här beskriver vi hur "
            f"{website} uppfyller lagen om tillgänglighet till digital offentlig "
            "service, vilka kända brister som finns och hur du kan rapportera "
            "brister till oss.",
            f"{organisation} is responsible for this website. We want as many "
            "people as possible to be able to use it. Here we describe how "
            f"{website} complies with the Act on accessibility to digital public "
            "services, which problems we know of and how you can report problems "
            "to us.",
        ),
        "inaccessible": [
            (
                Tr("Äldre PDF-dokument", "Older PDF documents"),
                Tr(
                    "Några årsrapporter i PDF från före 2019 saknar rubrikstruktur, "
                    "så en skärmläsare kan inte hoppa mellan avsnitten. Vi gör om dem "
                    "till webbsidor när vi uppdaterar innehållet.",
                    "Some annual reports in PDF from before 2019 have no heading "
                    "structure, so a screen reader cannot jump between sections. We "
                    "turn them into web pages when we update the content.",
                ),
                Tr(
                    "1.3.1 Information och relationer (nivå A)",
                    "1.3.1 Info and relationships (level A)",
                ),
            ),
        ],
        "outside_scope": Tr(
            "Filmer från andra plattformar som vi länkar till omfattas inte av "
            "lagen när vi inte har tagit fram dem själva.",
            "Films on other platforms that we link to are not covered by the law "
            "when we have not produced them ourselves.",
        ),
        "accessible_format": Tr(
            "Om du behöver innehåll som inte är tillgängligt för dig kan du "
            f"skriva till oss på {email} eller ringa {phone}. Vi svarar inom fem "
            "arbetsdagar.",
            "If you need content that is not accessible to you, you can write to "
            f"us at {email} or call {phone}. We reply within five working days.",
        ),
        "assessment_details": Tr(
            "Vi har testat med automatiska verktyg och manuellt med tangentbord "
            "och skärmläsare.",
            "We tested with automated tools and by hand with a keyboard and a "
            "screen reader.",
        ),
    }
