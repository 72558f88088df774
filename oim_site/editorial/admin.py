"""The admin classes of content: history and restore, publication, deletion.

History, comparison, restore and recovery come from django-reversion(-compare); the change
form refuses a save based on a stale copy (forms.py); lists show the translation status
(translation_status.py); publishable content needs the model's publish permission.
"""

import json

import modeltranslation.admin
import reversion
from django.contrib import admin, messages
from django.contrib.admin.utils import NestedObjects, quote, unquote
from django.core.exceptions import PermissionDenied
from django.db import models, router, transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import path
from django.utils import formats, translation
from django.utils.html import format_html, format_html_join
from django.utils.timezone import localtime
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from reversion.admin import VersionAdmin
from reversion.models import Version
from reversion_compare.admin import CompareVersionAdmin

from oim_site.editorial.deletion import deleted_objects
from oim_site.editorial.forms import FORM_FIELDS, ConcurrentEditForm, PublishableForm
from oim_site.editorial.history import RestoreError, restore, touch
from oim_site.editorial.outdated import OutdatedTranslationFilter, outdated_fields, update_marks
from oim_site.editorial.review import (
    STEP_BUTTONS,
    STEP_DONE,
    StepRefused,
    allowed_steps,
    take_step,
)
from oim_site.editorial.translation_status import translation_badges
from oim_site.editorial.word_diff import word_diff
from oim_site.images.renditions import renditions
from oim_site.languages.fields import translated_fields
from oim_site.publishing.models import Publishable, ReviewState


class TabbedTranslationAdmin(modeltranslation.admin.TabbedTranslationAdmin):
    """modeltranslation's tabs, with a field's error shown on its language's tab."""

    class Media:
        # After the scripts it builds on, which the merged media would otherwise put later.
        js = [
            "admin/js/jquery.init.js",
            "modeltranslation/js/tabbed_translation_fields.js",
            "js/admin-translation-tabs.js",
        ]


class _Unsaved(Exception):
    """Undoes a restore's transaction, carrying the page to show."""

    def __init__(self, response):
        self.response = response


