from django.contrib import admin
from modeltranslation.admin import TranslationTabularInline

from oim_site.editorial.admin import EditorialAdmin, TabbedTranslationAdmin
from oim_site.editorial.forms import FORM_FIELDS
from oim_site.editorial.translation_status import MissingTranslationFilter
from oim_site.mission.models import KeyFigure, Milestone, MissionProfile


class KeyFigureInline(TranslationTabularInline):
    model = KeyFigure
    extra = 0
    formfield_overrides = FORM_FIELDS


class MilestoneInline(TranslationTabularInline):
    model = Milestone
    extra = 0
    formfield_overrides = FORM_FIELDS


@admin.register(MissionProfile)
class MissionProfileAdmin(EditorialAdmin, TabbedTranslationAdmin):
    list_display = ["name", "translation_status", "updated_at"]
    list_filter = [MissingTranslationFilter]
    fieldsets = [
        (None, {"fields": ["name", "lead"]}),
        (None, {"fields": ["context", "diaspora", "approach"]}),
        (None, {"fields": ["address", "email", "phone"]}),
    ]
    inlines = [KeyFigureInline, MilestoneInline]

    def has_add_permission(self, request):
        return super().has_add_permission(request) and not MissionProfile.objects.exists()

    def has_delete_permission(self, request, obj=None):
        # The one profile is the home and mission pages: without it, those lose their text.
        return False


@admin.register(KeyFigure)
class KeyFigureAdmin(EditorialAdmin, TabbedTranslationAdmin):
    list_display = ["value", "label", "order", "translation_status"]
    list_filter = [MissingTranslationFilter]
    list_editable = ["order"]
    search_fields = ["value_fr", "value_ar", "value_en", "label_fr", "label_ar", "label_en"]


@admin.register(Milestone)
class MilestoneAdmin(EditorialAdmin, TabbedTranslationAdmin):
    list_display = ["date", "text", "order", "translation_status"]
    list_filter = [MissingTranslationFilter]
    list_editable = ["order"]
    search_fields = ["date_fr", "date_ar", "date_en", "text_fr", "text_ar", "text_en"]
