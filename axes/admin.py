from django.contrib import admin
from modeltranslation.admin import TabbedTranslationAdmin

from axes.models import Axis, Theme


@admin.register(Axis)
class AxisAdmin(TabbedTranslationAdmin):
    list_display = ["title", "slug", "order", "is_published", "updated_at"]
    list_filter = ["is_published"]
    list_editable = ["order"]
    search_fields = ["title_fr", "title_ar", "title_en", "summary_fr", "summary_ar", "summary_en"]
    prepopulated_fields = {"slug": ["title_fr"]}
    fields = ["title", "slug", "summary", "body", "icon", "order", "is_published"]


@admin.register(Theme)
class ThemeAdmin(TabbedTranslationAdmin):
    list_display = ["title", "slug", "order", "is_published", "updated_at"]
    list_filter = ["is_published"]
    list_editable = ["order"]
    search_fields = ["title_fr", "title_ar", "title_en"]
    prepopulated_fields = {"slug": ["title_fr"]}
    fields = ["title", "slug", "description", "order", "is_published"]
