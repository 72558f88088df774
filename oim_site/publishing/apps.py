from django.apps import AppConfig
from django.db.models.signals import post_migrate


class PublishingConfig(AppConfig):
    name = "oim_site.publishing"
    label = "publishing"

    def ready(self):
        from oim_site.publishing.roles import grant_content_permissions

        post_migrate.connect(grant_content_permissions, sender=self)
