"""What a site's content refers to by key: its images, pages, people and files."""

from portal.models import Organisation, Person

from . import assets
from .text import sv


def stored_name(site_key, filename):
    """Name a file shared by several sites after the site, e.g. boden-film.mp4."""
    return filename if site_key in filename else f"{site_key}-{filename}"


class Resolver:
    """Looks up what a site's content refers to by its key."""

    def __init__(self, seeder, site_key, collection):
        self.seeder, self.site_key, self.collection = seeder, site_key, collection

    def image(self, key):
        return self.seeder.images[(self.site_key, key)]

    def page(self, target):
        parts = target.split(":")[1:]
        key = (self.site_key, parts[0]) if len(parts) == 1 else tuple(parts)
        return self.seeder.pages[key]

    def person(self, name):
        return Person.objects.get(name=name, locale=self.seeder.swedish)

    def organisation(self, name):
        return Organisation.objects.get(name=sv(name), locale=self.seeder.swedish)

    def media(self, filename, title):
        stored = stored_name(self.site_key, filename)
        return assets.media(filename, title, self.collection, stored)
