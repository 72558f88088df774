from django import forms
from django.utils.translation import gettext_lazy as _

from axes.models import Axis, Theme
from oim_site.forms import QUERY_MAX_LENGTH
from partners.models import Partner
from projects.models import Project, Region


class ProjectFilterForm(forms.Form):
    """The filters of the projects list, read from the query string.

    A value that does not validate (an unknown slug, a query too long) is left out and
    the other filters still apply; the form shows what was wrong.
    """

    q = forms.CharField(label=_("Words"), max_length=QUERY_MAX_LENGTH, required=False)
    axis = forms.ModelChoiceField(
        Axis.objects.published(),
        to_field_name="slug",
        required=False,
        label=_("Axis"),
        empty_label=_("All axes"),
    )
    theme = forms.ModelChoiceField(
        Theme.objects.published(),
        to_field_name="slug",
        required=False,
        label=_("Theme"),
        empty_label=_("All themes"),
    )
    status = forms.ChoiceField(
        choices=[("", _("All statuses")), *Project.Status.choices],
        required=False,
        label=_("Status"),
    )
    region = forms.ModelChoiceField(
        Region.objects.all(),
        to_field_name="slug",
        required=False,
        label=_("Region"),
        empty_label=_("All regions"),
    )
    partner = forms.ModelChoiceField(
        Partner.objects.published(),
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
