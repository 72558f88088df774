"""The history of content (django-reversion): first versions of loaded content, and
restoring a version of one item."""

import json

import reversion
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext as _
from reversion.errors import RevertError
from reversion.models import Version
from reversion.revisions import _get_options

from oim_site.publishing.models import Publishable, Redirect


def record_first_version(obj):
    """A first version of loaded content in the history, so that an editor's first change
    can be undone: a revision of its own, with what it follows, so that restoring it touches
    nothing else. Its comment is data, shown in the reader's language
    (publishing/templatetags/history.py)."""
    with reversion.create_revision(manage_manually=True):
        reversion.set_comment(json.dumps([{"initial": {}}]))
        reversion.add_to_revision(obj)


class RestoreError(Exception):
    """A version that cannot be written back, with the reason for the person restoring."""


def followed(model):
    """The relations whose rows `model`'s versions hold (a project's partnerships): the
    inlines of its admin, which django-reversion follows."""
    if not reversion.is_registered(model):
        return []
    return [model._meta.get_field(name) for name in _get_options(model).follow]


def _taken_along(model):
    """The relations whose rows a deletion of `model` takes with it (a partner's
    partnerships), which its deletion's revision holds (EditorialAdmin.delete_model())."""
    return [
        relation
        for relation in model._meta.related_objects
        if relation.one_to_many
        and relation.on_delete is models.CASCADE
        and reversion.is_registered(relation.related_model)
    ]


def followed_rows(obj):
    """The rows of `obj`'s followed relations, as they are now."""
    return [row for relation in followed(type(obj)) for row in getattr(obj, relation.name).all()]


def restore(version, may_publish):
    """Write `version` back: its object, and the rows its object follows as the same
    revision holds them, nothing else of the revision. Return the objects written.

    Rows the object follows now but the version does not (a partnership added since) are
    deleted. Recovering a deleted object brings back, too, the rows its deletion took with
    it. Each object keeps the publication it has now; one that does not exist any more comes
    back as the version has it if `may_publish`, as a draft otherwise. Each keeps its
    `updated_at` too, so that the form opened on the restored item matches it when it is
    posted; the caller moves them forward once the restore is saved (touch()).
    """
    model = version._model
    owner, m2m = _restored(version, may_publish)
    written = [(owner, m2m)]
    for relation in followed(model):
        rows = [_restored(each, may_publish, owner) for each in _versions_of(version, relation)]
        relation.related_model._base_manager.filter(**{relation.field.name: owner.pk}).exclude(
            pk__in=[row.pk for row, _m2m in rows]
        ).delete()
        written += rows
    if owner._state.adding:
        for relation in set(_taken_along(model)) - set(followed(model)):
            rows = [_restored(each, may_publish, owner) for each in _versions_of(version, relation)]
            written += [(row, row_m2m) for row, row_m2m in rows if row._state.adding]
    # Its address before: a restored slug redirects from it, as any change of slug does.
    loaded_slug = (
        model._base_manager.filter(pk=owner.pk).values_list("slug", flat=True).first()
        if isinstance(owner, Publishable)
        else None
    )
    for obj, values in written:
        # Raw, as django-reversion writes versions: updated_at stays as _restored() set it.
        obj.save_base(raw=True)
        for name, pks in values.items():
            getattr(obj, name).set(pks)
    if loaded_slug and loaded_slug != owner.slug and owner.has_own_page:
        Redirect.objects.follow(owner.addresses(loaded_slug), owner.addresses())
    return [obj for obj, _m2m in written]


def _versions_of(version, relation):
    """The versions, in `version`'s revision, of rows of `relation` to its object."""
    attname = relation.field.attname
    candidates = version.revision.version_set.filter(
        content_type=ContentType.objects.get_for_model(relation.related_model)
    )
    return [each for each in candidates if str(each.field_dict[attname]) == version.object_id]


def touch(objs):
    """Move the restored objects' `updated_at` to now: a form opened before the restore is
    then refused, as after any other save."""
    now = timezone.now()
    for obj in objs:
        type(obj)._base_manager.filter(pk=obj.pk).update(updated_at=now)


def _restored(version, may_publish, owner=None):
    """The object of `version`, with the publication and `updated_at` it has now, and its
    many-to-many values. It may refer to `owner`, restored with it."""
    try:
        deserialized = version._object_version
    except RevertError as error:
        raise RestoreError(str(error)) from None
    obj, m2m = deserialized.object, deserialized.m2m_data or {}
    current = type(obj)._base_manager.filter(pk=obj.pk).first()
    obj._state.adding = current is None
    if current is not None:
        obj.updated_at = current.updated_at
    if isinstance(obj, Publishable):
        if current is not None:
            obj.is_published = current.is_published
            obj.first_published_at = current.first_published_at or obj.first_published_at
        elif not may_publish:
            obj.is_published = False
    for field in obj._meta.concrete_fields:
        value = getattr(obj, field.attname)
        if field.many_to_one and value is not None and not _is(owner, field.related_model, value):
            _refuse_if_missing(field.related_model, [value])
    for field in obj._meta.many_to_many:
        _refuse_if_missing(field.related_model, m2m.get(field.attname, []))
    try:
        obj.validate_unique()
    except ValidationError as error:
        raise RestoreError(" ".join(error.messages)) from None
    return obj, m2m


def _is(obj, model, pk):
    return obj is not None and isinstance(obj, model) and str(obj.pk) == str(pk)


def _refuse_if_missing(model, pks):
    existing = {
        str(pk) for pk in model._base_manager.filter(pk__in=pks).values_list("pk", flat=True)
    }
    for pk in pks:
        if str(pk) not in existing:
            last = Version.objects.get_for_object_reference(model, pk).first()
            raise RestoreError(
                _(
                    "This version refers to the %(model)s “%(object)s”, which has been "
                    "deleted since. Recover it first, or restore another version."
                )
                % {"model": model._meta.verbose_name, "object": last or pk}
            )
