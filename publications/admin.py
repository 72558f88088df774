from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from oim_site.editorial.admin import EditorialAdmin, PublishableAdmin, TabbedTranslationAdmin
from oim_site.editorial.forms import CHOOSE_AGAIN
from oim_site.editorial.translation_status import MissingTranslationFilter
from publications.forms import AtLeastOneFile, PublicationFileForm
from publications.models import Publication, PublicationFile, file_size


class PublicationFileInline(admin.TabularInline):
    model = PublicationFile
    form = PublicationFileForm
    formset = AtLeastOneFile
    fields = ["language", "file", "pages", "size_shown"]
    readonly_fields = ["pages", "size_shown"]
    extra = 1
    max_num = len(PublicationFile._meta.get_field("language").choices)

    @admin.display(description=_("size"))
    def size_shown(self, obj):
        return file_size(obj.size) if obj.size else "—"


@admin.register(Publication)
class PublicationAdmin(PublishableAdmin, TabbedTranslationAdmin):
    list_display = [
        "title",
        "kind",
        "year",
        "languages",
        "is_published",
        "translation_status",
        "on_site",
    ]
    list_filter = ["kind", "year", "is_published", "axes", "is_demo", MissingTranslationFilter]
    search_fields = ["title_fr", "title_ar", "title_en", "summary_fr", "summary_ar", "summary_en"]
    prepopulated_fields = {"slug": ["title_fr"]}
    autocomplete_fields = ["projects"]
    filter_horizontal = ["axes"]
    inlines = [PublicationFileInline]
    fieldsets = [
        (None, {"fields": ["title", "slug", "kind", "summary", "year", "month"]}),
        (None, {"fields": ["projects", "axes"]}),
        (None, {"fields": ["is_published", "first_published_at", "is_demo"]}),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("files")

    @admin.display(description=_("files"))
    def languages(self, obj):
        return ", ".join(file.language.upper() for file in obj.files.all()) or "—"

    def render_change_form(self, request, context, add=False, change=False, **kwargs):
        # A good file beside a refused one (or beside another error) is not kept either.
        for inline in context.get("inline_admin_formsets", []):
            for each in inline.formset.forms:
                name = each.add_prefix("file")
                if name in request.FILES and each.is_bound and "file" not in each.errors:
                    each.add_error("file", CHOOSE_AGAIN)
        return super().render_change_form(request, context, add, change, **kwargs)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        # Search reads each language's text from its file, read when the file was uploaded.
        uploaded = {
            each.instance.language: each.instance.text
            for formset in formsets
            for each in formset.forms
            if each.instance.pk and hasattr(each.instance, "text")
        }
        publication = form.instance
        publication.read_file_texts(publication.files.values_list("language", flat=True), uploaded)
        publication.save(update_fields=["file_text_fr", "file_text_ar", "file_text_en"])


@admin.register(PublicationFile)
class PublicationFileAdmin(EditorialAdmin):
    """The files of every publication, to find one; each is changed on its publication's page,
    where search reads its text."""

    list_display = ["publication", "language", "pages", "size_shown"]
    list_filter = ["language"]
    list_select_related = ["publication"]
    search_fields = ["publication__title_fr", "publication__title_ar", "publication__title_en"]
    fields = ["publication", "language", "pages", "size_shown"]
    readonly_fields = fields
    size_shown = PublicationFileInline.size_shown

    def has_add_permission(self, request):
        return False
