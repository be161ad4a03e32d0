"""manage.py create_company_site: add a housing company's site, safe to rerun."""

import logging

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from portal.composition.companies import CompanyDetails, create_company_site


class Command(BaseCommand):
    help = (
        "Add a housing company: its site on its own hostname, the Swedish page tree "
        "and its English translation, site settings, a collection, the editors and "
        "publishers groups and a moderation workflow. Running it again for the same "
        "hostname changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("--name", required=True, help='E.g. "Bodens Bostäder".')
        parser.add_argument("--hostname", required=True, help="E.g. boden.example.se.")
        parser.add_argument(
            "--port",
            type=int,
            help="Default: the port of the portal's own site. 443 gives https://.",
        )
        parser.add_argument(
            "--slug", help="Slug of the home page; derived from the name if omitted."
        )
        for field in ("phone", "email", "website", "org-number", "accent-colour"):
            parser.add_argument(f"--{field}", default="", help="Shown in the footer.")

    def handle(self, *args, name, hostname, port, slug, **options):
        details = CompanyDetails(
            phone=options["phone"],
            email=options["email"],
            website=options["website"],
            org_number=options["org_number"],
            accent_colour=options["accent_colour"],
        )
        wagtail_logger = logging.getLogger("wagtail")
        level = wagtail_logger.level
        wagtail_logger.setLevel(logging.WARNING)  # one line per page edit is noise
        try:
            result = create_company_site(
                name, hostname, port=port, slug=slug, details=details
            )
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from error
        finally:
            wagtail_logger.setLevel(level)
        site, access = result.site, result.access
        verb = "Created" if result.created else "Already there:"
        summary = f"{verb} {site.site_name}: {site.root_url}/"
        self.stdout.write(self.style.SUCCESS(summary))
        self.stdout.write(
            f"  Pages created: {result.pages_created}; English translations "
            f"created: {result.translations_created}."
        )
        self.stdout.write(
            f'  Groups "{access.editors.name}" and "{access.publishers.name}", '
            f'collection "{access.collection.name}", workflow "{access.workflow.name}".'
        )
        self.stdout.write(
            "  Add people to the groups under Settings → Users in the admin."
        )
