"""Public page names the admin links to, answered by a stub, for the admin's own tests."""

from django.contrib import admin
from django.http import HttpResponse
from django.urls import include, path


def page(request, slug=None):
    return HttpResponse()


def pages(namespace):
    return include(
        ([path("", page, name="list"), path("<slug:slug>/", page, name="detail")], namespace)
    )


urlpatterns = [
    path("admin/", admin.site.urls),
    path("", page, name="home"),
    path("axes/", pages("axes")),
    path("partners/", pages("partners")),
    path("projects/", pages("projects")),
]
