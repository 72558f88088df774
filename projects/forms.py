from django import forms
from django.utils.translation import gettext_lazy as _

from axes.models import Axis, Theme
from oim_site.publishing.forms import (
    NOT_OFFERED,
    QUERY_MAX_LENGTH,
    FilterChoiceField,
    FilterForm,
    FilterSelect,
    QueryField,
)
from partners.models import Partner, name_with_acronym
from projects.models import Project, Region


class ProjectFilterForm(FilterForm):
    """The filters of the projects list."""

    q = QueryField(label=_("Words"), max_length=QUERY_MAX_LENGTH, required=False)
    axis = FilterChoiceField(
        Axis.objects.published(),
        ["title"],
        label=_("Axis"),
        empty_label=_("All axes"),
    )
    theme = FilterChoiceField(
        Theme.objects.published(),
        ["title"],
        label=_("Theme"),
        empty_label=_("All themes"),
    )
    status = forms.ChoiceField(
        widget=FilterSelect,
        choices=[("", _("All statuses")), *Project.Status.choices],
        error_messages={"invalid_choice": NOT_OFFERED},
        required=False,
        label=_("Status"),
    )
    region = FilterChoiceField(
        Region.objects.all(),
        ["name"],
        label=_("Region"),
        empty_label=_("All regions"),
    )
    partner = FilterChoiceField(
        Partner.objects.published(),
        ["name", "acronym"],
        option_label=name_with_acronym,
        label=_("Partner"),
        empty_label=_("All partners"),
    )

    def filter(self, projects):
        values = self.valid_values()
        if "q" in values:
            projects = projects.search(values["q"])
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
