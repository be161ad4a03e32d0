"""What a change makes stale, and that exactly that is purged once it commits
(portal.caching.purge, the receivers in portal.caching.changes).

The frontend cache here is a backend that records what Wagtail's
frontend_cache sends it (tests/deploy/test_varnish.py sends it to a real
Varnish); the portal's own page cache is tests/portal/test_page_cache.py.
"""

from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

from wagtail.contrib.frontend_cache.backends.base import BaseBackend
from wagtail.models import Page, PageViewRestriction, ReferenceIndex

import pytest

from portal.caching import changes
from portal.caching.purge import affected_urls, discard_pending_purges
from portal.models import SiteSettings
from tests.factories.images import ImageFactory
from tests.factories.pages import (
    BlogIndexPageFactory,
    BlogPostPageFactory,
    LabPageFactory,
    StandardPageFactory,
    VideoIndexPageFactory,
    VideoPageFactory,
)
from tests.factories.snippets import FooterTextFactory, PersonFactory

pytestmark = pytest.mark.django_db
COMPANY = "http://sodertalje.localhost"
PORTAL = "http://localhost"
PURGED = []


class RecordingBackend(BaseBackend):
    """A frontend cache that keeps the URLs it is asked to purge."""

    def purge(self, url):
        PURGED.append(url)


@pytest.fixture
def purged():
    """The URLs purged so far, as a set; the frontend cache records them."""
    PURGED.clear()
    backend = {"recorder": {"BACKEND": f"{__name__}.RecordingBackend"}}
    with override_settings(WAGTAILFRONTENDCACHE=backend):
        yield lambda: set(PURGED)
    PURGED.clear()


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """with committed(): changes purge as if their transaction committed.

    What the test's setup changed before is forgotten: the test's own
    transaction never commits.
    """

    def commit():
        discard_pending_purges()
        return django_capture_on_commit_callbacks(execute=True)

    return commit


def company_blog(other_site, translate):
    blog = BlogIndexPageFactory(parent=other_site.root_page, slug="blogg")
    translate(blog, slug="blog")
    return blog


def site_listings(base):
    """What lists every page of a site: home, sitemap, search, in each language."""
    return {
        f"{base}/",
        f"{base}/en/",
        f"{base}/sitemap.xml",
        f"{base}/sitemap-pages.xml",
        f"{base}/sitemap-pages.xml?p=1",
        f"{base}/sitemap-pages.xml?p=2",
        f"{base}/sok/",
        f"{base}/sok/forslag/",
        f"{base}/en/search/",
        f"{base}/en/search/suggest/",
    }


def test_post_stales_its_blog_archives_feeds_lab_homes_and_sitemaps(
    site, home_page_en, other_site, translate
):
    blog = company_blog(other_site, translate)
    lab = LabPageFactory(parent=other_site.root_page, slug="labbet")
    person = PersonFactory(name="Eva Ek")
    post = BlogPostPageFactory(
        parent=blog, slug="inlagg", related_lab=lab, tags=["bostad"], authors=[person]
    )
    archives = [
        f"{COMPANY}/blogg/{path}{feed}"
        for path in ("tagg/bostad/", f"forfattare/{person.pk}-eva-ek/", "labb/labbet/")
        for feed in ("", "rss/", "atom/")
    ]
    feeds = [
        f"{base}{path}{kind}/"
        for base in (COMPANY, PORTAL)
        for path in ("/flode/", "/en/feed/")
        for kind in ("rss", "atom")
    ]

    assert set(affected_urls(post)) == {
        f"{COMPANY}/blogg/inlagg/",
        f"{COMPANY}/blogg/",
        f"{COMPANY}/blogg/rss/",
        f"{COMPANY}/blogg/atom/",
        f"{COMPANY}/en/blog/",
        f"{COMPANY}/en/blog/rss/",
        f"{COMPANY}/en/blog/atom/",
        f"{COMPANY}/blogg/2019/",
        f"{COMPANY}/blogg/2019/11/",
        f"{COMPANY}/labbet/",
        f"{PORTAL}/foretag/",
        f"{PORTAL}/en/companies/",
        *archives,
        *feeds,
        *site_listings(COMPANY),
        *site_listings(PORTAL),
    }


def test_film_stales_its_lab_and_the_film_indexes(site, home_page):
    lab = LabPageFactory(slug="labbet")
    films = VideoIndexPageFactory(parent=home_page, slug="filmer")
    film = VideoPageFactory(parent=lab, slug="film")
    urls = affected_urls(film)

    assert lab.get_full_url() in urls
    assert films.get_full_url() in urls
    assert f"{site.root_url}/sitemap.xml" in urls


