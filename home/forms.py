"""The site's two public forms: the contact form page's and the accessibility feedback.

Both limit each text's length (portal.security.public_forms.MAX_LENGTHS) with
an error that keeps what the reader wrote.
"""

from django import forms

from wagtail.contrib.forms.forms import FormBuilder

from home.models.feedback import AccessibilityReport
from portal.security.public_forms import TOO_LONG, length_limit

__all__ = ["AccessibilityFeedbackForm", "ContactFormBuilder"]


class AccessibilityFeedbackForm(forms.ModelForm):
    """What a reader sends from the accessibility statement; every field labelled."""

    class Meta:
        model = AccessibilityReport
        fields = ["kind", "location", "message", "name", "email"]
        widgets = {
            "kind": forms.RadioSelect,
            "message": forms.Textarea(attrs={"rows": 6}),
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
        }
        # The lengths come from the model (portal.security.public_forms).
        error_messages = {
            name: {"max_length": TOO_LONG}
            for name in ["location", "message", "name", "email"]
        }


class ContactFormBuilder(FormBuilder):
    """Every text field an editor adds to a form page has a length limit."""

    def create_singleline_field(self, field, options):
        # Wagtail's own sets 255 characters with Django's generic message.
        return forms.CharField(**options, **length_limit("line"))

    def create_multiline_field(self, field, options):
        return super().create_multiline_field(field, options | length_limit("message"))

    def create_email_field(self, field, options):
        return super().create_email_field(field, options | length_limit("email"))

    def create_url_field(self, field, options):
        return super().create_url_field(field, options | length_limit("url"))

    def create_hidden_field(self, field, options):
        return super().create_hidden_field(field, options | length_limit("line"))
