from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from axes.models import Axis, Theme
from oim_site.editorial.forms import PublishableForm
from oim_site.publishing.forms import (
    QUERY_MAX_LENGTH,
    FilterChoiceField,
    FilterForm,
    FilterMenu,
    QueryField,
)
from partners.models import Partner, name_with_acronym
from projects.models import IATI_IDENTIFIER, Project, Region, iati_identifier


class ProjectFilterForm(FilterForm):
    """The filters of the projects list, read from the query string."""

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
    status = FilterMenu([("", _("All statuses")), *Project.Status.choices], label=_("Status"))
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


class ProjectAdminForm(PublishableForm):
    """A new project may be given the organisation's own code, which makes its IATI
    identifier; without one, a code is generated (Project.set_iati_identifier)."""

    project_code = forms.CharField(
        label=_("Project code"),
        max_length=100,
        required=False,
        validators=[IATI_IDENTIFIER],
        help_text=_(
            "The organisation’s own code for this project, if it has one (for example "
            "“PX.0453”): the IATI identifier is made of it once, when the project is created."
        ),
    )

    def clean_project_code(self):
        code = self.cleaned_data["project_code"]
        if code and Project.objects.filter(iati_identifier=iati_identifier(code)).exists():
            raise ValidationError(
                _("Another project has the code %(code)s already."), params={"code": code}
            )
        return code

    def save(self, commit=True):
        if self.instance._state.adding:
            self.instance.set_iati_identifier(self.cleaned_data.get("project_code"))
        return super().save(commit)
