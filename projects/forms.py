from django import forms
from django.conf import settings
from django.forms.utils import flatatt
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from axes.models import Axis, Theme
from oim_site.forms import QUERY_MAX_LENGTH
from partners.models import Partner
from projects.models import Project, Region


def _choices(queryset, *fields):
    """The rows of a filter's menu, with only their slug and the translated `fields`."""
    columns = [f"{field}_{code}" for field in fields for code, _name in settings.LANGUAGES]
    return queryset.only("slug", *columns)


class _ChoiceIterator(forms.models.ModelChoiceIterator):
    # Django reads the choices with QuerySet.iterator(): on PostgreSQL a server-side cursor,
    # three round trips for a menu of a few dozen rows.
    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        for obj in self.queryset:
            yield self.choice(obj)


class _FilterSelect(forms.Select):
    """A menu rendered in Python, with the markup of Django's template: that template, one
    per option, took most of the page's time for the hundreds of partners."""

    def render(self, name, value, attrs=None, renderer=None):
        widget = self.get_context(name, value, attrs)["widget"]
        options = "".join(
            f'\n  <option value="{conditional_escape(option["value"])}"'
            f"{flatatt(option['attrs'])}>{conditional_escape(option['label'])}</option>"
            for _group, options, _index in widget["optgroups"]
            for option in options
        )
        select = f'<select name="{conditional_escape(name)}"{flatatt(widget["attrs"])}>'
        return mark_safe(f"{select}{options}\n</select>")


class _FilterChoiceField(forms.ModelChoiceField):
    iterator = _ChoiceIterator
    widget = _FilterSelect


class ProjectFilterForm(forms.Form):
    """The filters of the projects list, read from the query string.

    A value that does not validate (an unknown slug, a query too long) is left out and
    the other filters still apply; the form shows what was wrong.
    """

    q = forms.CharField(label=_("Words"), max_length=QUERY_MAX_LENGTH, required=False)
    axis = _FilterChoiceField(
        _choices(Axis.objects.published(), "title"),
        to_field_name="slug",
        required=False,
        label=_("Axis"),
        empty_label=_("All axes"),
    )
    theme = _FilterChoiceField(
        _choices(Theme.objects.published(), "title"),
        to_field_name="slug",
        required=False,
        label=_("Theme"),
        empty_label=_("All themes"),
    )
    status = forms.ChoiceField(
        widget=_FilterSelect,
        choices=[("", _("All statuses")), *Project.Status.choices],
        required=False,
        label=_("Status"),
    )
    region = _FilterChoiceField(
        _choices(Region.objects.all(), "name"),
        to_field_name="slug",
        required=False,
        label=_("Region"),
        empty_label=_("All regions"),
    )
    partner = _FilterChoiceField(
        _choices(Partner.objects.published(), "name", "acronym"),
        to_field_name="slug",
        required=False,
        label=_("Partner"),
        empty_label=_("All partners"),
    )

    def filter(self, projects):
        self.is_valid()
        values = {name: value for name, value in self.cleaned_data.items() if value}
        if "q" in values:
            projects = projects.search(values["q"], "title", "summary", "body")
        if "axis" in values:
            projects = projects.filter(axis=values["axis"])
        if "theme" in values:
            projects = projects.filter(themes=values["theme"])
        if "status" in values:
            projects = projects.filter(status=values["status"])
        if "region" in values:
            projects = projects.filter(regions=values["region"])
        if "partner" in values:
            # A partner can hold two roles in one project.
            projects = projects.filter(partners=values["partner"]).distinct()
        return projects

    def active_filters(self):
        """(label, value shown) of each filter that applies, with the query string without it."""
        active = []
        for name, value in self.cleaned_data.items():
            if not value:
                continue
            shown = dict(self.fields[name].choices)[value] if name == "status" else value
            remaining = self.data.copy()
            remaining.pop(name)
            remaining.pop("page", None)
            active.append((self.fields[name].label, shown, remaining.urlencode()))
        return active
