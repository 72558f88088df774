from django import forms
from django.utils.translation import gettext_lazy as _

QUERY_MAX_LENGTH = 200


class QueryField(forms.CharField):
    """Words to look for, from the query string. A NUL character, which nobody types but a
    forged address can hold, is left out: shown back in the form, it broke the page's HTML,
    and the visitor was told of a character they could not see."""

    def to_python(self, value):
        return super().to_python(_without_nul(value))

    def bound_data(self, data, initial):
        return _without_nul(super().bound_data(data, initial))


def _without_nul(value):
    return value.replace("\x00", "") if isinstance(value, str) else value


class SearchForm(forms.Form):
    q = QueryField(label=_("Search the site"), max_length=QUERY_MAX_LENGTH, required=False)
