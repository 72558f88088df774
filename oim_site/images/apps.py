from django.apps import AppConfig


class ImagesConfig(AppConfig):
    """Checked uploads and their renditions; an app for its template tags."""

    name = "oim_site.images"
    label = "images"
