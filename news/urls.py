from django.urls import path

from news import feeds, views

app_name = "news"
urlpatterns = [
    path("", views.ArticleList.as_view(), name="list"),
    path("feed.atom", feeds.ArticleFeed(), name="feed"),
    path("feed/<slug:kind>.atom", feeds.ArticleFeed(), name="kind-feed"),
    path("<slug:slug>/", views.ArticleDetail.as_view(), name="detail"),
]
