from django.contrib.sitemaps import Sitemap
from django.urls import reverse


class PageSitemap(Sitemap):
    """The pages that are not an object: home, mission, the lists and open data."""

    i18n = True
    alternates = True
    x_default = True

    def items(self):
        return ["home", "mission", "axes:list", "projects:list", "partners:list", "opendata:page"]

    def location(self, item):
        return reverse(item)
