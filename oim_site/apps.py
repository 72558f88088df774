from django.apps import AppConfig
from django.contrib.admin import apps
from django.utils.translation import gettext_lazy as _


class OimSiteConfig(AppConfig):
    name = "oim_site"
    verbose_name = _("Mission")


class AdminConfig(apps.AdminConfig):
    """The admin, on our site class (login rate limit, titles)."""

    # Not the configuration of the oim_site app itself.
    default = False
    default_site = "oim_site.admin_site.AdminSite"
