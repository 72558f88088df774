from django.contrib import admin

from axes.models import Axis, Theme
from oim_site.editorial.admin import PublishableAdmin, TabbedTranslationAdmin
from oim_site.editorial.translation_status import MissingTranslationFilter


@admin.register(Axis)
class AxisAdmin(PublishableAdmin, TabbedTranslationAdmin):
    list_display = [
        "title",
        "order",
        "is_published",
        "translation_status",
        "on_site",
    ]
    list_filter = ["is_published", MissingTranslationFilter]
    list_editable = ["order"]
    search_fields = ["title_fr", "title_ar", "title_en", "summary_fr", "summary_ar", "summary_en"]
    prepopulated_fields = {"slug": ["title_fr"]}
    fields = [
        "title",
        "slug",
        "summary",
        "body",
        "icon",
        "order",
        "is_published",
        "first_published_at",
    ]


@admin.register(Theme)
class ThemeAdmin(PublishableAdmin, TabbedTranslationAdmin):
    list_display = [
        "title",
        "order",
        "is_published",
        "translation_status",
        "on_site",
    ]
    list_filter = ["is_published", MissingTranslationFilter]
    list_editable = ["order"]
    search_fields = ["title_fr", "title_ar", "title_en"]
    prepopulated_fields = {"slug": ["title_fr"]}
    fields = ["title", "slug", "description", "order", "is_published", "first_published_at"]
    kept_by = ["projects"]
