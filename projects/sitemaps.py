from django.contrib.sitemaps import Sitemap

from projects.models import Project


class ProjectSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True

    def items(self):
        return Project.objects.published()

    def lastmod(self, item):
        return item.updated_at
