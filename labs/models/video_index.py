from django.utils.translation import gettext_lazy as _

from wagtail.models import Site

from portal.models import BasePage, ListingMixin

from .videos import VideoPage


class VideoIndexPage(ListingMixin, BasePage):
    """Every film of the site in the page's language; on the portal, every site's."""

    parent_page_types = ["home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("film index page")

    def videos(self, request):
        videos = VideoPage.objects.live().public().filter(locale_id=self.locale_id)
        site = Site.find_for_request(request)
        if site is None or not site.is_default_site:
            # Below this site's home in this language: the parent's path, so
            # no query for the parent and the English tree is not missed, as
            # it would be with in_site(). The portal lists every company's.
            videos = videos.filter(path__startswith=self.path[: -self.steplen])
        return videos.for_cards()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["videos"] = self.paginate(request, self.videos(request))
        return context
