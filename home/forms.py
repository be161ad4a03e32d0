from django import forms

from home.models.feedback import AccessibilityReport


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
