from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OimSiteConfig(AppConfig):
    name = "oim_site"
    verbose_name = _("Mission")
