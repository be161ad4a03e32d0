"""E-mail subscribers and the log of what each was sent.

A subscriber row exists only once its owner confirmed: the confirmation link
carries the request, so no address is stored without consent. A Delivery row
is claimed before a post is sent and is unique per subscriber and post, so a
post reaches a subscriber at most once however often, or concurrently, the
sending command runs (see blog/sending.py).
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class SubscriberQuerySet(models.QuerySet):
    def active(self):
        return self.filter(confirmed_at__isnull=False, unsubscribed_at__isnull=True)


class Subscriber(models.Model):
    class Frequency(models.TextChoices):
        IMMEDIATE = "immediate", _("Each new post")
        WEEKLY = "weekly", _("A weekly digest")

    class Source(models.TextChoices):
        FOOTER = "footer", _("Footer form")
        SIDEBAR = "sidebar", _("Blog sidebar form")
        PAGE = "page", _("Subscription page")

    email = models.EmailField(_("e-mail"))
    site = models.ForeignKey(
        "wagtailcore.Site",
        verbose_name=_("site"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Empty: new posts from every housing company."),
    )
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    frequency = models.CharField(
        _("frequency"),
        max_length=12,
        choices=Frequency.choices,
        default=Frequency.IMMEDIATE,
    )
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    consent_at = models.DateTimeField(_("consent given"), default=timezone.now)
    consent_source = models.CharField(
        _("consent source"), max_length=20, choices=Source.choices
    )
    unsubscribed_at = models.DateTimeField(_("unsubscribed"), null=True, blank=True)

    objects = SubscriberQuerySet.as_manager()

    class Meta:
        verbose_name = _("subscriber")
        verbose_name_plural = _("subscribers")
        ordering = ["-consent_at"]
        # NULL sites are distinct in a plain unique constraint; split it in two.
        constraints = [
            models.UniqueConstraint(
                fields=["email", "site", "language"],
                condition=Q(site__isnull=False),
                name="blog_subscriber_unique_per_site",
            ),
            models.UniqueConstraint(
                fields=["email", "language"],
                condition=Q(site__isnull=True),
                name="blog_subscriber_unique_portal_wide",
            ),
        ]

    def __str__(self):
        return self.email

    def save(self, *args, **kwargs):
        self.email = self.email.strip().lower()
        super().save(*args, **kwargs)


class Delivery(models.Model):
    """A post claimed for (then sent to) one subscriber; never sent twice."""

    subscriber = models.ForeignKey(
        Subscriber, on_delete=models.CASCADE, related_name="deliveries"
    )
    post = models.ForeignKey(
        "blog.BlogPostPage", on_delete=models.CASCADE, related_name="+"
    )
    claimed_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("delivery")
        verbose_name_plural = _("deliveries")
        constraints = [
            models.UniqueConstraint(
                fields=["subscriber", "post"], name="blog_delivery_once"
            )
        ]

    def __str__(self):
        return f"{self.subscriber} ← {self.post_id}"
