"""What counts as content, found from the models rather than listed by hand.

A model is content when it inherits TimeStamped (oim_site.publishing.models): its tables get
the page cache's triggers and the Editor and Publisher groups its permissions. A Publishable
also appears in the sitemap, unless it has no page of its own, and on the search page when it
has search columns. tests/test_content_models.py walks every installed app to hold it so.
"""

from django.apps import apps
from django.conf import settings

from oim_site.publishing.models import Publishable, TimeStamped


def content_models():
    """Every concrete model of content, in the order of INSTALLED_APPS."""
    return [model for model in apps.get_models() if issubclass(model, TimeStamped)]


def publishable_models():
    return [model for model in content_models() if issubclass(model, Publishable)]


def sitemap_models():
    return [model for model in publishable_models() if model.has_own_page]


def searchable_models():
    """The publishable models with a search column in the site's first language."""
    column = f"search_{settings.LANGUAGE_CODE}"
    return [
        model
        for model in publishable_models()
        if any(field.name == column for field in model._meta.get_fields())
    ]


def search_template(model):
    return f"{model._meta.app_label}/{model._meta.model_name}_search.html"
