"""Wagtail's password-reset form, rate-limited per address and per e-mail.

Set as WAGTAILADMIN_USER_PASSWORD_RESET_FORM. Over the limit it sends
nothing but answers as usual ("if the address is known, a mail is on its
way"), so the form neither floods an inbox nor tells who has an account.
django-axes guards the login itself; this guards the other way in.
"""

from django.conf import settings

from wagtail.admin.forms.auth import PasswordResetForm

from portal.security.throttle import allow, allow_request

__all__ = ["ThrottledPasswordResetForm"]


class ThrottledPasswordResetForm(PasswordResetForm):
    def save(self, *args, request=None, **kwargs):
        limit = settings.PORTAL_PASSWORD_RESET_RATE_PER_IP
        email = self.cleaned_data["email"].lower()
        if request is None or not (
            allow_request(request, "password-reset", limit)
            and allow("password-reset-email", email, limit)
        ):
            return
        super().save(*args, request=request, **kwargs)
