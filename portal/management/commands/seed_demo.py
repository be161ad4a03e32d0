"""manage.py seed_demo: the umbrella portal and three company sites, with content."""

import logging

from django.core.management.base import BaseCommand

from wagtail.models import Site

from portal.composition.demo.builder import Seeder


class Command(BaseCommand):
    help = (
        "Create demo content: the umbrella portal at localhost and three housing "
        "company sites at *.localhost, in Swedish with English translations. Safe to "
        "run again: only what is missing is created, nothing existing is changed."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--port",
            type=int,
            default=8000,
            help="Port of new sites, so full URLs work with runserver (default 8000).",
        )

    def handle(self, *args, port, **options):
        wagtail_logger = logging.getLogger("wagtail")
        level = wagtail_logger.level
        wagtail_logger.setLevel(logging.WARNING)  # one line per page edit is noise here
        try:
            report = Seeder(port=port).run()
        finally:
            wagtail_logger.setLevel(level)
        self.print_report(report)

    def print_report(self, report):
        write, style = self.stdout.write, self.style
        if report.admin_created:
            self.stderr.write(
                style.WARNING(
                    "Created the superuser admin with password admin. It is for local "
                    "demo use only: never run seed_demo on a server people can reach."
                )
            )
        if report.missing:
            self.stderr.write(
                style.WARNING(
                    f"{len(report.missing)} strings had no English translation and "
                    "stay in Swedish:"
                )
            )
            for text in sorted(report.missing):
                self.stderr.write(f"  {text[:100]}")
        write(
            f"Pages created: {report.pages_created}; English translations created: "
            f"{report.translations_created}."
        )
        write(style.SUCCESS("Demo sites (run `manage.py runserver` on the same port):"))
        sites = Site.objects.filter(pk__in=[site.pk for site in report.sites])
        for site in sites.order_by("-is_default_site", "hostname"):
            write(
                f"  {site.site_name}: {site.root_url}/  (English: {site.root_url}/en/)"
            )
        write("  Admin: /admin/ on any of them, user admin")
        write(
            "  Company editors and publishers: <company>-redaktor and "
            "<company>-publicerare (e.g. boden-redaktor), and moderator; "
            "password demo"
        )
