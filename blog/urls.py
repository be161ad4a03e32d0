from django.urls import register_converter
from django.utils.translation import gettext_noop

from blog import views
from portal.i18n.routes import translated_paths

app_name = "blog"


class FeedKindConverter:
    """The portal feed's format in its URL: rss or atom."""

    regex = "rss|atom"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


register_converter(FeedKindConverter, "feedkind")

# Inside i18n_patterns; words are translated (/prenumerera/, /en/subscribe/),
# and the former English addresses with Swedish words still work.
urlpatterns = translated_paths(
    [
        (gettext_noop("subscribe/"), views.subscribe, "subscribe"),
        (gettext_noop("subscribe/thanks/"), views.subscribe_done, "subscribe-done"),
        (
            gettext_noop("subscribe/confirm/<str:token>/"),
            views.confirm,
            "confirm",
        ),
        (
            gettext_noop("subscribe/unsubscribe/<str:token>/"),
            views.unsubscribe,
            "unsubscribe",
        ),
        (gettext_noop("feed/<feedkind:feed>/"), views.portal_feed, "portal-feed"),
    ]
)
