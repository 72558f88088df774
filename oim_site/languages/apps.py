from django.apps import AppConfig


class LanguagesConfig(AppConfig):
    """Language helpers and date formats; an app for its template tags."""

    name = "oim_site.languages"
    label = "languages"