class EditorialAdmin(CompareVersionAdmin):
    """History and restore, no lost edits, translation status, checked image uploads."""

    form = ConcurrentEditForm
    formfield_overrides = FORM_FIELDS
    # Relations whose rows keep an item from being deleted (a theme that projects use): its
    # links live in their versions, not in its own, so recovering it would lose them.
    kept_by = ()

    @admin.display(description=_("translations"))
    def translation_status(self, obj):
        return translation_badges(obj)

    @property
    def compare_exclude(self):
        # Each translated text is compared per language (title_fr…); its unsuffixed twin, the
        # timestamps and the generated search columns only repeat what the comparison shows.
        generated = [field.name for field in self.model._meta.concrete_fields if field.generated]
        # The outdated marks are shown by the change form, not as a diff of their JSON.
        # The review's author is said by the history's comment, not as a diff of a user.
        marks = (
            ["outdated_translations", "review_requested_by"]
            if issubclass(self.model, Publishable)
            else []
        )
        return [*translated_fields(self.model), *generated, "created_at", "updated_at", *marks]

    def compare_TextField(self, obj_compare):
        """Texts word by word, where reversion-compare's diff marks letters ("P~~remier~~")."""
        return word_diff(*obj_compare.to_string())

    compare_CharField = compare_TextField

    def construct_change_message(self, request, form, formsets, add=False):
        """Name the changed fields by their columns (title_ar), the history showing each in
        its reader's language (templatetags/editorial.py): Django keeps untranslated labels,
        for which gettext has no translation when they are "Title [ar]" or "Role"."""
        message = super().construct_change_message(request, form, formsets, add)
        forms = [form, *(inline for formset in formsets or [] for inline in formset.forms)]
        names, models_named = {}, {}
        for each in forms:
            with translation.override(None):
                models_named[str(each._meta.model._meta.verbose_name)] = each._meta.model
                for name, field in each.fields.items():
                    names[str(field.label or name)] = name
        for entry in message:
            for details in entry.values():
                if "fields" in details:
                    details["fields"] = [names.get(label, label) for label in details["fields"]]
                if "name" in details and details["name"] in models_named:
                    details["model"] = models_named[details["name"]]._meta.label_lower
        return message

    def log_addition(self, request, obj, message):
        # Not reversion's, which stores the comment as the saver reads it: the history shows
        # it in the reader's language (templatetags/editorial.py).
        entry = super(VersionAdmin, self).log_addition(request, obj, message or [{"added": {}}])
        if reversion.is_active():
            reversion.set_comment(entry.change_message)
        return entry

    def log_change(self, request, obj, message):
        entry = super(VersionAdmin, self).log_change(request, obj, message)
        if reversion.is_active():
            reversion.set_comment(entry.change_message)
        return entry

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
        return deleted_objects(objs, request, self.admin_site, self.kept_by)

    def delete_model(self, request, obj):
        collector = NestedObjects(using=router.db_for_write(self.model))
        collector.collect([obj])
        with self.create_revision(request):
            reversion.set_comment(json.dumps([{"deleted": {}}]))
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

    def has_publish_permission(self, request, obj=None):
        opts = self.opts
        return request.user.has_perm(f"{opts.app_label}.publish_{opts.model_name}")

    def history(self):
        """The versions this admin restores and recovers: its own model's only."""
        return Version.objects.get_for_model(self.model)

    def revision_view(self, request, object_id, version_id, extra_context=None):
        version = get_object_or_404(self.history(), pk=version_id, object_id=unquote(object_id))
        context = {"title": _("Revert %(name)s") % {"name": version.object_repr}, "revert": True}
        template = self.revision_form_template or self._reversion_get_template_list(
            "revision_form.html"
        )
        return self.restore_view(request, version, template, context | (extra_context or {}))

    def recover_view(self, request, version_id, extra_context=None):
        if not self.has_add_permission(request):
            raise PermissionDenied
        version = get_object_or_404(self.history(), pk=version_id)
        context = {"title": _("Recover %(name)s") % {"name": version.object_repr}, "recover": True}
        template = self.recover_form_template or self._reversion_get_template_list(
            "recover_form.html"
        )
        return self.restore_view(request, version, template, context | (extra_context or {}))

    def restore_view(self, request, version, template, context):
        """The change form of the item as `version` has it (history.restore()), saved on POST.

        The version is written in a transaction, which is undone unless the form is saved:
        looking at a version changes nothing. The form's permissions apply as to any save.
        """
        try:
            with transaction.atomic(using=version.db):
                restored = restore(version, self.has_publish_permission(request))
                with self.create_revision(request):
                    response = self.changeform_view(
                        request, quote(str(restored[0].pk)), request.path, context
                    )
                    if request.method == "POST" and response.status_code == 302:
                        reversion.set_comment(
                            json.dumps(
                                [{"restored": {"date": version.revision.date_created.isoformat()}}]
                            )
                        )
                        touch(restored)
                        return response
                if response.status_code == 200:
                    response.template_name = template
                    response.render()
                raise _Unsaved(response)
        except _Unsaved as unsaved:
            return unsaved.response
        except RestoreError as error:
            self.message_user(request, str(error), messages.ERROR)
            opts = self.opts
            return redirect(f"{self.admin_site.name}:{opts.app_label}_{opts.model_name}_changelist")

    def compare_view(self, request, object_id, extra_context=None):
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied
        return super().compare_view(request, object_id, extra_context)


class ReviewStateFilter(admin.SimpleListFilter):
    title = _("state")
    parameter_name = "state"

    def lookups(self, request, model_admin):
        return ReviewState.choices

    def queryset(self, request, queryset):
        conditions = {
            ReviewState.DRAFT: models.Q(is_published=False, in_review=False),
            ReviewState.IN_REVIEW: models.Q(is_published=False, in_review=True),
            ReviewState.PUBLISHED: models.Q(is_published=True),
        }
        condition = conditions.get(self.value())
        return queryset if condition is None else queryset.filter(condition)


