"""manage.py seed_scale: benchmark companies with many posts, on top of the demo."""

import logging
import time

from django.core.management.base import BaseCommand, CommandError

from portal.composition.scale.builder import HOST_PREFIX, ScaleSeeder
from portal.composition.scale.clear import clear, scale_sites


class Command(BaseCommand):
    help = (
        "Add benchmark data: COMPANIES housing companies (hostnames "
        f"{HOST_PREFIX}NN.localhost) sharing POSTS posts, with labs and films, in "
        "Swedish with English translations, inserted in bulk. --clear removes it "
        "(and only it) first. Never on a server people can reach."
    )

    def add_arguments(self, parser):
        parser.add_argument("--companies", type=int, default=50)
        parser.add_argument("--posts", type=int, default=20_000)
        parser.add_argument("--labs", type=int, default=4, help="per company")
        parser.add_argument("--films", type=int, default=1, help="per lab")
        parser.add_argument("--domain", default="localhost")
        parser.add_argument("--port", type=int, default=80)
        parser.add_argument(
            "--clear",
            action="store_true",
            help="remove the benchmark data; with --companies 0, only that",
        )

    def handle(self, *args, companies, posts, labs, films, domain, port, **options):
        self.verbosity = options["verbosity"]
        if min(companies, posts, labs, films) < 0:
            raise CommandError("Counts cannot be negative.")
        if not options["clear"] and scale_sites().exists():
            raise CommandError("Benchmark data exists: add --clear to replace it.")
        wagtail_logger = logging.getLogger("wagtail")
        level = wagtail_logger.level
        wagtail_logger.setLevel(logging.WARNING)  # a line per page is noise here
        started = time.monotonic()
        try:
            if options["clear"]:
                self.stdout.write(f"Removed {clear()} benchmark companies.")
            if companies == 0:
                return
            seeder = ScaleSeeder(companies, posts, labs, films, domain, port)
            made = seeder.run(progress=self.progress)
        finally:
            wagtail_logger.setLevel(level)
        seconds = time.monotonic() - started
        self.stdout.write(self.style.SUCCESS(f"Created {made} in {seconds:.0f} s."))

    def progress(self, done, made):
        if self.verbosity > 1 or done % 10 == 0:
            self.stdout.write(f"  {done} companies, {made.posts} posts …")
