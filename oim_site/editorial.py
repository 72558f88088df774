"""The editorial workflow shared by the content admins.

History, comparison, restore and recovery (django-reversion), refusal of a save based on a
stale copy, translation status, image uploads, and, for publishable content, the publish
permission.
"""

from datetime import datetime
from functools import reduce
from operator import or_

import modeltranslation.admin
import reversion
from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.utils import NestedObjects, unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, router
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.html import format_html, format_html_join
from django.utils.text import capfirst
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from modeltranslation.translator import translator
from reversion.models import Version
from reversion_compare.admin import CompareVersionAdmin

from oim_site.images import ImageUploadField, renditions
from oim_site.word_diff import word_diff


def version_token(updated_at):
    return updated_at.isoformat() if updated_at else ""


class MultilineField(forms.CharField):
    """A long text with the line breaks it was written with. Browsers send a text area's as
    CR LF: an untouched text looked changed in the history, and was stored with CRs."""

    def to_python(self, value):
        value = super().to_python(value)
        return value.replace("\r\n", "\n") if value else value


FORM_FIELDS = {
    models.ImageField: {"form_class": ImageUploadField},
    models.TextField: {"form_class": MultilineField},
}


class ConcurrentEditForm(forms.ModelForm):
    """Refuse to save over changes someone else saved after this form was opened.

    The form carries the ``updated_at`` of the object it was opened on; the row is locked and
    compared when the form is submitted (the admin saves in a transaction).
    """

    opened_version = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["opened_version"].initial = version_token(self.instance.updated_at)

    def full_clean(self):
        super().full_clean()
        if self.errors:
            # A browser never sends a chosen file again: say so where one was chosen.
            for name in self.files.keys() & self.fields.keys() - self.errors.keys():
                self.add_error(
                    name,
                    _("Choose this file again: it could not be kept while the form had errors."),
                )

    def clean(self):
        cleaned_data = super().clean()
        if self.instance._state.adding:
            return cleaned_data
        current = (
            type(self.instance)
            ._default_manager.select_for_update()
            .filter(pk=self.instance.pk)
            .values_list("updated_at", flat=True)
            .first()
        )
        opened = cleaned_data.get("opened_version")
        if version_token(current) != opened:
            # What was typed stays in the form; the next save will knowingly replace the
            # other person's version.
            self.data = self.data.copy()
            self.data[self.add_prefix("opened_version")] = version_token(current)
            raise ValidationError(self.conflict_message(opened, current), code="edit_conflict")
        return cleaned_data

    def conflict_message(self, opened, saved_at):
        # The instance is still the saved version here: the form's values come after clean().
        params = {
            "object": self.instance,
            "time": formats.time_format(timezone.localtime(saved_at)),
        }
        user = self.saved_since(opened)
        if user:
            params["user"] = user.get_full_name() or user.get_username()
            message = _(
                "%(user)s saved “%(object)s” at %(time)s, after this form was opened. Your "
                "changes are not saved: they are still in the form below."
            )
        else:
            message = _(
                "Someone else saved “%(object)s” at %(time)s, after this form was opened. Your "
                "changes are not saved: they are still in the form below."
            )
        advice = _(
            "Open the page again in another tab (or its history) to see their changes. Save "
            "again to replace their version with yours."
        )
        return f"{message % params} {advice}"

    def saved_since(self, opened):
        """Who saved the latest version, if it came after the form was opened."""
        latest = (
            Version.objects.get_for_object(self.instance).select_related("revision__user").first()
        )
        try:
            opened_at = datetime.fromisoformat(opened)
        except (TypeError, ValueError):
            return None
        if latest and latest.revision.date_created > opened_at:
            return latest.revision.user
        return None


def translated_fields(model):
    if model not in translator.get_registered_models():
        return []
    return list(translator.get_options_for_model(model).fields)


def languages():
    return [code for code, _name in settings.LANGUAGES]


def missing_languages(obj):
    """The languages lacking a text that another language has, for any translated field."""
    missing = set()
    for field in translated_fields(type(obj)):
        filled = {code for code in languages() if getattr(obj, f"{field}_{code}")}
        if filled:
            missing |= set(languages()) - filled
    return missing


def missing_language_condition(model, code):
    """The query condition of ``missing_languages(obj)`` containing ``code``."""

    def filled(name):
        return models.Q(**{f"{name}__isnull": False}) & ~models.Q(**{name: ""})

    conditions = []
    for field in translated_fields(model):
        others = [filled(f"{field}_{other}") for other in languages() if other != code]
        conditions.append(~filled(f"{field}_{code}") & reduce(or_, others))
    return reduce(or_, conditions)


