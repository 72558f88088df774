from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MissionConfig(AppConfig):
    name = "oim_site.mission"
    # Its tables, migrations, permissions and admin addresses are named after this label,
    # the project package's.
    label = "oim_site"
    verbose_name = _("Mission")
