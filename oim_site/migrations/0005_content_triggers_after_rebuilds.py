"""The content triggers again (oim_site.content_version), after the search columns.

SQLite adds a generated column by rebuilding the table, which drops the table's triggers:
axes 0003, partners 0003 and projects 0004 did so. PostgreSQL keeps them; replacing them
there changes nothing.
"""

from django.db import migrations

from oim_site.content_version import content_tables, install_triggers


def install(apps, schema_editor):
    install_triggers(schema_editor, content_tables(apps))


class Migration(migrations.Migration):
    dependencies = [
        ("oim_site", "0004_content_version"),
        ("axes", "0003_search_text"),
        ("partners", "0003_search_text"),
        ("projects", "0004_search_text"),
    ]

    operations = [migrations.RunPython(install, migrations.RunPython.noop, elidable=False)]