class MissingTranslationFilter(admin.SimpleListFilter):
    title = _("translation")
    parameter_name = "translation"

    def lookups(self, request, model_admin):
        return [
            *(
                (code, gettext("Missing %(language)s") % {"language": name})
                for code, name in settings.LANGUAGES
            ),
            ("complete", _("Complete in every language")),
        ]

    def queryset(self, request, queryset):
        code = self.value()
        if code in languages():
            return queryset.filter(missing_language_condition(queryset.model, code))
        if code == "complete":
            conditions = [missing_language_condition(queryset.model, each) for each in languages()]
            return queryset.exclude(reduce(or_, conditions))
        return queryset


class TabbedTranslationAdmin(modeltranslation.admin.TabbedTranslationAdmin):
    """modeltranslation's tabs, with a field's error shown on its language's tab."""

    class Media:
        # After the scripts it builds on, which the merged media would otherwise put later.
        js = [
            "admin/js/jquery.init.js",
            "modeltranslation/js/tabbed_translation_fields.js",
            "js/admin-translation-tabs.js",
        ]


class UsedByProjectsAdmin(admin.ModelAdmin):
    """Refuses to delete what projects still use. Its links live in the projects' versions,
    not in its own: recovering it brought it back without them."""

    def get_deleted_objects(self, objs, request):
        deleted, counts, perms_needed, protected = super().get_deleted_objects(objs, request)
        relation = self.opts.get_field("projects")
        projects = relation.related_model._default_manager.filter(
            **{f"{relation.field.name}__in": objs}
        ).distinct()
        opts = relation.related_model._meta
        # As Django lists protected objects: each a link to its form, to take it off there.
        links = [
            format_html(
                '{}: <a href="{}">{}</a>',
                capfirst(opts.verbose_name),
                reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[project.pk]),
                project,
            )
            for project in projects
        ]
        return deleted, counts, perms_needed, [*protected, *links]


class EditorialAdmin(CompareVersionAdmin):
    """History and restore, no lost edits, translation status, checked image uploads."""

    form = ConcurrentEditForm
    formfield_overrides = FORM_FIELDS

    @admin.display(description=_("translations"))
    def translation_status(self, obj):
        missing = missing_languages(obj)
        badges = []
        for code, name in settings.LANGUAGES:
            if code in missing:
                status, title, mark = "missing", _("%(language)s: missing"), "✗"
            else:
                status, title, mark = "complete", _("%(language)s: complete"), "✓"
            badges.append((status, title % {"language": name}, code.upper(), mark))
        # Each badge left to right: in the Arabic admin, "FR ✓" would read "✓ FR".
        return format_html_join(
            " ", '<span class="translation-{}" title="{}" dir="ltr">{}&nbsp;{}</span>', badges
        )

    @property
    def compare_exclude(self):
        # Each translated text is compared per language (title_fr…); its unsuffixed twin, the
        # timestamps and the generated search columns only repeat what the comparison shows.
        generated = [field.name for field in self.model._meta.concrete_fields if field.generated]
        return [*translated_fields(self.model), *generated, "created_at", "updated_at"]

    def compare_TextField(self, obj_compare):
        """Texts word by word: reversion-compare's diff marked letters ("P~~remier~~")."""
        return word_diff(*obj_compare.to_string())

    compare_CharField = compare_TextField

    def construct_change_message(self, request, form, formsets, add=False):
        """Name the changed fields as the person saving reads them.

        Django keeps the untranslated labels, for gettext to translate on display, but finds
        no translation for labels such as "Title [ar]" or "Role". The history's comments are
        in the saver's language anyway.
        """
        message = super().construct_change_message(request, form, formsets, add)
        forms = [form, *(inline for formset in formsets or [] for inline in formset.forms)]
        localized = {}
        for each in forms:
            for name, field in each.fields.items():
                with translation.override(None):
                    untranslated = str(field.label or name)
                localized[untranslated] = str(field.label or name)
        for entry in message:
            for details in entry.values():
                if "fields" in details:
                    details["fields"] = [localized.get(name, name) for name in details["fields"]]
        return message

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if obj is not None and not self.has_change_permission(request, obj):
            return fieldsets  # seen, not edited
        # The admin renders only the fields of its fieldsets: the version token is one.
        return [*fieldsets, (None, {"fields": ["opened_version"], "classes": ["hidden"]})]

    def get_actions(self, request, action_location=admin.ActionLocation.CHANGE_LIST):
        # One item at a time, from its page: the confirmation lists what goes with it, and a
        # last version is recorded for "Recover deleted".
        actions = super().get_actions(request, action_location)
        actions.pop("delete_selected", None)
        return actions

    def get_deleted_objects(self, objs, request):
        """What deleting takes with it, without the rows that only link the item to its
        themes or regions (Django's "Relation project-theme: Project_themes object (1)"): the
        themes and regions stay."""
        deleted, counts, perms_needed, protected = super().get_deleted_objects(objs, request)
        links = [
            field.remote_field.through._meta
            for field in self.opts.many_to_many
            if field.remote_field.through._meta.auto_created
        ]
        plurals = {str(opts.verbose_name_plural) for opts in links}
        prefixes = tuple(f"{capfirst(opts.verbose_name)}: " for opts in links)

        def without_links(items):
            return [
                without_links(item) if isinstance(item, list) else item
                for item in items
                if isinstance(item, list) or not str(item).startswith(prefixes)
            ]

        counts = {name: count for name, count in counts.items() if str(name) not in plurals}
        return without_links(deleted), counts, perms_needed, protected

    def delete_model(self, request, obj):
        collector = NestedObjects(using=router.db_for_write(self.model))
        collector.collect([obj])
        with self.create_revision(request):
            reversion.set_comment(gettext("Deleted."))
            for model, instances in collector.data.items():
                if reversion.is_registered(model):
                    for instance in instances:
                        reversion.add_to_revision(instance)
        super().delete_model(request, obj)

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        for field in obj._meta.fields:
            if isinstance(field, models.ImageField) and field.name in form.changed_data:
                # Now rather than on the first visit of a public page.
                for rendition, _width, _height in renditions(getattr(obj, field.name)):
                    rendition.generate()

    def compare_view(self, request, object_id, extra_context=None):
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied
        return super().compare_view(request, object_id, extra_context)


