"""manage.py set_portal_host: put the portal's own site on its public hostname."""

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from wagtail.models import Site


class Command(BaseCommand):
    help = (
        "Serve the portal's own site (the default site, made by the migrations on "
        "localhost) on its public hostname. Running it again changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("hostname", help="E.g. portal.example.se.")
        parser.add_argument("--port", type=int, default=443, help="Default 443.")

    def handle(self, *args, hostname, port, **options):
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            raise CommandError("No default site: run `manage.py migrate` first.")
        site.hostname, site.port = hostname.lower(), port
        try:
            site.full_clean()
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from error
        site.save()
        self.stdout.write(self.style.SUCCESS(f"The portal answers on {site.root_url}/"))
