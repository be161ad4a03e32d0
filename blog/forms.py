from django import forms
from django.utils.translation import gettext_lazy as _

from blog.subscribers import Subscriber
from portal.security.public_forms import MAX_LENGTHS, filled_honeypot


class SubscribeForm(forms.Form):
    """E-mail only, plus a field people never see and bots fill in."""

    email = forms.EmailField(
        label=_("Your e-mail address"),
        max_length=MAX_LENGTHS["email"],
        error_messages={
            "required": _("Enter your e-mail address."),
            "invalid": _("Enter an e-mail address like namn@example.se."),
            "max_length": _("An e-mail address has at most 254 characters."),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    website = forms.CharField(  # public_forms.HONEYPOT_FIELD
        label=_("Leave this field empty"), required=False, max_length=200
    )
    source = forms.ChoiceField(
        choices=Subscriber.Source.choices,
        required=False,
        widget=forms.HiddenInput,
    )

    def is_bot(self):
        return filled_honeypot(self.data)

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()

    def clean_source(self):
        return self.cleaned_data.get("source") or Subscriber.Source.PAGE


class ConfirmForm(forms.Form):
    frequency = forms.ChoiceField(
        label=_("How often do you want e-mail?"),
        choices=Subscriber.Frequency.choices,
        initial=Subscriber.Frequency.IMMEDIATE,
        widget=forms.RadioSelect,
    )
