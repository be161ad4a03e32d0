from django.urls import path, re_path

from blog import views

app_name = "blog"

# Inside i18n_patterns: the same words in Swedish and under /en/.
urlpatterns = [
    path("prenumerera/", views.subscribe, name="subscribe"),
    path("prenumerera/tack/", views.subscribe_done, name="subscribe-done"),
    path("prenumerera/bekrafta/<str:token>/", views.confirm, name="confirm"),
    path("prenumerera/avsluta/<str:token>/", views.unsubscribe, name="unsubscribe"),
    re_path(r"^flode/(?P<feed>rss|atom)/$", views.portal_feed, name="portal-feed"),
]
