from django import forms
from django.utils.translation import gettext_lazy as _

from oim_site.publishing.forms import QUERY_MAX_LENGTH, QueryField


class SearchForm(forms.Form):
    q = QueryField(label=_("Search the site"), max_length=QUERY_MAX_LENGTH, required=False)
