from django.apps import AppConfig
from django.conf import settings
from django.db.models.signals import post_migrate


class PageCacheConfig(AppConfig):
    name = "oim_site.page_cache"
    label = "page_cache"

    def ready(self):
        from oim_site.page_cache.content_version import install_after_migrate

        # After every app's migrations: the triggers need the tables of all of them.
        post_migrate.connect(install_after_migrate, sender=self)
        if settings.DEBUG:
            from django.utils.autoreload import file_changed

            from oim_site.page_cache.code_version import code_version

            # runserver reloads an edited template or catalogue without restarting: pages
            # stored before the edit must not be served after it.
            file_changed.connect(lambda **kwargs: code_version.cache_clear(), weak=False)
