from django import forms
from django.utils.translation import gettext_lazy as _

from axes.models import Axis
from news.models import Article
from oim_site.publishing.forms import NOT_OFFERED, FilterChoiceField, FilterForm, FilterSelect
from projects.models import Region


class ArticleFilterForm(FilterForm):
    """The filters of the news list."""

    kind = forms.ChoiceField(
        widget=FilterSelect,
        choices=[("", _("All kinds")), *Article.Kind.choices],
        error_messages={"invalid_choice": NOT_OFFERED},
        required=False,
        label=_("Kind"),
    )
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
    year = forms.ChoiceField(
        widget=FilterSelect,
        error_messages={"invalid_choice": NOT_OFFERED},
        required=False,
        label=_("Year"),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The years that have published articles, newest first: one query, made once for
        # the menu, the check of a value and its chip.
        years = [str(day.year) for day in Article.objects.published().dates("date", "year", "DESC")]
        self.fields["year"].choices = [("", _("All years")), *zip(years, years, strict=True)]

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
