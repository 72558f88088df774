import re

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path, re_path
from django.views.static import serve

from oim_site import health, views
from oim_site.mission import views as mission_views
from oim_site.publishing.sitemaps import sitemaps
from publications import views as publication_views

handler500 = "oim_site.views.server_error"

urlpatterns = [
    path(settings.ADMIN_PATH, admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    path("sitemap.xml", sitemap, {"sitemaps": sitemaps()}, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots"),
    path("healthz", health.healthz, name="healthz"),
    # Outside the languages' addresses, which the page cache stores: files are sent as stored.
    path(
        "publications/files/<int:pk>/<str:digest>/<str:name>",
        publication_views.publication_file,
        name="publication_file",
    ),
    *i18n_patterns(
        path("", mission_views.home, name="home"),
        path("mission/", mission_views.mission, name="mission"),
        path("search/", views.search, name="search"),
        path("axes/", include("axes.urls")),
        path("projects/", include("projects.urls")),
        path("partners/", include("partners.urls")),
        path("news/", include("news.urls")),
        path("regions/", include("projects.region_urls")),
        path("publications/", include("publications.urls")),
        path("open-data/", include("projects.opendata.urls")),
        # Last: a page's slug is any word the site's own sections do not use
        # (pages.sections.reserved_slugs).
        path("", include("pages.urls")),
    ),
]

if settings.SERVE_MEDIA:
    # Uploads on the local disk; a proxy in front may serve MEDIA_ROOT itself instead.
    urlpatterns += [
        re_path(
            rf"^{re.escape(settings.MEDIA_URL.lstrip('/'))}(?P<path>.*)$",
            serve,
            {"document_root": settings.MEDIA_ROOT},
        ),
    ]
