from django.urls import path

from publications import views

app_name = "publications"
urlpatterns = [
    path("", views.PublicationList.as_view(), name="list"),
    path("<slug:slug>/", views.PublicationDetail.as_view(), name="detail"),
]
