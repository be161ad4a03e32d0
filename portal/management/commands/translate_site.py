from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from wagtail.models import Locale, Site

from portal.i18n.translation import translate_site


class Command(BaseCommand):
    help = (
        "Start translations of a whole site: every page and snippet without one "
        "gets a draft (pages) or synced copy (snippets) to translate in the admin."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "hostname", help="the hostname of the site, e.g. boden.localhost"
        )
        parser.add_argument(
            "--locale",
            action="append",
            dest="locales",
            help="target language code (repeatable); default: every other locale",
        )
        parser.add_argument("--user", help="username the translations are logged to")

    def handle(self, hostname, locales=None, user=None, **options):
        site = Site.objects.filter(hostname=hostname).first()
        if site is None:
            known = ", ".join(Site.objects.values_list("hostname", flat=True))
            raise CommandError(f"No site has the hostname {hostname!r}. Sites: {known}")
        targets = None
        if locales:
            targets = list(Locale.objects.filter(language_code__in=locales))
            unknown = set(locales) - {locale.language_code for locale in targets}
            if unknown:
                raise CommandError(f"Unknown locale(s): {', '.join(sorted(unknown))}")
        account = None
        if user:
            account = get_user_model().objects.filter(username=user).first()
            if account is None:
                raise CommandError(f"No user is called {user!r}.")
        report = translate_site(site, locales=targets, user=account)
        self.stdout.write(
            f"{site.hostname}: {len(report.pages)} page(s) and "
            f"{len(report.snippets)} snippet(s) sent for translation, "
            f"{report.skipped} already translated."
        )
