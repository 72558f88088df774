from django.contrib.sitemaps import Sitemap

from partners.models import Partner


class PartnerSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True

    def items(self):
        return Partner.objects.published()

    def lastmod(self, item):
        return item.updated_at
