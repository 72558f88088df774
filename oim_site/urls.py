from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.contrib import admin
from django.urls import include, path

from oim_site import views

urlpatterns = [
    path(settings.ADMIN_PATH, admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    *i18n_patterns(
        path("", views.home, name="home"),
    ),
    *static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT),
]
