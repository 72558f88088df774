from django.contrib import admin

from oim_site.editorial.admin import EditorialAdmin
from oim_site.publishing.models import Redirect


@admin.register(Redirect)
class RedirectAdmin(EditorialAdmin):
    """Written by the site when an address changes; added by hand by Publishers (Editors only
    see them: roles.py)."""

    list_display = ["old_path", "new_path", "updated_at"]
    search_fields = ["old_path", "new_path"]
    fields = ["old_path", "new_path"]
