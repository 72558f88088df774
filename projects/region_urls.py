from django.urls import path

from projects import views

app_name = "regions"
urlpatterns = [
    path("", views.RegionList.as_view(), name="list"),
    # Any code the database holds: a region is found by it whatever it became.
    path("<str:code>/", views.RegionDetail.as_view(), name="detail"),
]
