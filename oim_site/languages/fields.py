"""The columns of translated fields (django-modeltranslation's `title_fr`, `title_ar`…)."""

from django.conf import settings
from modeltranslation.translator import translator


def language_codes():
    return [code for code, _name in settings.LANGUAGES]


def translated_fields(model):
    """The names of `model`'s translated fields, without a language suffix."""
    if model not in translator.get_registered_models():
        return []
    return list(translator.get_options_for_model(model).fields)


def translated(entry, *fields):
    """Spread ``{"title": {"fr": …, "ar": …}}`` into ``title_fr=…, title_ar=…`` keywords."""
    return {f"{field}_{code}": entry[field][code] for field in fields for code in language_codes()}
