"""The content version and the triggers that change it (oim_site.page_cache.content_version)."""

from django.db import migrations, models

from oim_site.page_cache.content_version import content_tables, install_triggers


def install(apps, schema_editor):
    apps.get_model("oim_site", "ContentVersion").objects.create(id=1, token="initial")
    install_triggers(schema_editor, content_tables(schema_editor.connection))


class Migration(migrations.Migration):
    dependencies = [
        ("oim_site", "0003_editorial_roles"),
        ("axes", "0002_editorial_workflow"),
        ("partners", "0002_editorial_workflow"),
        ("projects", "0002_editorial_workflow"),
    ]

    operations = [
        migrations.CreateModel(
            name="ContentVersion",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("token", models.CharField(max_length=36)),
            ],
            options={
                "constraints": [
                    models.CheckConstraint(
                        condition=models.Q(("id", 1)), name="one_content_version"
                    )
                ],
            },
        ),
        # Triggers disappear with their tables: nothing to undo but the model.
        migrations.RunPython(install, migrations.RunPython.noop, elidable=False),
    ]
