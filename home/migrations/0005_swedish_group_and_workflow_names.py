"""Swedish names for the groups, workflows and tasks companies were given.

portal.companies.access names new ones in Swedish; this renames those made
before ("Bodens Bostäder editors" → "Bodens Bostäder – redaktörer"). It lives
in home, not portal, so that it needs no migration of the portal app. Only
names that follow the old patterns exactly change; reversing restores them.
"""

from django.db import migrations

GROUPS = [(" editors", "{} – redaktörer"), (" publishers", "{} – publicerare")]
WORKFLOWS = [(" moderation", "Granskning hos {}")]
TASKS = [(" publishers approve", "Godkännande av publicerare på {}")]
MODERATORS = ("Portal moderators", "Portalmoderatorer")


def rename(model, patterns, reverse=False):
    for suffix, swedish in patterns:
        prefix, _, tail = swedish.partition("{}")
        for row in model.objects.all():
            if reverse:
                matches = row.name.startswith(prefix) and row.name.endswith(tail)
                company = row.name[len(prefix) : len(row.name) - len(tail)]
                new = f"{company}{suffix}"
            else:
                matches = row.name.endswith(suffix) and len(row.name) > len(suffix)
                new = swedish.format(row.name[: -len(suffix)])
            if matches and not model.objects.filter(name=new).exists():
                row.name = new
                row.save(update_fields=["name"])


def forwards(apps, schema_editor, reverse=False):
    group = apps.get_model("auth", "Group")
    old, new = MODERATORS[::-1] if reverse else MODERATORS
    if not group.objects.filter(name=new).exists():
        group.objects.filter(name=old).update(name=new)
    rename(group, GROUPS, reverse)
    rename(apps.get_model("wagtailcore", "Workflow"), WORKFLOWS, reverse)
    rename(apps.get_model("wagtailcore", "Task"), TASKS, reverse)


def backwards(apps, schema_editor):
    forwards(apps, schema_editor, reverse=True)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0004_accessibilityreport_answered_at"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
