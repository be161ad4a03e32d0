"""Pages, people and organisations every site shares: menus, contact, accessibility."""

from .text import Tr, cta, heading, para

BLOG = Tr("Blogg", "Blog")

LABS = Tr("Labb", "Labs")

ABOUT = Tr("Om oss", "About us")

CONTACT = Tr("Kontakt", "Contact")

ACCESSIBILITY = Tr("Tillgänglighetsredogörelse", "Accessibility statement")

SLUGS = {
    BLOG: Tr("blogg", "blog"),
    LABS: Tr("labb", "labs"),
    ABOUT: Tr("om-oss", "about-us"),
    CONTACT: Tr("kontakt", "contact"),
    ACCESSIBILITY: Tr("tillganglighetsredogorelse", "accessibility-statement"),
}

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
    """An accessibility statement following the model text from DIGG."""
    return {
        "type": "standard",
        "key": "accessibility",
        "title": ACCESSIBILITY,
        "slug": SLUGS[ACCESSIBILITY],
        "menu": True,
        "intro": Tr(
            f"{organisation} står bakom den här webbplatsen. Vi vill att så många "
            "som möjligt ska kunna använda den.",
            f"{organisation} is responsible for this website. We want as many "
            "people as possible to be able to use it.",
        ),
        "body": [
            para(
                f"Den här redogörelsen beskriver hur {website} uppfyller lagen om "
                "tillgänglighet till digital offentlig service, vilka kända "
                "brister som finns och hur du kan rapportera brister till oss så "
                "att vi kan åtgärda dem.",
                f"This statement describes how {website} complies with the Swedish "
                "Act on accessibility to digital public services, which problems "
                "we know of and how you can report problems to us so that we can "
                "fix them.",
            ),
            heading(
                "Hur tillgänglig är webbplatsen?", "How accessible is the website?"
            ),
            para(
                "Vi vet att delar av webbplatsen inte är helt tillgängliga. Läs mer "
                "under rubriken Innehåll som inte är tillgängligt.",
                "We know that parts of the website are not fully accessible. Read "
                "more under the heading Content that is not accessible.",
            ),
            heading(
                "Vad kan du göra om du inte kan använda delar av webbplatsen?",
                "What can you do if you cannot use parts of the website?",
            ),
            para(
                "Om du behöver innehåll som inte är tillgängligt för dig kan du "
                f"skriva till oss på {email} eller ringa {phone}. Vi svarar inom "
                "fem arbetsdagar.",
                "If you need content that is not accessible to you, you can write "
                f"to us at {email} or call {phone}. We reply within five working "
                "days.",
            ),
            heading(
                "Rapportera brister i webbplatsens tillgänglighet",
                "Report accessibility problems with the website",
            ),
            para(
                "Vi strävar hela tiden efter att förbättra webbplatsens "
                "tillgänglighet. Om du upptäcker problem som inte beskrivs på den här "
                "sidan, eller om du anser att vi inte uppfyller lagens krav, berätta "
                "det för oss så att vi får veta att problemet finns.",
                "We are always working to improve the accessibility of the website. "
                "If you find problems that are not described on this page, or if you "
                "think that we do not meet the requirements of the law, tell us so "
                "that we know about the problem.",
            ),
            cta("page:contact", "Skriv till oss", "Write to us"),
            heading("Tillsyn", "Enforcement procedure"),
            para(
                "Myndigheten för digital förvaltning (Digg) har ansvaret för tillsyn "
                "över lagen om tillgänglighet till digital offentlig service. Om du "
                "inte är nöjd med hur vi hanterar dina synpunkter kan du kontakta "
                "Digg och påtala det.",
                "The Agency for Digital Government (Digg) is responsible for "
                "enforcing the Act on accessibility to digital public services. If "
                "you are not satisfied with how we handle your comments, you can "
                "contact Digg and tell them.",
            ),
            cta("https://www.digg.se/", "Kontakta Digg", "Contact Digg"),
            heading(
                "Teknisk information om webbplatsens tillgänglighet",
                "Technical information about the website's accessibility",
            ),
            para(
                "Webbplatsen är delvis förenlig med lagen om tillgänglighet till "
                "digital offentlig service, på grund av de brister som beskrivs "
                "nedan.",
                "The website is partially compliant with the Act on accessibility to "
                "digital public services, because of the problems described below.",
            ),
            heading(
                "Innehåll som inte är tillgängligt",
                "Content that is not accessible",
                "h3",
            ),
            para(
                "Filmerna har undertexter på svenska och engelska och en textversion, "
                "men de saknar syntolkning. Det strider mot WCAG 2.1 kriterium 1.2.5 "
                "(nivå AA). Vi beskriver det som syns i bild i filmernas textversion.",
                "The films have Swedish and English captions and a transcript, but "
                "they have no audio description. This fails WCAG 2.1 success "
                "criterion 1.2.5 (level AA). We describe what is shown in the films' "
                "transcripts.",
            ),
            heading("Hur vi testat webbplatsen", "How we tested the website"),
            para(
                "Vi har gjort en självskattning (intern testning) av webbplatsen med "
                "automatiska verktyg och manuellt med tangentbord och skärmläsare. "
                "Senaste bedömningen gjordes den 3 februari 2025. Redogörelsen "
                "uppdaterades senast den 3 februari 2025.",
                "We have carried out a self-assessment (internal testing) of the "
                "website with automated tools and by hand with a keyboard and a "
                "screen reader. The latest assessment was made on 3 February 2025. "
                "The statement was last updated on 3 February 2025.",
            ),
        ],
    }
