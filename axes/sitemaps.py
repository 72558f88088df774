from django.contrib.sitemaps import Sitemap

from axes.models import Axis


class AxisSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True

    def items(self):
        return Axis.objects.published()

    def lastmod(self, item):
        return item.updated_at
