from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import connection

from wagtail.models import Page

import pytest

from labs.models import VideoIndexPage
from tests.factories.pages import VideoIndexPageFactory

BEFORE_RENAME = "0003_film_accessibility"
RENAME = "0004_rename_filmindexpage_videoindexpage"


def migrate_labs(target):
    call_command("migrate", "labs", target, verbosity=0, interactive=False)


# Migrating changes the schema, which SQLite refuses inside a transaction.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_film_index_page_from_before_the_rename_survives_as_a_video_index(
    home_page,
):
    index = VideoIndexPageFactory(parent=home_page, title="Filmer")
    content_type_id = index.content_type_id
    try:
        migrate_labs(BEFORE_RENAME)  # the page is now a FilmIndexPage row
        assert "labs_filmindexpage" in connection.introspection.table_names()
        assert ContentType.objects.get(pk=content_type_id).model == "filmindexpage"
    finally:
        migrate_labs(RENAME)  # also on failure: never leave the schema behind the code
    # Django renames the content type in place, so the page keeps its id.
    assert ContentType.objects.get(pk=content_type_id).model == "videoindexpage"
    assert not ContentType.objects.filter(app_label="labs", model="filmindexpage")
    page = Page.objects.get(pk=index.pk).specific
    assert isinstance(page, VideoIndexPage)
    assert page.title == "Filmer"
