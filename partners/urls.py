from django.urls import path

from partners import views

app_name = "partners"
urlpatterns = [
    path("", views.PartnerList.as_view(), name="list"),
    path("<slug:slug>/", views.PartnerDetail.as_view(), name="detail"),
]
