"""What an admin change form sends back, so tests can change a field and submit the rest."""

import datetime

from django.db.models.fields.files import FieldFile


def _post_value(value):
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [str(item) for item in value]
    return str(value)


def form_data(response):
    """The POST data of the admin change form in ``response``, as its page shows it."""
    forms = [response.context["adminform"].form]
    for inline in response.context["inline_admin_formsets"]:
        forms.append(inline.formset.management_form)
        forms.extend(inline.formset.forms)
    data = {}
    for form in forms:
        for name in form.fields:
            field = form[name]
            value = field.value()
            if value is None or value is False or isinstance(value, FieldFile):
                continue  # like an empty choice, an unchecked box, an untouched file input
            data[field.html_name] = "on" if value is True else _post_value(value)
    return data
