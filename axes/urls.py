from django.urls import path

from axes import views

app_name = "axes"
urlpatterns = [
    path("", views.AxisList.as_view(), name="list"),
    path("<slug:slug>/", views.AxisDetail.as_view(), name="detail"),
]
