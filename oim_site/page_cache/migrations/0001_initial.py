"""The content version, moved from the mission app: its table and triggers stay as they are."""

from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = [("oim_site", "0005_profile_verbose_name")]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="ContentVersion",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        ("token", models.CharField(max_length=36)),
                    ],
                    options={
                        "db_table": "oim_site_contentversion",
                        "constraints": [
                            models.CheckConstraint(
                                condition=models.Q(("id", 1)), name="one_content_version"
                            )
                        ],
                    },
                ),
            ],
        ),
    ]
