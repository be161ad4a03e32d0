"""Caches kept per content version show an image's new file at once.

The portal home's listings (and pages' bodies, and site chrome) are cached
until the content version moves on; replacing an image's file deletes the
renditions their HTML links to, so the change must move the version on
(portal.caching.invalidation), as publishing does.
"""

import re

from wagtail.models import Site

import pytest

from portal.caching.version import content_version
from tests.factories.images import ImageFactory, image_upload
from tests.factories.pages import (
    BlogIndexPageFactory,
    BlogPostPageFactory,
    HomePageFactory,
)

pytestmark = pytest.mark.django_db


def card_images(client):
    """The addresses of the card pictures on the portal's home."""
    html = client.get("/").content.decode()
    return set(re.findall(r'class="card__image" src="([^"]+)"', html))


@pytest.fixture
def picture(home_page):
    """An image on a company's post, which the portal's home lists."""
    company = HomePageFactory(title="Bodens Bostäder")
    Site.objects.create(hostname="boden.localhost", port=80, root_page=company)
    blog = BlogIndexPageFactory(parent=company, title="Blogg", slug="blogg")
    image = ImageFactory(title="Odlingslotten")
    BlogPostPageFactory(parent=blog, title="Odling på gården", hero_image=image)
    return image


def test_a_replaced_image_file_shows_on_the_cached_home_at_once(
    client, admin_client, picture, django_capture_on_commit_callbacks
):
    card_images(client)  # the first request creates the sites' settings rows
    before = card_images(client)
    assert len(before) == 1 and "/images/" in next(iter(before))

    form = admin_client.get(f"/admin/images/{picture.pk}/").context["form"]
    data = {
        name: value
        for name, value in form.initial.items()
        if value is not None and name != "file"
    }
    data["tags"] = ""
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            f"/admin/images/{picture.pk}/",
            {**data, "file": image_upload("ny.jpg", (900, 500), "orange")},
        )
    assert response.status_code == 302, response.context["form"].errors

    after = card_images(client)
    assert len(after) == 1 and after != before
    picture.refresh_from_db()
    assert picture.renditions.get().url in after


def test_only_a_change_editors_make_moves_the_version_on(
    picture, django_capture_on_commit_callbacks
):
    version = content_version()
    with django_capture_on_commit_callbacks(execute=True):
        ImageFactory()  # a new image is on no page yet
        picture.save(update_fields=["file_hash"])  # Wagtail's bookkeeping
    assert content_version() == version

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        picture.title = "Odlingslotten i juni"
        picture.save()
        assert content_version() == version  # not before the commit
    assert callbacks and content_version() == version + 1

    with django_capture_on_commit_callbacks(execute=True):
        picture.delete()
    assert content_version() == version + 2
