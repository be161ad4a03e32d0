"""Adding a housing company from the admin, for portal moderators.

The form asks what `manage.py create_company_site` takes plus what readers see
first (contact details, logo, accent colour) and hands it to the same
create_company_site, so the admin and the command give the same company. Wired
in portal/urls.py (it needs the composition package, which the shared hooks may
not import); portal/wagtail_hooks.py only links it from the Settings menu.
"""

from django import forms
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView

from wagtail.admin import messages
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.images import get_image_model
from wagtail.images.fields import WagtailImageField
from wagtail.models import Page, Site

from portal.companies.access import may_add_companies
from portal.composition.companies import (
    CompanyDetails,
    clean_arguments,
    create_company_site,
    portal_port,
)
from portal.models import SiteSettings

__all__ = ["AddCompanyView", "CompanyForm", "add_company"]


def settings_field(name):
    model_field = SiteSettings._meta.get_field(name)
    options = {"assume_scheme": "https"} if name == "website" else {}
    field = model_field.formfield(required=False, **options)
    field.help_text = field.help_text or ""
    return field


class CompanyForm(forms.Form):
    name = forms.CharField(
        label=_("Company name"),
        max_length=200,
        help_text=_("As readers know it, e.g. Bodens Bostäder."),
    )
    hostname = forms.CharField(
        label=_("Hostname"),
        max_length=253,
        help_text=_(
            "The address the company's site answers on, without https://, "
            "e.g. boden.example.se. Point it at this server first."
        ),
    )
    port = forms.IntegerField(
        label=_("Port"),
        min_value=1,
        max_value=65535,
        help_text=_(
            "Addresses on port 443 start with https://, on other ports with "
            "http:// and the port. Filled in with the portal's own."
        ),
    )
    phone = settings_field("phone")
    email = settings_field("email")
    website = settings_field("website")
    org_number = settings_field("org_number")
    accent_colour = settings_field("accent_colour")
    logo = WagtailImageField(
        label=_("Logo"),
        required=False,
        help_text=_("Shown in the site's header; SVG is not accepted, PNG is."),
    )

    def clean(self):
        data = super().clean()
        if self.errors:
            return data
        try:
            name, hostname, port, slug = clean_arguments(
                data["name"], data["hostname"], data["port"], None
            )
        except ValidationError as error:
            raise ValidationError(error.messages) from error
        try:
            self.details().clean()
        except ValidationError as error:
            for field, messages_ in error.message_dict.items():
                self.add_error(field, messages_)
        if Site.objects.filter(hostname=hostname).exists():
            self.add_error("hostname", gettext("%s already has a site.") % hostname)
        elif Page.objects.filter(depth=2, slug=slug).exists():
            # Every company's home is a child of the tree's root, by its slug.
            self.add_error("name", gettext("A company with this name already exists."))
        data.update(name=name, hostname=hostname, port=port)
        return data

    def details(self):
        names = ("phone", "email", "website", "org_number", "accent_colour")
        return CompanyDetails(**{name: self.cleaned_data[name] for name in names})


class AddCompanyView(WagtailAdminTemplateMixin, FormView):
    form_class = CompanyForm
    template_name = "wagtailadmin/generic/form.html"
    page_title = _("Add a company")
    header_icon = "site"

    def dispatch(self, request, *args, **kwargs):
        if not may_add_companies(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_initial(self):
        return {"port": portal_port()}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            action_url=self.request.path,
            submit_button_label=gettext("Add the company"),
            submit_button_active_label=gettext("Adding the company…"),
            media=context["form"].media,
        )
        return context

    def form_valid(self, form):
        data = form.cleaned_data
        try:
            with transaction.atomic():
                company = create_company_site(
                    data["name"],
                    data["hostname"],
                    port=data["port"],
                    user=self.request.user,
                    details=form.details(),
                )
                if data["logo"]:
                    store_logo(company, data["logo"])
        except ValidationError as error:
            # A clash the form could not foresee (an English home's slug);
            # the transaction has undone everything.
            form.add_error(None, error.messages)
            return self.form_invalid(form)
        messages.success(
            self.request,
            gettext("%(name)s was added: %(url)s")
            % {
                "name": company.site.site_name,
                "url": f"{company.site.root_url}/",
            },
            buttons=[
                messages.button(f"{company.site.root_url}/", gettext("View site"))
            ],
        )
        return redirect(reverse("wagtailadmin_explore", args=[company.home.pk]))


def store_logo(company, upload):
    """The logo as an image in the company's collection, set in its settings."""
    image = get_image_model()(
        title=company.site.site_name, file=upload, collection=company.access.collection
    )
    image.save()
    settings_row = SiteSettings.for_site(company.site)
    settings_row.logo = image
    settings_row.save()


add_company = require_admin_access(AddCompanyView.as_view())
