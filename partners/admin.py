from django.contrib import admin

from oim_site.editorial.admin import PublishableAdmin, TabbedTranslationAdmin
from oim_site.editorial.translation_status import MissingTranslationFilter
from partners.models import Partner


@admin.register(Partner)
class PartnerAdmin(PublishableAdmin, TabbedTranslationAdmin):
    list_display = [
        "name",
        "acronym",
        "kind",
        "is_published",
        "translation_status",
        "on_site",
    ]
    list_filter = ["kind", "is_published", "is_demo", MissingTranslationFilter]
    search_fields = ["name_fr", "name_ar", "name_en", "acronym_fr", "acronym_ar", "acronym_en"]
    prepopulated_fields = {"slug": ["name_fr"]}
    fields = [
        "name",
        "acronym",
        "slug",
        "kind",
        "description",
        "country",
        "website",
        "logo",
        "logo_alt",
        "is_published",
        "first_published_at",
        "is_demo",
    ]
