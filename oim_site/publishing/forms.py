"""Filters of the public lists, read from the query string."""

from django import forms
from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname

from oim_site.languages.attributes import fallback_attributes, language_attributes
from oim_site.page_cache.fragments import cached, for_this_version

QUERY_MAX_LENGTH = 200


class QueryField(forms.CharField):
    """Words to look for, from the query string. A NUL character, which nobody types but a
    forged address can hold, is left out: shown back in the form it would break the page's
    HTML, and an error would name a character the visitor cannot see."""

    def to_python(self, value):
        return super().to_python(_without_nul(value))

    def bound_data(self, data, initial):
        return _without_nul(super().bound_data(data, initial))


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
        for slug, label, french in self.field.options():
            yield (slug, _FrenchLabel(label) if french else label)


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
        self._options = None

    def options(self):
        """(slug, label, whether the label is French for want of a translation) of each row,
        read once for the form (each form has its own copy of its fields) and kept for the
        content version: the menu's fragment is kept under them (FilterForm.field_groups())."""
        if self._options is None:
            inputs = [self.queryset.model._meta.label, self.columns]
            self._options = for_this_version("filter options", inputs, self._read_options)
        return self._options

    def _read_options(self):
        # The columns of the page's language and of French, the fallback, as they are:
        # modeltranslation's own fallback costs more per row than the rest of the query.
        languages = (get_language(), settings.MODELTRANSLATION_DEFAULT_LANGUAGE)
        columns = [build_localized_fieldname(c, lang) for c in self.columns for lang in languages]
        rows = self.queryset.rewrite(False).values_list("slug", *columns)
        return [
            (slug, self.option_label(*map(_own_or_french, texts[::2], texts[1::2])), not texts[0])
            for slug, *texts in rows
        ]


class FilterMenu(forms.ChoiceField):
    """A menu of fixed choices (a status, a kind, a language); the first is "all"."""

    widget = FilterSelect
    default_error_messages = {"invalid_choice": NOT_OFFERED}

    def __init__(self, choices, **kwargs):
        super().__init__(choices=choices, required=False, **kwargs)


def year_choices(years):
    """A menu of `years` (a queryset of a model's years, newest first) after "All years":
    read once for the content version, as the other menus' options are."""
    years = for_this_version(
        "filter years", [years.model._meta.label], lambda: [str(year) for year in years]
    )
    return [("", _("All years")), *zip(years, years, strict=True)]


class FilterForm(forms.Form):
    """The filters of a public list, read from the query string.

    A value that does not validate (an unknown slug, a query too long) is left out and
    the other filters still apply; the form shows what was wrong.
    """

    def valid_values(self):
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value}

    def field_groups(self):
        """Each filter's label, menu and error, as HTML. A menu whose value is valid is kept
        (oim_site.page_cache.fragments) under its options and that value: the partners' menu
        alone has hundreds of options, and most of the time a filtered list takes to make is
        its menus."""
        self.is_valid()
        groups = []
        for field in self:
            if field.errors or not isinstance(field.field, forms.ChoiceField):
                groups.append(field.as_field_group())
                continue
            inputs = [field.name, field.value()]
            if isinstance(field.field, FilterChoiceField):
                inputs.append(field.field.options())
            groups.append(cached("filter menu", inputs, field.as_field_group))
        return groups

    def active_filters(self):
        """(label, value shown, lang and dir of a value shown in French for want of a
        translation) of each filter that applies, with the query string without it."""
        active = []
        for name, value in self.cleaned_data.items():
            if not value:
                continue
            field = self.fields[name]
            translated = isinstance(field, FilterChoiceField)
            if translated or not isinstance(field, forms.ChoiceField):
                shown = value
            else:
                shown = dict(field.choices)[value]
            language = fallback_attributes(value, field.columns[0]) if translated else ""
            remaining = self.data.copy()
            remaining.pop(name)
            remaining.pop("page", None)
            active.append((field.label, shown, language, remaining.urlencode()))
        return active


def _own_or_french(own, french):
    return own or french


def _without_nul(value):
    return value.replace("\x00", "") if isinstance(value, str) else value
