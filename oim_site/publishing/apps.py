from django.apps import AppConfig
from django.db.backends.signals import connection_created
from django.db.models.signals import post_migrate


class PublishingConfig(AppConfig):
    name = "oim_site.publishing"
    label = "publishing"

    def ready(self):
        from oim_site.publishing.roles import grant_content_permissions
        from oim_site.publishing.search import register_fold

        post_migrate.connect(grant_content_permissions, sender=self)
        connection_created.connect(register_fold)