def test_page_stales_its_parent_and_what_lists_every_page(site, home_page):
    about = StandardPageFactory(parent=home_page, slug="om")
    page = StandardPageFactory(parent=about, slug="vi")

    assert set(affected_urls(page)) == {
        f"{PORTAL}/om/vi/",
        f"{PORTAL}/om/",
        f"{PORTAL}/foretag/",
        *site_listings(PORTAL),
    } - {f"{PORTAL}/en/"}  # the portal home is not translated here


def test_lab_stales_its_archive_and_the_posts_about_it(site, other_site, translate):
    blog = company_blog(other_site, translate)
    lab = LabPageFactory(parent=other_site.root_page, slug="labbet")
    post = BlogPostPageFactory(parent=blog, slug="om-labbet", related_lab=lab)
    urls = affected_urls(lab)

    assert f"{COMPANY}/blogg/labb/labbet/rss/" in urls
    assert post.get_full_url() in urls


def test_blog_stales_every_archive_it_has(site, other_site, translate):
    blog = company_blog(other_site, translate)
    BlogPostPageFactory(parent=blog, tags=["sol", "vind"])
    urls = affected_urls(blog)

    assert {f"{COMPANY}/blogg/tagg/sol/", f"{COMPANY}/blogg/tagg/vind/atom/"} <= set(
        urls
    )
    assert f"{COMPANY}/blogg/2019/11/" in urls


def test_nothing_is_collected_without_a_cache_to_purge(home_page, committed):
    with committed() as callbacks:
        StandardPageFactory(parent=home_page, slug="om")
    assert callbacks == []


def test_publishing_purges_the_page_and_listings_after_commit(
    home_page, purged, committed
):
    page = StandardPageFactory(parent=home_page, slug="om", live=False)
    with committed():
        page.save_revision().publish()
        assert purged() == set()  # not before the transaction commits
    assert purged() == set(affected_urls(page))


def test_unpublishing_purges_the_page_it_had(home_page, purged, committed):
    page = StandardPageFactory(parent=home_page, slug="om")
    urls = set(affected_urls(page))
    with committed():
        page.unpublish()
    assert purged() == urls


def test_scheduled_publishing_purges_when_it_goes_live(home_page, purged, committed):
    page = StandardPageFactory(parent=home_page, slug="om", live=False)
    page.go_live_at = timezone.now() + timezone.timedelta(hours=1)
    with committed():
        revision = page.save_revision()
        revision.publish()  # scheduled: nothing goes live, nothing is purged
    assert purged() == set()
    # The hour has passed.
    past = timezone.now() - timezone.timedelta(minutes=1)
    revision.content["go_live_at"] = past.isoformat()
    revision.approved_go_live_at = past
    revision.save()
    with committed():
        call_command("publish_scheduled", verbosity=0)
    assert purged() == set(affected_urls(Page.objects.get(pk=page.pk)))


def test_moving_purges_old_and_new_addresses_and_both_parents(
    home_page, purged, committed
):
    old_parent = StandardPageFactory(parent=home_page, slug="gammal")
    new_parent = StandardPageFactory(parent=home_page, slug="ny")
    page = StandardPageFactory(parent=old_parent, slug="sida")
    child = StandardPageFactory(parent=page, slug="barn")
    with committed():
        page.move(new_parent, pos="last-child")
    urls = purged()

    for path in ("gammal/sida/", "gammal/sida/barn/", "gammal/", "ny/", "ny/sida/"):
        assert f"{PORTAL}/{path}" in urls
    assert child.get_full_url().replace("gammal", "ny") in urls


def test_renaming_a_page_purges_its_descendants_breadcrumbs_and_addresses(
    home_page, purged, committed
):
    about = StandardPageFactory(parent=home_page, slug="om", show_in_menus=False)
    StandardPageFactory(parent=about, slug="vi")
    about.slug, about.title = "om-oss", "Om oss"
    with committed():
        about.save_revision().publish()

    assert {f"{PORTAL}/om/vi/", f"{PORTAL}/om-oss/vi/", f"{PORTAL}/om/"} <= purged()


