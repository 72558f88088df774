from django.contrib import admin

from news.models import Article
from oim_site.editorial.admin import PublishableAdmin, TabbedTranslationAdmin
from oim_site.editorial.translation_status import MissingTranslationFilter


@admin.register(Article)
class ArticleAdmin(PublishableAdmin, TabbedTranslationAdmin):
    list_display = ["title", "kind", "date", "is_published", "translation_status", "on_site"]
    list_filter = [
        "is_published",
        "kind",
        "axes",
        "regions",
        "featured",
        "is_demo",
        MissingTranslationFilter,
    ]
    search_fields = ["title_fr", "title_ar", "title_en", "summary_fr", "summary_ar", "summary_en"]
    prepopulated_fields = {"slug": ["title_fr"]}
    autocomplete_fields = ["projects", "partners"]
    filter_horizontal = ["axes", "regions"]
    date_hierarchy = "date"
    fieldsets = [
        (None, {"fields": ["kind", "title", "slug", "summary", "body"]}),
        (None, {"fields": ["dateline", "date", "image", "image_alt"]}),
        (None, {"fields": ["axes", "projects", "partners", "regions"]}),
        (None, {"fields": ["featured", "is_published", "first_published_at", "is_demo"]}),
    ]
