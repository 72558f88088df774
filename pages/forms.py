from django import forms
from django.utils.translation import gettext_lazy as _

from oim_site.editorial.forms import ConcurrentEditForm
from pages.sections import sections


def section_choices():
    return [("", "---------"), *((name, f"{path} ({name})") for name, path in sections())]


class MenuItemForm(ConcurrentEditForm):
    # Read when the form is built: a section added to the site is offered without a migration.
    section = forms.ChoiceField(
        label=_("section of the site"),
        choices=section_choices,
        required=False,
        help_text=_("A list or page of the site itself, such as the projects."),
    )
