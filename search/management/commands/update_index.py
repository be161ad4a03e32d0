"""Wagtail's update_index, plus a rebuild of the per-language search rows.

`search` comes before `wagtail.search` in INSTALLED_APPS, so this command
replaces Wagtail's; it runs Wagtail's rebuild first, then ours
(docs/upstream.md, "update_index command").
"""

from wagtail.search.management.commands.update_index import Command as WagtailCommand

from search.indexing import rebuild


class Command(WagtailCommand):
    help = "Rebuild Wagtail's search index and the portal's per-language search rows."

    def handle(self, **options):
        super().handle(**options)
        count = rebuild()
        if options.get("verbosity", 1) > 0:
            self.stdout.write(f"Portal search: indexed {count} live pages.")
