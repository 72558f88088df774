from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MissionConfig(AppConfig):
    name = "oim_site.mission"
    # The label the app had as the project package: its tables, migrations, permissions and
    # admin addresses are named after it.
    label = "oim_site"
    verbose_name = _("Mission")
