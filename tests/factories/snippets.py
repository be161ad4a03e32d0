from wagtail.models import Locale

import factory
from factory.django import DjangoModelFactory

from portal.models import FooterText, Organisation, Person


def swedish():
    return Locale.objects.get(language_code="sv")


class OrganisationFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Organisation {n}")
    website = "https://example.org/"
    locale = factory.LazyFunction(swedish)

    class Meta:
        model = Organisation


class PersonFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Person {n}")
    role = "projektansvarig"
    organisation = factory.SubFactory(OrganisationFactory)
    locale = factory.LazyFunction(swedish)

    class Meta:
        model = Person


class FooterTextFactory(DjangoModelFactory):
    name = "Sidfot"
    description = "Ett allmännyttigt bostadsföretag."
    address = "Box 474\n101 29 Stockholm"
    locale = factory.LazyFunction(swedish)

    class Meta:
        model = FooterText
