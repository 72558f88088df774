"""The Editor and Publisher groups (DESIGN.md section 6).

Their permissions over content are granted after every migrate, for every model of content
(oim_site.publishing.roles).
"""

from django.db import migrations

ROLES = ["Editor", "Publisher"]


def create_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for name in ROLES:
        Group.objects.get_or_create(name=name)


def delete_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=ROLES).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("oim_site", "0002_editorial_workflow"),
    ]

    operations = [migrations.RunPython(create_groups, delete_groups)]
