from django.urls import path

from projects import feeds, views

app_name = "projects"
urlpatterns = [
    path("", views.ProjectList.as_view(), name="list"),
    path("feed.atom", feeds.ProjectFeed(), name="feed"),
    path("<slug:slug>/", views.ProjectDetail.as_view(), name="detail"),
]
