from django.apps import AppConfig
from django.conf import settings
from django.contrib.admin import apps
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class OimSiteConfig(AppConfig):
    name = "oim_site"
    verbose_name = _("Mission")

    def ready(self):
        from oim_site.content_version import install_after_migrate

        post_migrate.connect(install_after_migrate, sender=self)
        if settings.DEBUG:
            from django.utils.autoreload import file_changed

            from oim_site.page_cache import code_version

            # runserver reloads an edited template or catalogue without restarting: pages
            # stored before the edit must not be served after it.
            file_changed.connect(lambda **kwargs: code_version.cache_clear(), weak=False)


class AdminConfig(apps.AdminConfig):
    """The admin, on our site class (login rate limit, titles)."""

    # Not the configuration of the oim_site app itself.
    default = False
    default_site = "oim_site.admin_site.AdminSite"
