from django.urls import path

from projects.opendata import views

app_name = "opendata"
urlpatterns = [
    path("", views.page, name="page"),
    path("projects.json", views.projects_json, name="projects_json"),
    path("projects.csv", views.projects_csv, name="projects_csv"),
    path("iati-activities.xml", views.iati_activities, name="iati_activities"),
]
