"""Search's trigram indexes on PostgreSQL, as projects/migrations/0004_search_text.py says."""

from django.db import migrations

from oim_site.publishing.search import reset_search_columns, set_up_search_columns

COLUMNS = ["search_fr", "search_ar", "search_en"]


def set_up(apps, schema_editor):
    set_up_search_columns(schema_editor, apps.get_model("publications", "Publication"), COLUMNS)


def reset(apps, schema_editor):
    reset_search_columns(schema_editor, apps.get_model("publications", "Publication"), COLUMNS)


class Migration(migrations.Migration):
    dependencies = [
        ("publications", "0001_initial"),
        # The pg_trgm extension.
        ("projects", "0004_search_text"),
    ]

    operations = [migrations.RunPython(set_up, reset, elidable=False)]
