from django.core.management.base import BaseCommand

from blog.sending import send_new_posts


class Command(BaseCommand):
    help = (
        "E-mail newly published posts (or weekly digests) to confirmed subscribers, "
        "each post once. Run it from cron or a timer, e.g. every ten minutes; an "
        "interrupted run can simply be run again."
    )

    def handle(self, *args, **options):
        report = send_new_posts()
        self.stdout.write(
            f"Messages sent: {report.sent}; failed (retried next run): {report.failed}."
        )
        if report.unconfirmed:
            self.stderr.write(
                self.style.WARNING(
                    f"{report.unconfirmed} deliveries were claimed by an interrupted "
                    "run and may not have gone out; they are not sent again."
                )
            )
