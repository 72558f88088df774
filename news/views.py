import json

from django.db.models import Q
from django.templatetags.static import static
from django.utils.translation import get_language, gettext
from django.views.generic import DetailView, ListView

from news.forms import ArticleFilterForm
from news.models import RELATED_SHOWN, Article
from oim_site.page_cache.query import reads_query

ARTICLES_PER_PAGE = 12
# What keeps a JSON text inside a <script> element from closing it or opening a comment,
# as Django's json_script does.
_SCRIPT_SAFE = str.maketrans({"<": "\\u003C", ">": "\\u003E", "&": "\\u0026"})


@reads_query(*ArticleFilterForm.base_fields, ListView.page_kwarg)
class ArticleList(ListView):
    template_name = "news/list.html"
    context_object_name = "articles"
    paginate_by = ARTICLES_PER_PAGE

    def get_queryset(self):
        self.form = ArticleFilterForm(self.request.GET)
        return self.form.filter(Article.objects.published().cards())

    def get_context_data(self, **kwargs):
        return super().get_context_data(form=self.form, kinds=Article.Kind, **kwargs)


class ArticleDetail(DetailView):
    template_name = "news/detail.html"
    context_object_name = "article"

    def get_queryset(self):
        return Article.objects.visible_to(self.request.user)

    def get_context_data(self, **kwargs):
        # One plain query each: for a single article, prefetch_related() makes the same
        # queries with more work around them.
        article = self.object
        return super().get_context_data(
            axes=article.axes.published(),
            projects=article.projects.published().cards(),
            partners=article.partners.published(),
            regions=article.regions.all(),
            related=related_articles(article),
            structured_data=structured_data(article, self.request),
            **kwargs,
        )


def related_articles(article):
    """The newest other published articles that share an axis, a project, a partner or a
    region with `article`: one query, its links read in subqueries."""
    shared = (
        Q(axes__in=article.axes.values("pk"))
        | Q(projects__in=article.projects.values("pk"))
        | Q(partners__in=article.partners.values("pk"))
        | Q(regions__in=article.regions.values("pk"))
    )
    matches = Article.objects.published().filter(shared).exclude(pk=article.pk).distinct()
    return matches.cards()[:RELATED_SHOWN]


def structured_data(article, request):
    """schema.org's NewsArticle for `article`, as JSON safe inside a <script> element."""
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title[:110],
        "description": article.summary,
        "inLanguage": get_language(),
        "mainEntityOfPage": request.build_absolute_uri(article.get_absolute_url()),
        "dateModified": article.updated_at.isoformat(),
        "publisher": {
            "@type": "Organization",
            "name": gettext("IOM Morocco"),
            "logo": {
                "@type": "ImageObject",
                "url": request.build_absolute_uri(static("img/favicon.svg")),
            },
        },
    }
    if article.date:
        data["datePublished"] = article.date.isoformat()
    if article.dateline:
        data["dateline"] = article.dateline
    if article.image:
        data["image"] = request.build_absolute_uri(article.image.url)
    return json.dumps(data, ensure_ascii=False).translate(_SCRIPT_SAFE)
