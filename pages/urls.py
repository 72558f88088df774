from django.urls import path

from pages import views

app_name = "pages"
urlpatterns = [
    path("<slug:slug>/", views.PageDetail.as_view(), name="page"),
    path("<slug:parent>/<slug:slug>/", views.PageDetail.as_view(), name="child"),
]
