from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path

from axes.models import Axis
from oim_site import views
from oim_site.sitemaps import PageSitemap, PublishedSitemap
from partners.models import Partner
from projects.models import Project

sitemaps = {
    "pages": PageSitemap,
    "axes": PublishedSitemap(Axis),
    "projects": PublishedSitemap(Project),
    "partners": PublishedSitemap(Partner),
}

urlpatterns = [
    path(settings.ADMIN_PATH, admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    path("sitemap.xml", sitemap, {"sitemaps": sitemaps}, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots"),
    *i18n_patterns(
        path("", views.home, name="home"),
        path("mission/", views.mission, name="mission"),
        path("search/", views.search, name="search"),
        path("axes/", include("axes.urls")),
        path("projects/", include("projects.urls")),
        path("partners/", include("partners.urls")),
        path("open-data/", include("projects.opendata_urls")),
    ),
    *static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT),
]
