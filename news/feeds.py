from django.http import Http404
from django.urls import reverse
from django.utils.translation import gettext

from news.models import Article
from oim_site.publishing.feeds import FEED_LENGTH, ContentFeed


class ArticleFeed(ContentFeed):
    """The newest published articles, of every kind or of one (`kind` in the address)."""

    def get_object(self, request, kind=None):
        if kind is not None and kind not in Article.Kind.values:
            raise Http404
        return kind and Article.Kind(kind)

    def title(self, kind):
        if kind:
            return gettext("IOM Morocco: %(kind)s") % {"kind": kind.label}
        return gettext("IOM Morocco: news")

    def subtitle(self, kind):
        return gettext("The latest press releases, news and stories of the IOM mission in Morocco.")

    def link(self, kind):
        return reverse("news:list") + (f"?kind={kind}" if kind else "")

    def items(self, kind):
        articles = Article.objects.published()
        return (articles.filter(kind=kind) if kind else articles)[:FEED_LENGTH]

    def item_pubdate(self, item):
        return item.first_published_at
