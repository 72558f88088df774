from django.utils.translation import gettext_lazy as _

from axes.models import Axis
from news.models import Article
from oim_site.publishing.forms import FilterChoiceField, FilterForm, FilterMenu, year_choices
from projects.models import Region


class ArticleFilterForm(FilterForm):
    """The filters of the news list."""

    kind = FilterMenu([("", _("All kinds")), *Article.Kind.choices], label=_("Kind"))
    axis = FilterChoiceField(
        Axis.objects.published(),
        ["title"],
        label=_("Axis"),
        empty_label=_("All axes"),
    )
    region = FilterChoiceField(
        Region.objects.all(),
        ["name"],
        label=_("Region"),
        empty_label=_("All regions"),
    )
    year = FilterMenu([], label=_("Year"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        years = Article.objects.published().values_list("date__year", flat=True)
        self.fields["year"].choices = year_choices(years.order_by("-date__year").distinct())

    def filter(self, articles):
        values = self.valid_values()
        if "kind" in values:
            articles = articles.filter(kind=values["kind"])
        if "axis" in values:
            articles = articles.filter(axes=values["axis"])
        if "region" in values:
            articles = articles.filter(regions=values["region"])
        if "year" in values:
            articles = articles.filter(date__year=int(values["year"]))
        return articles
