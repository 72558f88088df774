"""The history's comments, stored as data, shown in the reader's language.

A revision's comment is a JSON list like Django's change messages (`changed` with the
columns' names, `added`, `deleted`) or a step of our own (`review`, `schedule`, `restored`,
`translation_current`, `initial`); the labels and sentences are translated when the page is
shown, so each reader reads the history in the admin's language they chose. Comments saved
before as plain text are shown as they are.
"""

import json
from datetime import datetime

from django import template
from django.apps import apps
from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.utils import formats
from django.utils.timezone import localtime
from django.utils.translation import gettext

from oim_site.editorial.review import STEPS
from oim_site.languages.fields import translated_fields

register = template.Library()


def field_label(model, name):
    """The label of a column as the reader reads it: "titre (arabe)" for title_ar."""
    languages = dict(settings.LANGUAGES)
    base, _underscore, code = name.rpartition("_")
    if model is not None and code in languages and base in translated_fields(model):
        label = model._meta.get_field(base).verbose_name
        return f"{label} ({languages[code]})"
    try:
        return str(model._meta.get_field(name).verbose_name) if model else gettext(name)
    except FieldDoesNotExist:
        return gettext(name)


def _changed(model, details):
    if "model" in details:
        try:
            model = apps.get_model(details["model"])
        except LookupError:
            model = None
    fields = details.get("fields") or []
    labels = ", ".join(field_label(model, name) for name in fields)
    if "name" in details:
        name = model._meta.verbose_name if model else gettext(details["name"])
        if fields:
            return gettext("Changed {fields} for {name} “{object}”.").format(
                fields=labels, name=name, object=details["object"]
            )
        return gettext("Changed {name} “{object}”.").format(name=name, object=details["object"])
    if fields:
        return gettext("Changed {fields}.").format(fields=labels)
    return gettext("No fields changed.")


def _related(kind, model, details):
    if "model" in details:
        try:
            model = apps.get_model(details["model"])
        except LookupError:
            model = None
    name = model._meta.verbose_name if model else gettext(details["name"])
    sentence = {"added": "Added {name} “{object}”.", "deleted": "Deleted {name} “{object}”."}
    return gettext(sentence[kind]).format(name=name, object=details["object"])


def _sentence(kind, details, model):
    if kind == "changed":
        return _changed(model, details)
    if kind in ("added", "deleted") and "name" in details:
        return _related(kind, model, details)
    if kind == "added":
        return gettext("Added.")
    if kind == "deleted":
        return gettext("Deleted.")
    if kind == "initial":
        return gettext("Initial version.")
    if kind == "review":
        step = str(STEPS.get(details.get("step"), ""))
        if details.get("comment"):
            return gettext("%(step)s: %(comment)s") % {"step": step, "comment": details["comment"]}
        return f"{step}."
    if kind == "schedule":
        steps = {
            "published": gettext("Published as scheduled."),
            "unpublished": gettext("Unpublished as scheduled."),
        }
        return " ".join(steps[step] for step in details.get("steps", []) if step in steps)
    if kind == "restored":
        date = formats.localize(localtime(datetime.fromisoformat(details["date"])))
        return gettext("Reverted to previous version, saved on %(datetime)s") % {"datetime": date}
    if kind == "translation_current":
        language = dict(settings.LANGUAGES).get(details.get("language"), "")
        return gettext("%(language)s text of “%(field)s” marked up to date.") % {
            "language": language,
            "field": field_label(model, details.get("field", "")),
        }
    return ""


@register.simple_tag
def history_comment(comment, model=None):
    """The comment of a revision, in the current language, for a version of `model`."""
    try:
        entries = json.loads(comment)
    except (TypeError, ValueError):
        return comment or ""
    if not isinstance(entries, list):
        return comment
    sentences = [
        _sentence(kind, details, model)
        for entry in entries
        if isinstance(entry, dict)
        for kind, details in entry.items()
        if isinstance(details, dict)
    ]
    return " ".join(sentence for sentence in sentences if sentence) or gettext("No fields changed.")
