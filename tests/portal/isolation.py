"""Two companies, A and B, with content in both languages, and their people.

The `world` fixture (tests/portal/conftest.py) builds them once per test module
(rolled back after it): create_company_site takes a few seconds per company.
Each test logs in as someone and looks for B's things, which all carry "Hemlig"
("secret") or "B-" in their names.
"""

import re
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile

from wagtail.contrib.forms.models import FormSubmission
from wagtail.documents import get_document_model
from wagtail.models import Locale, Site
from wagtailmedia.models import Media

from home.models import FormPage
from portal.composition.companies import create_company_site
from tests.factories.images import ImageFactory
from tests.factories.pages import BlogPostPageFactory, StandardPageFactory
from tests.factories.snippets import (
    FooterTextFactory,
    OrganisationFactory,
    PersonFactory,
)

LANGUAGES = ["sv", "en"]
# An argument in a URL pattern: <int:pk>, <pk> or (?P<pk>...).
URL_ARGUMENT = re.compile(r"<(?:\w+:)?(\w+)>|\(\?P<(\w+)>[^)]*\)")


def argument_name(match):
    """The argument's name in a URL_ARGUMENT match."""
    return match.group(1) or match.group(2)


@dataclass
class Company:
    site: Site
    homes: dict
    posts: dict
    forms: dict
    plain: dict
    collection: object
    image: object
    document: object
    film: object
    snippets: dict


def localized(page, locale):
    english = page.copy_for_translation(locale)
    english.title = f"{page.title} (en)"
    english.save_revision().publish()
    return english


def company(name, hostname, letter):
    created = create_company_site(name, hostname, port=443, slug=hostname.split(".")[0])
    english = Locale.objects.get(language_code="en")
    blog = created.home.get_children().get(slug="blogg")
    post = BlogPostPageFactory(parent=blog, title=f"Hemlig {letter}-post", authors=[])
    form = FormPage.objects.get(pk=created.home.get_children().get(slug="kontakt").pk)
    homes = {"sv": created.home, "en": created.home_en}
    # Edited in the ordinary page editor in both languages (wagtail-localize
    # replaces it with its translation editor for pages it translated).
    plain = StandardPageFactory(parent=created.home, title=f"{letter}-sida", body=[])
    posts = {"sv": post, "en": localized(post, english)}
    forms = {
        "sv": form,
        "en": FormPage.objects.get(
            translation_key=form.translation_key, locale=english
        ),
    }
    for page in forms.values():
        FormSubmission.objects.create(
            page=page, form_data={"meddelande": f"{letter}-brev"}
        )
    collection = created.access.collection
    document = get_document_model().objects.create(
        title=f"{letter}-dokument",
        file=ContentFile(b"protokoll", name=f"{letter.lower()}-protokoll.txt"),
        collection=collection,
    )
    organisation = OrganisationFactory(name=f"{letter}-organisation", site=created.site)
    snippets = {
        "person": PersonFactory(
            name=f"{letter}-person", organisation=organisation, site=created.site
        ),
        "organisation": organisation,
        "footertext": FooterTextFactory(name=f"{letter}-sidfot", site=created.site),
    }
    for obj in list(snippets.values()):
        obj.copy_for_translation(english).save()
    return Company(
        site=created.site,
        homes=homes,
        posts=posts,
        forms=forms,
        plain={"sv": plain, "en": localized(plain, english)},
        collection=collection,
        image=ImageFactory(title=f"{letter}-bild", collection=collection),
        document=document,
        film=Media.objects.create(
            title=f"{letter}-film",
            type="video",
            file=ContentFile(b"\x00" * 32, name=f"{letter.lower()}-film.mp4"),
            collection=collection,
        ),
        snippets=snippets,
    )


def user(username, *group_names):
    account = get_user_model().objects.create_user(username, password="lösenord")
    account.groups.set(Group.objects.filter(name__in=group_names))
    return account


@dataclass
class World:
    a: Company
    b: Company
    editor: object
    publisher: object
    moderator: object


def refused(response):
    """Wagtail refuses with 403 or by redirecting away with an error message."""
    return response.status_code in (403, 404) or (
        response.status_code == 302 and "/login/" not in response["Location"]
    )
