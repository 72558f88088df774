"""Search's trigram indexes on PostgreSQL (oim_site.publishing.search), as for projects."""

from django.db import migrations

from oim_site.publishing.search import reset_search_columns, set_up_search_columns

COLUMNS = ["search_fr", "search_ar", "search_en"]


def set_up(apps, schema_editor):
    set_up_search_columns(schema_editor, apps.get_model("pages", "Page"), COLUMNS)


def reset(apps, schema_editor):
    reset_search_columns(schema_editor, apps.get_model("pages", "Page"), COLUMNS)


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0001_initial"),
        # The trigram extension.
        ("projects", "0004_search_text"),
    ]

    operations = [
        migrations.RunPython(set_up, reset),
    ]
