from django.contrib import admin
from modeltranslation.admin import TabbedTranslationAdmin

from partners.models import Partner


@admin.register(Partner)
class PartnerAdmin(TabbedTranslationAdmin):
    list_display = ["name", "acronym", "kind", "is_published", "is_demo", "updated_at"]
    list_filter = ["kind", "is_published", "is_demo"]
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
        "is_published",
        "is_demo",
    ]
