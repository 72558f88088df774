from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from oim_site.publishing.content import sitemap_models
from projects.models import Region


class TranslatedSitemap(Sitemap):
    """Each address in every language, with hreflang alternates and an x-default."""

    i18n = True
    alternates = True
    x_default = True


class PageSitemap(TranslatedSitemap):
    """The pages that are not an object: home, mission, the lists and open data."""

    def items(self):
        return [
            "home",
            "mission",
            "axes:list",
            "projects:list",
            "partners:list",
            "news:list",
            "regions:list",
            "publications:list",
            "opendata:page",
        ]

    def location(self, item):
        return reverse(item)


class PublishedSitemap(TranslatedSitemap):
    """The detail pages of the published rows of a model."""

    def __init__(self, model):
        self.model = model

    def items(self):
        return self.model.objects.published()

    def lastmod(self, item):
        return item.updated_at


class RegionSitemap(TranslatedSitemap):
    """The twelve regions, which are not drafts: each has a page."""

    def items(self):
        return Region.objects.all()

    def lastmod(self, item):
        return item.updated_at


def sitemaps():
    """The sitemap's sections: the pages that are not an object, then every published row
    of each model with pages of its own."""
    return {
        "pages": PageSitemap,
        "regions": RegionSitemap,
        **{model._meta.label_lower: PublishedSitemap(model) for model in sitemap_models()},
    }
