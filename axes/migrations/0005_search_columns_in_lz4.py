"""The search columns compressed with LZ4 (oim_site.publishing.search), rows already there too."""

from django.db import migrations

from oim_site.publishing.search import compress_search_columns

COLUMNS = ["search_fr", "search_ar", "search_en"]


def lz4(apps, schema_editor):
    compress_search_columns(schema_editor, apps.get_model("axes", "Axis"), COLUMNS, "lz4")


def pglz(apps, schema_editor):
    compress_search_columns(schema_editor, apps.get_model("axes", "Axis"), COLUMNS, "default")


class Migration(migrations.Migration):
    dependencies = [("axes", "0004_folded_search_text")]

    operations = [migrations.RunPython(lz4, pglz)]
