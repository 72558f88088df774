from django.contrib.sitemaps import Sitemap
from django.urls import reverse


class PageSitemap(Sitemap):
    """The pages that are not an object: home, mission and the lists."""

    i18n = True
    alternates = True
    x_default = True

    def items(self):
        return ["home", "mission", "axes:list", "projects:list", "partners:list"]

    def location(self, item):
        return reverse(item)
