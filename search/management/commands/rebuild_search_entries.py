"""Rebuild the portal's per-language search rows (search.SearchEntry) from live pages.

Signals keep the rows current, so this is for after restoring a database or
changing what is indexed. It leaves Wagtail's own index (admin search) to
Wagtail's `update_index`; this command used to share that name and, by app
order, hid Wagtail's.
"""

from django.core.management.base import BaseCommand

from search.indexing import rebuild


class Command(BaseCommand):
    help = "Rebuild the portal's per-language search rows from the live pages."

    def handle(self, **options):
        count = rebuild()
        if options["verbosity"] > 0:
            self.stdout.write(f"Portal search: indexed {count} live pages.")
