import reversion
from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from oim_site.editorial.admin import EditorialAdmin, PublishableAdmin, TabbedTranslationAdmin
from oim_site.editorial.translation_status import MissingTranslationFilter
from projects.forms import ProjectAdminForm
from projects.models import Partnership, Project, Region


class PartnershipInline(admin.TabularInline):
    model = Partnership
    autocomplete_fields = ["partner"]
    extra = 1


@admin.register(Project)
class ProjectAdmin(PublishableAdmin, TabbedTranslationAdmin):
    list_display = [
        "title",
        "axis",
        "status",
        "is_published",
        "translation_status",
        "on_site",
    ]
    list_filter = [
        "is_published",
        "status",
        "axis",
        "themes",
        "regions",
        "featured",
        "is_demo",
        MissingTranslationFilter,
    ]
    list_select_related = ["axis"]
    search_fields = [
        *("title_fr", "title_ar", "title_en", "summary_fr", "summary_ar", "summary_en"),
        "iati_identifier",
    ]
    prepopulated_fields = {"slug": ["title_fr"]}
    autocomplete_fields = ["axis"]
    filter_horizontal = ["themes", "regions"]
    date_hierarchy = "start_date"
    inlines = [PartnershipInline]
    form = ProjectAdminForm
    fieldsets = [
        (None, {"fields": ["title", "slug", "axis", "themes", "summary", "body"]}),
        (None, {"fields": ["status", "start_date", "end_date", "budget", "currency"]}),
        (None, {"fields": ["regions", "beneficiaries", "image", "image_alt"]}),
        (None, {"fields": ["featured", "is_published", "first_published_at", "is_demo"]}),
    ]

    def get_fieldsets(self, request, obj=None):
        # A new project may be given its own code; once created, it has its identifier.
        iati = ["project_code"] if obj is None else ["iati_identifier"]
        first, *others = super().get_fieldsets(request, obj)
        return [first, (_("IATI"), {"fields": iati}), *others]

    def get_readonly_fields(self, request, obj=None):
        readonly = super().get_readonly_fields(request, obj)
        # Changing an activity's identifier makes it another activity for IATI: publishers only.
        if obj is not None and not self.has_publish_permission(request):
            readonly = [*readonly, "iati_identifier"]
        return readonly


@admin.register(Partnership)
class PartnershipAdmin(EditorialAdmin):
    list_display = ["project", "partner", "role"]
    list_filter = ["role"]
    list_select_related = ["project", "partner"]
    search_fields = ["project__title_fr", "partner__name_fr", "partner__acronym_fr"]
    autocomplete_fields = ["project", "partner"]

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        # A project's versions hold its partnerships: record the project as it is now.
        reversion.add_to_revision(obj.project)


@admin.register(Region)
class RegionAdmin(EditorialAdmin, TabbedTranslationAdmin):
    list_display = ["name", "code", "order", "translation_status"]
    list_filter = [MissingTranslationFilter]
    search_fields = ["name_fr", "name_ar", "name_en", "code"]
    prepopulated_fields = {"slug": ["name_fr"]}
    fields = ["name", "slug", "code", "order"]
    kept_by = ["projects"]
