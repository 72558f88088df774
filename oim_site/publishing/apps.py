from django.apps import AppConfig
from django.db.backends.signals import connection_created
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class PublishingConfig(AppConfig):
    name = "oim_site.publishing"
    label = "publishing"
    verbose_name = _("Site addresses")

    def ready(self):
        from oim_site.publishing.roles import grant_content_permissions
        from oim_site.publishing.search import register_fold

        post_migrate.connect(grant_content_permissions, sender=self)
        connection_created.connect(register_fold)
