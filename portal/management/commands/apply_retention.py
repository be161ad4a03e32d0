from django.core.management.base import BaseCommand
from django.utils import timezone

from portal.privacy.audit import log_run
from portal.privacy.retention import apply_retention


def where(batch):
    if batch.site is None:
        return "no company"
    return batch.site.site_name or batch.site.hostname


class Command(BaseCommand):
    help = (
        "Delete the personal data whose retention period has passed, per kind and "
        "company (docs/operations.md, 'Retention'). Run it daily; a second run "
        "finds nothing more. --dry-run shows what would go and deletes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="List what would be deleted; change nothing and log nothing.",
        )

    def handle(self, *args, dry_run=False, **options):
        now = timezone.now()
        verb = "would delete" if dry_run else "deleted"

        def progress(batch, count):
            line = (
                f"{batch.kind.key} · {where(batch)} ({batch.days} days): {verb} {count}"
            )
            if dry_run and count:
                oldest, newest = batch.clock_range(now)
                line += (
                    f", {batch.kind.clock} from {oldest:%Y-%m-%d} to {newest:%Y-%m-%d}"
                )
            self.stdout.write(line)

        done = apply_retention(now=now, dry_run=dry_run, progress=progress)
        totals = {}
        for batch, count in done:
            totals[batch.kind.key] = totals.get(batch.kind.key, 0) + count
        summary = ", ".join(f"{key} {count}" for key, count in totals.items())
        if dry_run:
            self.stdout.write(f"Dry run, nothing deleted. Due: {summary}.")
            return
        log_run(done)
        self.stdout.write(self.style.SUCCESS(f"Retention applied. Deleted: {summary}."))
