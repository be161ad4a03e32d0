import uuid

from django.db import migrations

PORTAL_TITLE = "Allmännyttans innovationsportal"


def create_portal_home(apps, schema_editor):
    """Replace Wagtail's placeholder page with the portal's Swedish home and add English."""
    ContentType = apps.get_model("contenttypes.ContentType")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    Locale = apps.get_model("wagtailcore.Locale")
    HomePage = apps.get_model("home.HomePage")

    swedish, _ = Locale.objects.get_or_create(language_code="sv")
    Locale.objects.get_or_create(language_code="en")

    page_type = ContentType.objects.get(model="page", app_label="wagtailcore")
    Page.objects.filter(content_type=page_type, slug="home", depth=2).delete()
    if HomePage.objects.filter(depth=2).exists():
        return

    home_type, _ = ContentType.objects.get_or_create(model="homepage", app_label="home")
    root = Page.objects.get(depth=1)
    # treebeard's path for the next child of the root (the placeholder was removed)
    last = Page.objects.filter(depth=2).order_by("-path").first()
    next_step = int(last.path[4:8], 36) + 1 if last else 1
    path = root.path + _base36(next_step).rjust(4, "0")
    home = HomePage.objects.create(
        title=PORTAL_TITLE,
        draft_title=PORTAL_TITLE,
        slug="portal",
        content_type=home_type,
        path=path,
        depth=2,
        numchild=0,
        url_path="/portal/",
        locale=swedish,
        translation_key=uuid.uuid4(),
        live=True,
    )
    root.numchild = Page.objects.filter(depth=2).count()
    root.save(update_fields=["numchild"])
    Site.objects.create(
        hostname="localhost",
        port=80,
        site_name=PORTAL_TITLE,
        root_page_id=home.pk,
        is_default_site=True,
    )


def _base36(number):
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    out = ""
    while number:
        number, rest = divmod(number, 36)
        out = digits[rest] + out
    return out or "0"


def remove_portal_home(apps, schema_editor):
    apps.get_model("home.HomePage").objects.filter(slug="portal", depth=2).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [migrations.RunPython(create_portal_home, remove_portal_home)]
