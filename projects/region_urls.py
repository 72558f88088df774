from django.urls import path

from projects import views

app_name = "regions"
urlpatterns = [
    path("", views.RegionList.as_view(), name="list"),
    path("<slug:code>/", views.RegionDetail.as_view(), name="detail"),
]
