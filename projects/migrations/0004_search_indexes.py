"""Trigram indexes for searching projects on PostgreSQL (oim_site.search_indexes).

Not in Project.Meta.indexes: SQLite cannot build them, and it rebuilds a table with every
index of its Meta when a later migration alters it.
"""

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations

from oim_site.search_indexes import add_trigram_indexes, remove_trigram_indexes

COLUMNS = [
    f"{field}_{language}" for field in ("title", "summary", "body") for language in ("fr", "ar", "en")
]


def add(apps, schema_editor):
    add_trigram_indexes(schema_editor, apps.get_model("projects", "Project"), COLUMNS)


def remove(apps, schema_editor):
    remove_trigram_indexes(schema_editor, apps.get_model("projects", "Project"), COLUMNS)


class Migration(migrations.Migration):
    dependencies = [("projects", "0003_project_newest_first")]

    operations = [
        TrigramExtension(),
        migrations.RunPython(add, remove, elidable=False),
    ]
