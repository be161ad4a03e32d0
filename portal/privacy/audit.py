"""Retention runs and data-subject requests in Wagtail's log, as counts.

Each entry is logged on a company's site settings (where its periods are
set): a run's totals on the default site's, each company's own deletions on
its own, an erasure or a register extract on the default site's with the
moderator who made it. No entry holds an address or what was deleted; an
erasure keeps a keyed digest of the address, so a moderator can later tell
whether a given address was erased without the log naming anyone.
"""

import hashlib
import hmac
import uuid

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from wagtail.log_actions import LogFormatter
from wagtail.log_actions import log as log_action
from wagtail.models import Site

from portal.models import SiteSettings

__all__ = [
    "ERASURE",
    "EXTRACT",
    "RETENTION_COMPANY",
    "RETENTION_RUN",
    "address_digest",
    "log_request",
    "log_run",
    "register_privacy_log_actions",
]

RETENTION_RUN = "portal.retention.run"
RETENTION_COMPANY = "portal.retention.company"
ERASURE = "portal.privacy.erasure"
EXTRACT = "portal.privacy.extract"


def address_digest(address):
    key = settings.SECRET_KEY.encode()
    message = address.strip().lower().encode()
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def counts_text(counts):
    from portal.privacy.registry import kinds_by_key

    labels = kinds_by_key()
    parts = [
        f"{labels[key].label if key in labels else key}: {count}"
        for key, count in counts.items()
        if count
    ]
    return ", ".join(parts) or _("nothing")


class CountsFormatter(LogFormatter):
    def format_message(self, log_entry):
        counts = log_entry.data.get("counts", {})
        return f"{self.label}: {counts_text(counts)}"


def register_privacy_log_actions(actions):
    for action, label in (
        (RETENTION_RUN, _("Retention run (deleted)")),
        (RETENTION_COMPANY, _("Retention for the company (deleted)")),
        (ERASURE, _("Data-subject erasure (deleted)")),
        (EXTRACT, _("Data-subject register extract (exported)")),
    ):
        formatter = type("Formatter", (CountsFormatter,), {"label": label})
        actions.register_action(action)(formatter)


def portal_settings():
    site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
    return SiteSettings.for_site(site) if site else None


def log_run(done):
    """One entry with the run's totals, one per company that lost rows."""
    run = uuid.uuid4()
    totals, per_site = {}, {}
    for batch, count in done:
        key = batch.kind.key
        totals[key] = totals.get(key, 0) + count
        if count and batch.site is not None:
            site_counts = per_site.setdefault(batch.site, {})
            site_counts[key] = site_counts.get(key, 0) + count
    for site, counts in per_site.items():
        log_action(
            SiteSettings.for_site(site),
            RETENTION_COMPANY,
            uuid=run,
            title=site.site_name or site.hostname,
            data={"counts": counts},
        )
    target = portal_settings()
    if target is not None:
        log_action(target, RETENTION_RUN, uuid=run, data={"counts": totals})


def log_request(action, counts, user, address):
    target = portal_settings()
    if target is None:
        return
    data = {"counts": counts}
    if action == ERASURE:
        data["address_digest"] = address_digest(address)
    log_action(target, action, user=user, data=data)
