from django.contrib.admin import apps


class AdminConfig(apps.AdminConfig):
    """The admin, on the site's own class (titles, login rate limit)."""

    default_site = "oim_site.editorial.site.AdminSite"
