from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from oim_site.editorial.admin import EditorialAdmin, PublishableAdmin, TabbedTranslationAdmin
from oim_site.editorial.translation_status import MissingTranslationFilter
from pages.models import MenuItem, Page


@admin.register(Page)
class PageAdmin(PublishableAdmin, TabbedTranslationAdmin):
    list_display = ["title", "parent", "slug", "is_published", "translation_status", "on_site"]
    list_filter = ["is_published", "parent", MissingTranslationFilter]
    list_select_related = ["parent"]
    search_fields = ["title_fr", "title_ar", "title_en", "summary_fr", "summary_ar", "summary_en"]
    prepopulated_fields = {"slug": ["title_fr"]}
    fields = ["title", "slug", "parent", "summary", "body", "is_published", "first_published_at"]


@admin.register(MenuItem)
class MenuItemAdmin(EditorialAdmin, TabbedTranslationAdmin):
    list_display = ["label", "menu", "order", "target", "translation_status"]
    list_filter = ["menu", MissingTranslationFilter]
    list_select_related = ["page__parent"]
    search_fields = ["label_fr", "label_ar", "label_en", "url", "section"]
    fieldsets = [
        (None, {"fields": ["menu", "order", "label"]}),
        (
            _("Target: one of the three"),
            {"fields": ["section", "page", "url"]},
        ),
    ]

    @admin.display(description=_("target"))
    def target(self, obj):
        if obj.section:
            return obj.section
        return obj.page or obj.url
