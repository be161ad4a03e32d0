"""Give existing footer texts the site whose settings use them.

Other existing snippets stay portal-wide (no site): only moderators see them
until one is given a company. Reversing leaves the owners in place.
"""

from django.db import migrations


def own_footer_texts(apps, schema_editor):
    SiteSettings = apps.get_model("portal", "SiteSettings")
    FooterText = apps.get_model("portal", "FooterText")
    for row in SiteSettings.objects.exclude(footer_text=None).select_related(
        "footer_text"
    ):
        FooterText.objects.filter(
            translation_key=row.footer_text.translation_key, site=None
        ).update(site=row.site_id)


class Migration(migrations.Migration):
    dependencies = [("portal", "0003_snippet_site")]

    operations = [migrations.RunPython(own_footer_texts, migrations.RunPython.noop)]
