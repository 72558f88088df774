"""What deleting an item takes with it, as its confirmation page lists it."""

from django.contrib.admin.utils import NestedObjects, quote
from django.db import router
from django.urls import NoReverseMatch, reverse
from django.utils.html import format_html
from django.utils.text import capfirst


class _Collector(NestedObjects):
    """Django's, without the rows that only link the items to others (a project to its
    themes and regions): those others stay, and the rows read as "Project_themes object"."""

    def related_objects(self, related_model, related_fields, objs):
        queryset = super().related_objects(related_model, related_fields, objs)
        return queryset.none() if related_model._meta.auto_created else queryset


def deleted_objects(objs, request, admin_site, kept_by=()):
    """ModelAdmin.get_deleted_objects(): what goes with `objs`, counted per model, the kinds
    the person may not delete, and what prevents the deletion: protected rows, and the rows
    of the `kept_by` relations (each a link to its form, to take it off there)."""
    collector = _Collector(using=router.db_for_write(objs[0]._meta.model), origin=objs)
    collector.collect(objs)
    perms_needed = set()

    def described(obj):
        opts = obj._meta
        model_admin = admin_site._registry.get(type(obj))
        if model_admin and not model_admin.has_delete_permission(request, obj):
            perms_needed.add(opts.verbose_name)
        label = capfirst(opts.verbose_name)
        try:
            url = reverse(
                f"{admin_site.name}:{opts.app_label}_{opts.model_name}_change",
                args=[quote(obj.pk)],
            )
        except NoReverseMatch:
            return f"{label}: {obj}"
        return format_html('{}: <a href="{}">{}</a>', label, url, obj)

    keeping = [
        related
        for relation in kept_by
        for related in getattr(objs[0], relation)
        .model._default_manager.filter(
            **{f"{objs[0]._meta.get_field(relation).field.name}__in": objs}
        )
        .distinct()
    ]
    counts = {
        model._meta.verbose_name_plural: len(instances)
        for model, instances in collector.model_objs.items()
    }
    protected = [described(obj) for obj in [*collector.protected, *keeping]]
    return collector.nested(described), counts, perms_needed, protected
