"""Filters of the public lists, read from the query string."""

from django import forms

QUERY_MAX_LENGTH = 200


class QueryField(forms.CharField):
    """Words to look for, from the query string. A NUL character, which nobody types but a
    forged address can hold, is left out: shown back in the form it would break the page's
    HTML, and an error would name a character the visitor cannot see."""

    def to_python(self, value):
        return super().to_python(_without_nul(value))

    def bound_data(self, data, initial):
        return _without_nul(super().bound_data(data, initial))


def _without_nul(value):
    return value.replace("\x00", "") if isinstance(value, str) else value
