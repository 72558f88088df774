"""Filters of the public lists, read from the query string."""

from django import forms
from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname

from oim_site.languages.attributes import fallback_attributes, language_attributes

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


# A stale or mistyped link names a choice the menu does not offer: the list ignores it.
NOT_OFFERED = _("This choice is not offered: the list is not filtered by it.")


class _FrenchLabel(str):
    """An option's label shown in French for want of a translation in the page's language."""


class _ChoiceIterator(forms.models.ModelChoiceIterator):
    """A menu's options from the slug and label columns of its rows, not from model
    instances: the menu needs only those columns, and there are hundreds of partners. A
    plain query, not QuerySet.iterator(), which on PostgreSQL is a server-side cursor: three
    round trips for one menu. A label is a _FrenchLabel when the column of its first text in
    the page's language is empty."""

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        own = build_localized_fieldname(self.field.columns[0], get_language())
        for slug, own_text, *texts in self.queryset.values_list("slug", own, *self.field.columns):
            label = self.field.option_label(*texts)
            yield (slug, label if own_text else _FrenchLabel(label))


class FilterSelect(forms.Select):
    """Django's menu, whose option for a _FrenchLabel says it is French. Its template writes
    the options itself rather than including a template for each: the partners' menu has
    hundreds."""

    template_name = "includes/filter_select.html"

    def create_option(self, name, value, label, selected, index, subindex=None, attrs=None):
        option = super().create_option(name, value, label, selected, index, subindex, attrs)
        if isinstance(label, _FrenchLabel):
            option["language"] = language_attributes(settings.LANGUAGE_CODE)
        return option


class FilterChoiceField(forms.ModelChoiceField):
    """A menu of `queryset` by slug; `option_label` makes an option's text from a row's
    `columns`."""

    iterator = _ChoiceIterator
    widget = FilterSelect
    default_error_messages = {"invalid_choice": NOT_OFFERED}

    def __init__(self, queryset, columns, option_label=str, **kwargs):
        super().__init__(queryset, to_field_name="slug", required=False, **kwargs)
        self.columns = columns
        self.option_label = option_label


class FilterMenu(forms.ChoiceField):
    """A menu of fixed choices (a status, a kind, a language); the first is "all"."""

    widget = FilterSelect
    default_error_messages = {"invalid_choice": NOT_OFFERED}

    def __init__(self, choices, **kwargs):
        super().__init__(choices=choices, required=False, **kwargs)


class FilterForm(forms.Form):
    """The filters of a public list, read from the query string.

    A value that does not validate (an unknown slug, a query too long) is left out and
    the other filters still apply; the form shows what was wrong.
    """

    def active_filters(self):
        """(label, value shown, lang and dir of a value shown in French for want of a
        translation) of each filter that applies, with the query string without it."""
        active = []
        for name, value in self.cleaned_data.items():
            if not value:
                continue
            field = self.fields[name]
            shown = dict(field.choices)[value] if isinstance(field, FilterMenu) else value
            translated = isinstance(field, FilterChoiceField)
            language = fallback_attributes(value, field.columns[0]) if translated else ""
            remaining = self.data.copy()
            remaining.pop(name)
            remaining.pop("page", None)
            active.append((field.label, shown, language, remaining.urlencode()))
        return active
