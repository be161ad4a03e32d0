"""Give every company made before translators existed its "… – översättare"
group, and let its publishers start translations ("Översätt").

portal.companies.access does the same for new companies (and on every rerun of
create_company_site); this is that code frozen for the companies already
there. A company is found by its publishers: the group holding publish_page on
its site's Swedish home, named "<company> – publicerare" (or "<company>
publishers", before home/migrations/0005 renamed it). Other groups are left
alone. Reversing deletes the translators' groups and takes the permission back.
"""

from django.db import migrations

SUBMIT = ("wagtail_localize", "submit_translation")
TRANSLATOR_MODEL = [
    ("wagtailadmin", "access_admin"),
    SUBMIT,
    ("portal", "change_person"),
    ("portal", "change_organisation"),
    ("portal", "change_footertext"),
]
TRANSLATOR_PAGE = ["change_page", "publish_page"]
TRANSLATOR_SOURCE_PAGE = ["lock_page"]
TRANSLATOR_COLLECTION = [
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "choose_document"),
]
PUBLISHER_SUFFIXES = [" – publicerare", " publishers"]
TRANSLATORS = "{} – översättare"


def permission(apps, app_label, codename):
    model = apps.get_model("auth", "Permission")
    return model.objects.get(content_type__app_label=app_label, codename=codename)


def company_name(group_name):
    for suffix in PUBLISHER_SUFFIXES:
        if group_name.endswith(suffix) and len(group_name) > len(suffix):
            return group_name[: -len(suffix)]
    return None


def companies(apps):
    """(name, Swedish home, other homes, publishers group) of each company."""
    site_model = apps.get_model("wagtailcore", "Site")
    page_model = apps.get_model("wagtailcore", "Page")
    group_model = apps.get_model("auth", "Group")
    for site in site_model.objects.select_related("root_page"):
        home = site.root_page
        others = page_model.objects.filter(
            translation_key=home.translation_key
        ).exclude(pk=home.pk)
        publishers = group_model.objects.filter(
            page_permissions__page=home,
            page_permissions__permission__codename="publish_page",
        ).distinct()
        for group in publishers:
            name = company_name(group.name)
            if name:
                yield name, home, list(others), group


def grant_pages(apps, group, pages, codenames):
    model = apps.get_model("wagtailcore", "GroupPagePermission")
    for codename in codenames:
        wanted = permission(apps, "wagtailcore", codename)
        for page in pages:
            model.objects.get_or_create(group=group, page=page, permission=wanted)


def grant_collections(apps, group, publishers):
    model = apps.get_model("wagtailcore", "GroupCollectionPermission")
    collections = model.objects.filter(group=publishers).values_list(
        "collection_id", flat=True
    )
    for app_label, codename in TRANSLATOR_COLLECTION:
        wanted = permission(apps, app_label, codename)
        for collection_id in set(collections):
            model.objects.get_or_create(
                group=group, collection_id=collection_id, permission=wanted
            )


def forwards(apps, schema_editor):
    group_model = apps.get_model("auth", "Group")
    for name, home, others, publishers in list(companies(apps)):
        publishers.permissions.add(permission(apps, *SUBMIT))
        translators, _ = group_model.objects.get_or_create(
            name=TRANSLATORS.format(name)
        )
        translators.permissions.add(
            *[permission(apps, *natural) for natural in TRANSLATOR_MODEL]
        )
        grant_pages(apps, translators, [home], TRANSLATOR_SOURCE_PAGE)
        grant_pages(apps, translators, others, TRANSLATOR_PAGE)
        grant_collections(apps, translators, publishers)


def backwards(apps, schema_editor):
    group_model = apps.get_model("auth", "Group")
    for name, _home, _others, publishers in list(companies(apps)):
        publishers.permissions.remove(permission(apps, *SUBMIT))
        group_model.objects.filter(name=TRANSLATORS.format(name)).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0007_sitesettings_retention_days"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
