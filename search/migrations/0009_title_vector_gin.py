"""A GIN index on the titles' vectors: a page of results is read from the title
matches first (search.query.Results); only PostgreSQL has one."""

from django.db import migrations

INDEX = "search_entry_title_vector_gin"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} "
            "ON search_searchentry USING gin (title_vector)"
        )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("search", "0008_tier_vectors")]

    operations = [migrations.RunPython(create_index, drop_index)]
