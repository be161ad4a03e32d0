from .mixins import HeroImageMixin
from .pages import BasePage, ListingMixin
from .settings import SiteSettings
from .snippets import FooterText, Organisation, Person

__all__ = [
    "BasePage",
    "FooterText",
    "HeroImageMixin",
    "ListingMixin",
    "Organisation",
    "Person",
    "SiteSettings",
]