def test_deleting_purges_the_page_its_descendants_and_listings(
    home_page, purged, committed
):
    about = StandardPageFactory(parent=home_page, slug="om", show_in_menus=False)
    child = StandardPageFactory(parent=about, slug="vi")
    urls = set(affected_urls(about)) | set(affected_urls(child))
    with committed():
        about.delete()
    assert purged() == urls


def test_a_menu_page_purges_its_whole_site(home_page, purged, committed):
    page = StandardPageFactory(parent=home_page, slug="om", show_in_menus=True)
    page.title = "Om portalen"
    with committed():
        page.save_revision().publish()
    assert f"{PORTAL}/*" in purged()


def test_editing_an_author_purges_their_posts_and_both_archive_addresses(
    other_site, translate, purged, committed
):
    blog = company_blog(other_site, translate)
    person = PersonFactory(name="Eva Ek", site=other_site)
    post = BlogPostPageFactory(parent=blog, slug="inlagg", authors=[person])
    ReferenceIndex.create_or_update_for_object(post)  # as Wagtail does on commit
    person.name = "Eva Berg"
    with committed():
        person.save()
    urls = purged()

    assert post.get_full_url() in urls
    assert f"{COMPANY}/blogg/forfattare/{person.pk}-eva-ek/" in urls
    assert f"{COMPANY}/blogg/forfattare/{person.pk}-eva-berg/rss/" in urls


def test_editing_an_organisation_purges_the_posts_of_its_people(
    other_site, translate, purged, committed
):
    blog = company_blog(other_site, translate)
    person = PersonFactory()
    post = BlogPostPageFactory(parent=blog, authors=[person])
    ReferenceIndex.create_or_update_for_object(post)  # as Wagtail does on commit
    organisation = person.organisation
    organisation.name = "Nytt namn"
    with committed():
        organisation.save()
    assert post.get_full_url() in purged()


def test_footer_and_settings_edits_purge_whole_sites(
    site, other_site, purged, committed
):
    footer = FooterTextFactory(site=other_site)
    settings = SiteSettings.for_site(other_site)
    settings.footer_text = footer
    with committed():
        settings.save()
    assert purged() == {f"{COMPANY}/*", f"{PORTAL}/*"}

    PURGED.clear()
    footer.address = "Box 1"
    with committed():
        footer.save()
    assert purged() == {f"{COMPANY}/*"}


def test_restricting_a_page_purges_its_site(home_page, purged, committed):
    page = StandardPageFactory(parent=home_page, slug="om")
    with committed():
        PageViewRestriction.objects.create(page=page, restriction_type="login")
    assert purged() == {f"{PORTAL}/*"}


def test_deleting_many_pages_purges_their_site_whole(
    home_page, purged, committed, monkeypatch
):
    monkeypatch.setattr(changes, "PAGE_LIMIT", 1)
    about = StandardPageFactory(parent=home_page, slug="om", show_in_menus=False)
    for slug in ("a", "b"):
        StandardPageFactory(parent=about, slug=slug)
    with committed():
        about.delete()
    assert purged() == {f"{PORTAL}/*"}


def test_editing_an_image_purges_the_pages_and_authors_posts_showing_it(
    other_site, translate, purged, committed
):
    blog = company_blog(other_site, translate)
    picture, portrait, unused = ImageFactory(), ImageFactory(), ImageFactory()
    person = PersonFactory(site=other_site, photo=portrait)
    shown = BlogPostPageFactory(parent=blog, slug="med-bild", hero_image=picture)
    by_person = BlogPostPageFactory(parent=blog, slug="av-eva", authors=[person])
    for item in (shown, by_person, person):
        ReferenceIndex.create_or_update_for_object(item)  # as Wagtail does on commit
    picture.title = "Ny bild"
    with committed():
        picture.save()
    assert shown.get_full_url() in purged()
    assert by_person.get_full_url() not in purged()

    PURGED.clear()
    with committed():
        portrait.delete()
    assert by_person.get_full_url() in purged()
    assert shown.get_full_url() not in purged()

    PURGED.clear()
    with committed():
        unused.save()
        picture.save(update_fields=["file_hash"])  # Wagtail's own bookkeeping
    assert purged() == set()


def test_a_logo_or_share_image_purges_its_site_and_the_company_cards(
    site, other_site, purged, committed
):
    logo = ImageFactory()
    settings = SiteSettings.for_site(other_site)
    settings.logo = logo
    settings.save()
    logo.focal_point_x = 10
    with committed():
        logo.save()
    assert purged() == {f"{COMPANY}/*", f"{PORTAL}/*"}
