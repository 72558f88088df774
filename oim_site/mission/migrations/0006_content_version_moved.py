"""The content version belongs to the page cache's app now (page_cache 0001): the table stays."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("oim_site", "0005_profile_verbose_name"),
        ("page_cache", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="ContentVersion")],
        ),
    ]
