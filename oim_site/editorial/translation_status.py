"""Which languages an item's texts are written in: the lists' badges and filter."""

from functools import reduce
from operator import or_

from django.conf import settings
from django.contrib import admin
from django.db import models
from django.utils.html import format_html_join
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from oim_site.languages.fields import language_codes, translated_fields


def missing_languages(obj):
    """The languages lacking a text that another language has, for any translated field."""
    missing = set()
    for field in translated_fields(type(obj)):
        filled = {code for code in language_codes() if getattr(obj, f"{field}_{code}")}
        if filled:
            missing |= set(language_codes()) - filled
    return missing


def missing_language_condition(model, code):
    """The query condition of ``missing_languages(obj)`` containing ``code``."""

    def filled(name):
        return models.Q(**{f"{name}__isnull": False}) & ~models.Q(**{name: ""})

    conditions = []
    for field in translated_fields(model):
        others = [filled(f"{field}_{other}") for other in language_codes() if other != code]
        conditions.append(~filled(f"{field}_{code}") & reduce(or_, others))
    return reduce(or_, conditions)


class MissingTranslationFilter(admin.SimpleListFilter):
    title = _("translation")
    parameter_name = "translation"

    def lookups(self, request, model_admin):
        return [
            *(
                (code, gettext("Missing %(language)s") % {"language": name})
                for code, name in settings.LANGUAGES
            ),
            ("complete", _("Complete in every language")),
        ]

    def queryset(self, request, queryset):
        code = self.value()
        if code in language_codes():
            return queryset.filter(missing_language_condition(queryset.model, code))
        if code == "complete":
            conditions = [
                missing_language_condition(queryset.model, each) for each in language_codes()
            ]
            return queryset.exclude(reduce(or_, conditions))
        return queryset


def translation_badges(obj):
    """FR ✓ AR ✗ EN ✓: each language's status, in a word for screen readers."""
    missing = missing_languages(obj)
    outdated = getattr(obj, "outdated_translations", None) or {}
    badges = []
    for code, name in settings.LANGUAGES:
        if code in missing:
            status, title, mark = "missing", _("%(language)s: missing"), "✗"
        elif code in outdated:
            status, title, mark = "outdated", _("%(language)s: outdated"), gettext("outdated")
        else:
            status, title, mark = "complete", _("%(language)s: complete"), "✓"
        badges.append((status, title % {"language": name}, code.upper(), mark))
    # Each badge left to right: in the Arabic admin, "FR ✓" would read "✓ FR".
    return format_html_join(
        " ", '<span class="translation-{}" title="{}" dir="ltr">{}&nbsp;{}</span>', badges
    )
