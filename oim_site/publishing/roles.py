"""The Editor and Publisher groups' permissions over content (DESIGN.md section 6).

Editor: sees, creates and edits all content; cannot publish, unpublish or delete, and has no
access to users. Publisher: everything an editor does, plus publishing, unpublishing and
deleting content, and changing what editors may only see (redirects). Users and groups stay
with superusers: changing users in the admin is enough to grant oneself any permission.

Every migrate grants the groups the permissions of every model of content, new ones
included; it adds and never takes away, so a permission an operator grants stays.
"""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType

from oim_site.publishing.content import content_models, publishable_models

EDITOR, PUBLISHER = "Editor", "Publisher"


def permissions(models, *actions):
    content_types = ContentType.objects.get_for_models(*models, for_concrete_models=False)
    codenames = [f"{action}_{model._meta.model_name}" for model in models for action in actions]
    return Permission.objects.filter(
        content_type__in=content_types.values(), codename__in=codenames
    )


def grant_content_permissions(using, verbosity=1, **kwargs):
    """post_migrate: the groups, with the permissions of content they lack."""
    models = content_models()
    # Django creates an app's permissions after its own post_migrate: some come after ours.
    for app_config in {global_apps.get_app_config(model._meta.app_label) for model in models}:
        create_permissions(app_config, verbosity=verbosity, using=using)
    # What only publishers change (redirects: an address of the site) editors still see.
    editing = [
        *permissions([model for model in models if model.editors_may_change], "add", "change"),
        *permissions(models, "view"),
    ]
    editor, _created = Group.objects.using(using).get_or_create(name=EDITOR)
    editor.permissions.add(*editing)
    publisher, _created = Group.objects.using(using).get_or_create(name=PUBLISHER)
    publisher.permissions.add(
        *permissions(models, "view", "add", "change", "delete"),
        *permissions(publishable_models(), "publish"),
    )
