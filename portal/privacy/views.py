"""Admin views: each company's coming deletions, and data-subject requests.

The report shows a company's people only their own companies (as the
subscriber counts do, portal.companies.tenancy), in counts and dates, never
rows. Data-subject requests search every site, so they are for portal
moderators (and superusers) only; every action is a POST, so the address
never sits in a URL or a server's access log.
"""

from django import forms
from django.contrib import messages
from django.http import Http404, HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache

from wagtail.admin.auth import permission_denied
from wagtail.models import ModelLogEntry

from portal.companies.tenancy import EVERYTHING, company_site_ids, sites_of
from portal.models import SiteSettings
from portal.privacy.audit import ERASURE, EXTRACT, RETENTION_COMPANY, log_request
from portal.privacy.retention import batches, upcoming
from portal.privacy.subjects import (
    erase,
    extract,
    extract_csv,
    extract_json,
    found_counts,
    searchable_kinds,
)

__all__ = [
    "data_subject",
    "is_moderator",
    "may_see_report",
    "retention_report",
]

DAYS_AHEAD = 30
RUNS_SHOWN = 10


def may_see_report(user):
    scope = company_site_ids(user)
    return user.is_authenticated and (scope is EVERYTHING or bool(scope))


def is_moderator(user):
    return user.is_authenticated and company_site_ids(user) is EVERYTHING


def chosen_site(request, sites):
    wanted = request.GET.get("site")
    if not wanted:
        return sites.filter(is_default_site=False).first() or sites.first()
    # Compared as text: a site id that is no number, or too big for the
    # database, is as unknown as another company's.
    for site in sites:
        if str(site.pk) == wanted:
            return site
    raise Http404


def recent_runs(site):
    settings = SiteSettings.objects.filter(site=site).first()
    if settings is None:
        return []
    return ModelLogEntry.objects.for_instance(settings).filter(
        action=RETENTION_COMPANY
    )[:RUNS_SHOWN]


def retention_report(request):
    if not may_see_report(request.user):
        return permission_denied(request)
    sites = sites_of(request.user).order_by("hostname", "port")
    site = chosen_site(request, sites)
    now = timezone.now()
    kinds = []
    for batch in batches(sites=[site] if site else []):
        dates = upcoming(batch, now, DAYS_AHEAD)
        total = sum(count for _day, count in dates)
        kinds.append({"batch": batch, "dates": dates, "total": total})
    context = {
        "sites": sites,
        "site": site,
        "kinds": kinds,
        "days_ahead": DAYS_AHEAD,
        "runs": recent_runs(site) if site else [],
    }
    return TemplateResponse(request, "portal/privacy/retention_report.html", context)


class AddressForm(forms.Form):
    email = forms.EmailField(label=gettext_lazy("E-mail address"))
    confirm = forms.BooleanField(
        required=False,
        label=gettext_lazy(
            "I have checked the address and want to erase everything it made."
        ),
    )


def page(request, form, status=200, counts=None):
    context = {"form": form}
    if counts is not None:
        context["found"] = [(kind, counts[kind.key]) for kind in searchable_kinds()]
        context["total"] = sum(counts.values())
    return TemplateResponse(
        request, "portal/privacy/data_subject.html", context, status=status
    )


def download(address, export_format):
    found = extract(address)
    day = timezone.localdate().isoformat()
    if export_format == "json":
        response = HttpResponse(
            extract_json(address, found), content_type="application/json"
        )
    else:
        response = HttpResponse(extract_csv(found), content_type="text/csv")
    filename = f"register-extract-{day}.{export_format}"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    counts = {kind.key: len(items) for kind, items in found}
    return response, counts


@never_cache
def data_subject(request):
    if not is_moderator(request.user):
        return permission_denied(request)
    if request.method != "POST":
        return page(request, AddressForm())
    form = AddressForm(request.POST)
    if not form.is_valid():
        return page(request, form, status=400)
    address = form.cleaned_data["email"].strip().lower()
    action = request.POST.get("action", "find")
    if action in ("json", "csv"):
        response, counts = download(address, action)
        log_request(EXTRACT, counts, request.user, address)
        return response
    if action == "erase":
        if not form.cleaned_data["confirm"]:
            form.add_error("confirm", _("Tick the box to confirm the erasure."))
            return page(request, form, 400, counts=found_counts(address))
        counts = erase(address)
        log_request(ERASURE, counts, request.user, address)
        messages.success(
            request,
            _("Erased %(count)s rows that the address made.")
            % {"count": sum(counts.values())},
        )
        return redirect(reverse("portal_data_subject"))
    if action != "find":
        return HttpResponseBadRequest()
    return page(request, form, counts=found_counts(address))
