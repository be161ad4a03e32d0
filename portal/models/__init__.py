"""The shared models: BasePage and its mixins, page querysets, company snippets
and site settings (with the accent colour check)."""

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
