"""What a public view reads from the query string, declared on the view.

The page cache (oim_site.page_cache.middleware) hands a view only the parameters it declares
and keys its page on them alone: `?utm_source=…`, `?fbclid=…` or `?x=<random>` is the same
page, stored once, and no visitor's tracking parameters end up in the links of a stored page.
A view that declares nothing reads no parameter. A view reads one value of each parameter,
the last (QueryDict.get(), as forms do), and reads an empty one as it reads none: the empty
menus of a submitted form of filters, `?page=` or `?q=` are the page without them.
"""

from dataclasses import dataclass

from django import forms


@dataclass(frozen=True)
class QueryParameters:
    names: frozenset
    # A form of filters whose values that do not validate the view leaves out silently (the
    # exports): the middleware leaves them out too before a page is made, so `?status=<random>`
    # is the file already stored rather than a new one.
    lenient_filters: type[forms.Form] | None = None

    @property
    def all_names(self):
        filters = self.lenient_filters.base_fields if self.lenient_filters else ()
        return self.names | frozenset(filters)

    def read_from(self, query):
        """The (name, [value]) pairs of `query` (a QueryDict) that the view reads."""
        names = self.all_names
        return [(name, [query[name]]) for name in query if name in names and query[name]]


def reads_query(*names, lenient_filters=None):
    """Declare, on a function view or a view class, the query parameters it reads."""

    def declare(view):
        view.query_parameters = QueryParameters(frozenset(names), lenient_filters)
        return view

    return declare


def declared(view):
    """The parameters `view` (a resolver match's func) declares: none unless it says so."""
    view = getattr(view, "view_class", view)
    return getattr(view, "query_parameters", QueryParameters(frozenset()))


def valid_filters(form_class, query):
    """`query` (a QueryDict) with the filters of `form_class` that do not validate, or are
    empty, left out; a valid one as the form reads it (its last value, cleaned)."""
    form = form_class(query)
    form.is_valid()
    kept = query.copy()
    for name, field in form.fields.items():
        kept.pop(name, None)
        value = form.cleaned_data.get(name)
        if name not in form.errors and value not in field.empty_values:
            kept[name] = field.prepare_value(value)
    return kept