class PublishableAdmin(EditorialAdmin):
    """Publishing and unpublishing need the model's publish permission, checked here."""

    actions = ["publish", "unpublish"]

    def has_publish_permission(self, request, obj=None):
        opts = self.opts
        return request.user.has_perm(f"{opts.app_label}.publish_{opts.model_name}")

    def get_readonly_fields(self, request, obj=None):
        readonly = [*super().get_readonly_fields(request, obj), "first_published_at"]
        if not self.has_publish_permission(request):
            readonly.append("is_published")
        return readonly

    @admin.display(description=_("on the site"))
    def on_site(self, obj):
        label = _("View") if obj.is_published else _("Preview")
        return format_html('<a href="{}">{}</a>', self.get_view_on_site_url(obj), label)

    def revision_view(self, request, object_id, version_id, extra_context=None):
        # Restoring rewrites the row before the form is shown: note its publication first.
        request.publication_before_revert = request.publication_now = (
            self.model._default_manager.filter(pk=unquote(object_id))
            .values_list("is_published", "first_published_at")
            .first()
        )
        return super().revision_view(request, object_id, version_id, extra_context)

    def get_object(self, request, object_id, from_field=None):
        obj = super().get_object(request, object_id, from_field)
        now = getattr(request, "publication_now", None)
        if obj is not None and now:
            # A restored version's form offers the publication the item has now: a publisher
            # saving it unchanged does not take a live page off the site.
            obj.is_published = now[0]
        return obj

    def recover_view(self, request, version_id, extra_context=None):
        request.publication_before_revert = (False, None)
        return super().recover_view(request, version_id, extra_context)

    def save_model(self, request, obj, form, change):
        before = getattr(request, "publication_before_revert", None)
        if before:
            # Restoring or recovering content does not publish or unpublish it, unless the
            # person may (and chose to, in the form), and its first publication stays dated.
            was_published, first_published_at = before
            if not self.has_publish_permission(request):
                obj.is_published = was_published
            obj.first_published_at = first_published_at or obj.first_published_at
        super().save_model(request, obj, form, change)

    @admin.action(
        permissions=["publish"], description=_("Publish the selected %(verbose_name_plural)s")
    )
    def publish(self, request, queryset):
        self.set_published(request, queryset, True)

    @admin.action(
        permissions=["publish"], description=_("Unpublish the selected %(verbose_name_plural)s")
    )
    def unpublish(self, request, queryset):
        self.set_published(request, queryset, False)

    def set_published(self, request, queryset, published):
        changed = [obj for obj in queryset if obj.is_published != published]
        with translation.override(None):
            # Stored untranslated, like the admin's own messages; shown in the reader's language.
            field_name = str(self.opts.get_field("is_published").verbose_name)
        for obj in changed:
            obj.is_published = published
            obj.save(update_fields=["is_published", "updated_at"])
            self.log_change(request, obj, [{"changed": {"fields": [field_name]}}])
        if published:
            message = ngettext(
                "%(count)d item published.", "%(count)d items published.", len(changed)
            )
        else:
            message = ngettext(
                "%(count)d item unpublished.", "%(count)d items unpublished.", len(changed)
            )
        self.message_user(request, message % {"count": len(changed)}, messages.SUCCESS)
        already = len(queryset) - len(changed)
        if already:
            if published:
                message = ngettext(
                    "%(count)d item was published already.",
                    "%(count)d items were published already.",
                    already,
                )
            else:
                message = ngettext(
                    "%(count)d item was unpublished already.",
                    "%(count)d items were unpublished already.",
                    already,
                )
            self.message_user(request, message % {"count": already}, messages.INFO)
