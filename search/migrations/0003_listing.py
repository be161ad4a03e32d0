from django.db import migrations, models

# Page types that list others when this migration was written; later rows get
# the flag from indexing (portal.models.ListingMixin or a site's home).
LISTING_TYPES = [
    ("blog", "blogindexpage"),
    ("labs", "labindexpage"),
    ("labs", "videoindexpage"),
    ("home", "homepage"),
]


def mark_listings(apps, schema_editor):
    SearchEntry = apps.get_model("search", "SearchEntry")
    ContentType = apps.get_model("contenttypes", "ContentType")
    for app_label, model in LISTING_TYPES:
        content_type = ContentType.objects.filter(app_label=app_label, model=model)
        SearchEntry.objects.filter(page__content_type__in=content_type).update(
            listing=True
        )


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0002_search_vector_gin"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.AddField(
            model_name="searchentry",
            name="listing",
            field=models.BooleanField(default=False),
        ),
        migrations.RunPython(mark_listings, migrations.RunPython.noop),
    ]
