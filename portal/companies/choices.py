"""Page forms refuse images, documents, media, snippets and pages of another company.

The choosers offer a company's editors only their own objects, but a
hand-crafted POST can name any id: in a foreign key (hero image, related lab),
in an inline panel (authors, lab organisations, people in a film) or inside
StreamField blocks and rich text. Wagtail's reference extraction (the one its
usage counts use) finds the ids; each kind is checked against what the editor
may choose, in one query per kind, and only when a form is validated.

Ids already on the page stay valid: a moderator may have chosen a portal-wide
image or partner, and the editor who keeps it did not choose it and must still
be able to save the rest of the page. Only new choices are checked.

The snippet and site settings forms check the same way, and
portal.companies.localize applies these rules to translation overrides.
"""

from contextlib import suppress

from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.forms import ModelChoiceField, ModelMultipleChoiceField
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm, WagtailAdminPageForm
from wagtail.contrib.forms.forms import WagtailAdminFormPageForm
from wagtail.documents.models import AbstractDocument
from wagtail.images.models import AbstractImage
from wagtail.models import Page, Site
from wagtailmedia.models import AbstractMedia

from portal.editing.help import EditorHelpMixin
from portal.editing.slugs import SlugFromTitleMixin

MESSAGES = {
    "image": _("Choose an image from your company's collections."),
    "document": _("Choose a document from your company's collections."),
    "media": _("Choose a media file from your company's collections."),
    "page": _("Choose a page from your company's own site."),
    "snippet": _("Choose from your company's %(models)s."),
    "site": _("Choose your own company."),
}


def kind_of(model):
    """Which rule covers a chosen object's model, and the model it is looked up in."""
    from portal.companies.ownership import (
        CompanyOwnedMixin,  # models import this module
    )

    for kind, base in (
        ("image", AbstractImage),
        ("document", AbstractDocument),
        ("media", AbstractMedia),
        ("page", Page),
        ("snippet", CompanyOwnedMixin),
        ("site", Site),
    ):
        if issubclass(model, base):
            return kind, Page if kind == "page" else model
    return None


def choosable(kind, model, user):
    """What the user may choose among model: what their choosers offer."""
    from portal.companies.tenancy import pages_in_trees, scoped, sites_of

    if kind == "image":
        from wagtail.images.permissions import permission_policy
    elif kind == "document":
        from wagtail.documents.permissions import permission_policy
    elif kind == "media":
        from wagtailmedia.permissions import permission_policy

        return permission_policy.instances_user_has_any_permission_for(
            user, ["change", "delete"]
        )
    elif kind == "page":
        return pages_in_trees(Page.objects.all(), user)
    elif kind == "site":
        return sites_of(user)
    else:
        return scoped(model._default_manager.all(), user)
    return permission_policy.instances_user_has_any_permission_for(user, ["choose"])


def media_collections(collections, user):
    """Of collections, those the user's media permissions cover.

    wagtailmedia's chooser offers every collection as a filter (its index view
    offers only the user's); a company's editors see their own there too
    (docs/upstream.md, "wagtailmedia chooser collections").
    """
    from wagtailmedia.permissions import permission_policy

    own = permission_policy.collections_user_has_any_permission_for(
        user, ["add", "change", "delete"]
    )
    return collections.filter(pk__in=own.values("pk")) if collections else collections


def references(form, name, value):
    """(model, id) of the objects value chooses in form's field name."""
    if value in (None, "", [], ()):
        return
    field = form.fields[name]
    try:
        model_field = form._meta.model._meta.get_field(name)
    except FieldDoesNotExist:
        model_field = None
    # StreamField, RichTextField (docs/upstream.md, "extract_references")
    if hasattr(model_field, "extract_references"):
        for model, pk, _path, _content_path in model_field.extract_references(value):
            yield model, str(pk)
    elif isinstance(field, ModelMultipleChoiceField):
        for item in value:
            yield field.queryset.model, str(getattr(item, "pk", item))
    elif isinstance(field, ModelChoiceField):
        yield field.queryset.model, str(getattr(value, "pk", value))


def all_forms(form):
    """The form and the forms of its inline panels, at any depth."""
    yield form
    for formset in getattr(form, "formsets", {}).values():
        formset.is_valid()  # cleans the child forms, once
        # deleted_forms is empty for an invalid formset, so ask Django's private
        # check (docs/upstream.md, "BaseFormSet._should_delete_form").
        for child in formset.forms:
            if not formset._should_delete_form(child):
                yield from all_forms(child)


def refuse_foreign_choices(form, user):
    kept, chosen = set(), []
    for each in all_forms(form):
        for name, field in each.fields.items():
            initial = each.get_initial_for_field(field, name)
            for model, pk in references(each, name, initial):
                kept.add((kind_of(model), pk))
            for model, pk in references(each, name, each.cleaned_data.get(name)):
                rule = kind_of(model)
                if rule is not None:
                    chosen.append((each, name, rule, pk))
    chosen = [choice for choice in chosen if choice[2:] not in kept]
    wanted = {}
    for _form, _name, rule, pk in chosen:
        wanted.setdefault(rule, set()).add(pk)
    allowed = {rule: allowed_ids(rule, pks, user) for rule, pks in wanted.items()}
    refused = dict.fromkeys(
        (each, name, rule) for each, name, rule, pk in chosen if pk not in allowed[rule]
    )
    for each, name, (kind, model) in refused:
        each.add_error(
            name, MESSAGES[kind] % {"models": model._meta.verbose_name_plural}
        )
        show_initial(each.fields[name])


def show_initial(field):
    """Render the field with what was there before, not the refused choice.

    The posted data stays in form.data, but the chooser would show the refused
    object's title and thumbnail: a way to read another company's objects by id.
    """
    field.bound_data = lambda _data, initial: initial


def allowed_ids(rule, pks, user):
    kind, model = rule
    valid = set()
    for pk in pks:
        with suppress(ValidationError):  # not an id: nothing to allow
            valid.add(model._meta.pk.to_python(pk))
    found = choosable(kind, model, user).filter(pk__in=valid)
    return {str(pk) for pk in found.values_list("pk", flat=True)}


class CompanyChoicesMixin:
    """Refuses, for a company's editor, objects chosen from another company."""

    def clean(self):
        from portal.companies.tenancy import limited  # it imports this module

        cleaned_data = super().clean()
        if self.for_user is not None and limited(self.for_user):
            refuse_foreign_choices(self, self.for_user)
        return cleaned_data


class PortalPageForm(
    EditorHelpMixin, SlugFromTitleMixin, CompanyChoicesMixin, WagtailAdminPageForm
):
    pass


class CompanyChoicesForm(CompanyChoicesMixin, WagtailAdminModelForm):
    """For the site settings (logo, footer text)."""

    # The model's help named the translation tool; editors need what to do.
    # Set here so the wording needs no migration of the portal app.
    FIELD_HELP = {
        "footer_text": _(
            "The description and address in the footer. Translate it into "
            "English under People and organisations → Footer texts."
        ),
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, text in self.FIELD_HELP.items():
            if name in self.fields:
                self.fields[name].help_text = text


class PortalFormPageForm(
    EditorHelpMixin,
    SlugFromTitleMixin,
    CompanyChoicesMixin,
    WagtailAdminFormPageForm,
):
    pass