class PublishableAdmin(EditorialAdmin):
    """Publishing and unpublishing need the model's publish permission, checked here; review,
    schedule and outdated translations, added to every publishable model's admin."""

    actions = ["publish", "unpublish"]
    form = PublishableForm
    change_form_template = "admin/publishable_change_form.html"
    SCHEDULE = ["publish_at", "unpublish_at"]

    def get_list_display(self, request):
        shown = [name for name in super().get_list_display(request) if name != "is_published"]
        at = shown.index("translation_status") if "translation_status" in shown else len(shown)
        return [*shown[:at], "state", *shown[at:]]

    def get_list_filter(self, request):
        filters = [each for each in super().get_list_filter(request) if each != "is_published"]
        return [ReviewStateFilter, *filters, OutdatedTranslationFilter]

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if any(name in self.SCHEDULE for _t, options in fieldsets for name in options["fields"]):
            return fieldsets
        schedule = (_("Schedule (Morocco time)"), {"fields": [*self.SCHEDULE, "state"]})
        # Before the hidden version token, which stays last.
        return [*fieldsets[:-1], schedule, fieldsets[-1]]

    def get_readonly_fields(self, request, obj=None):
        readonly = [*super().get_readonly_fields(request, obj), "first_published_at", "state"]
        if not self.has_publish_permission(request):
            readonly += ["is_published", *self.SCHEDULE]
        return readonly

    @admin.display(description=_("state"))
    def state(self, obj):
        """The review state, and under it the moments scheduled: one column, which keeps the
        lists within 1,280 pixels."""
        moments = [(_("publish"), obj.publish_at), (_("unpublish"), obj.unpublish_at)]
        return format_html(
            '<span class="state state-{}">{}</span>{}',
            obj.review_state,
            obj.review_state.label,
            format_html_join(
                "",
                "<br>{} {}",
                ((label, formats.localize(localtime(at))) for label, at in moments if at),
            ),
        )

    @admin.display(description=_("on the site"))
    def on_site(self, obj):
        label = _("View") if obj.is_published else _("Preview")
        return format_html('<a href="{}">{}</a>', self.get_view_on_site_url(obj), label)

    def get_urls(self):
        opts = self.opts
        name = f"{opts.app_label}_{opts.model_name}"
        return [
            path(
                "<path:object_id>/review/",
                self.admin_site.admin_view(self.review_view),
                name=f"{name}_review",
            ),
            path(
                "<path:object_id>/translation-current/",
                self.admin_site.admin_view(self.translation_current_view),
                name=f"{name}_translation_current",
            ),
            *super().get_urls(),
        ]

    def change_view(self, request, object_id, form_url="", extra_context=None):
        obj = self.get_object(request, unquote(object_id))
        context = {}
        if obj is not None:
            context = {
                "review_steps": allowed_steps(self, request, obj),
                "step_labels": STEP_BUTTONS,
                "outdated": outdated_fields(obj),
            }
        return super().change_view(request, object_id, form_url, context | (extra_context or {}))

    def review_view(self, request, object_id):
        """A step of the review (review.py), from the buttons of the change form."""
        if request.method != "POST":
            raise PermissionDenied
        obj = self.get_object(request, unquote(object_id))
        if obj is None:
            raise Http404
        try:
            step = request.POST.get("step", "")
            unsent = take_step(self, request, obj, step, request.POST.get("comment", ""))
        except StepRefused:
            self.message_user(
                request,
                gettext("This step is no longer possible: the item changed meanwhile."),
                messages.ERROR,
            )
        else:
            self.message_user(request, STEP_DONE[step], messages.SUCCESS)
            if unsent:
                self.message_user(
                    request,
                    gettext("The email could not be sent: tell the people concerned yourself."),
                    messages.WARNING,
                )
        return redirect(request.path.removesuffix("review/") + "change/")

    def translation_current_view(self, request, object_id):
        """ "Still up to date": a translation stays as it is, its outdated mark cleared."""
        if request.method != "POST":
            raise PermissionDenied
        obj = self.get_object(request, unquote(object_id))
        if obj is None:
            raise Http404
        if not self.has_change_permission(request, obj):
            raise PermissionDenied
        code, _colon, field = request.POST.get("translation", "").partition(":")
        with transaction.atomic():
            obj = type(obj)._base_manager.select_for_update().get(pk=obj.pk)
            fields = obj.outdated_translations.get(code, {})
            if field in fields:
                del fields[field]
                if not fields:
                    del obj.outdated_translations[code]
                with self.create_revision(request):
                    obj.save()
                    reversion.set_comment(
                        json.dumps([{"translation_current": {"language": code, "field": field}}])
                    )
                self.message_user(request, gettext("The translation is marked up to date."))
        return redirect(request.path.removesuffix("translation-current/") + "change/")

    def save_model(self, request, obj, form, change):
        update_marks(obj, form.changed_data, form.initial)
        if "is_published" in form.changed_data and obj.is_published:
            obj.publish_at = None
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
        for obj in changed:
            obj.is_published = published
            obj.save(update_fields=["is_published", "updated_at"])
            self.log_change(request, obj, [{"changed": {"fields": ["is_published"]}}])
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
