"""The Editor and Publisher groups (DESIGN.md section 6).

Editor: sees, creates and edits all content; cannot publish, unpublish or delete, and has no
access to users. Publisher: everything an editor does, plus publishing, unpublishing and
deleting content. Users and groups stay with superusers: changing users in the admin is
enough to grant oneself any permission.
"""

from django.db import migrations

CONTENT = {
    "oim_site": ["missionprofile", "keyfigure", "milestone"],
    "axes": ["axis", "theme"],
    "partners": ["partner"],
    "projects": ["project", "partnership", "region"],
}
PUBLISHABLE = {"axes": ["axis", "theme"], "partners": ["partner"], "projects": ["project"]}


def permission(apps, app_label, model_name, action):
    # Permissions are normally created after all migrations ran: create the ones needed here.
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    model = apps.get_model(app_label, model_name)
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model_name)
    codename = f"{action}_{model_name}"
    names = dict(model._meta.permissions)
    name = names.get(codename, f"Can {action} {model._meta.verbose_name_raw}")
    return Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": name}
    )[0]


def create_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    editing = [
        permission(apps, app_label, model_name, action)
        for app_label, model_names in CONTENT.items()
        for model_name in model_names
        for action in ("view", "add", "change")
    ]
    deleting = [
        permission(apps, app_label, model_name, "delete")
        for app_label, model_names in CONTENT.items()
        for model_name in model_names
    ]
    publishing = [
        permission(apps, app_label, model_name, "publish")
        for app_label, model_names in PUBLISHABLE.items()
        for model_name in model_names
    ]
    editor, _ = Group.objects.get_or_create(name="Editor")
    editor.permissions.set(editing)
    publisher, _ = Group.objects.get_or_create(name="Publisher")
    publisher.permissions.set(editing + deleting + publishing)


def delete_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=["Editor", "Publisher"]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("oim_site", "0002_editorial_workflow"),
        ("axes", "0002_editorial_workflow"),
        ("partners", "0002_editorial_workflow"),
        ("projects", "0002_editorial_workflow"),
    ]

    operations = [migrations.RunPython(create_groups, delete_groups)]
