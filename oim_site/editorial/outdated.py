"""Translations written before the French they translate changed: marked outdated.

The marks live on the item (Publishable.outdated_translations): {language: {field: the
French text when that translation was last up to date}}, so that its change form shows what
the French changed since (word_diff), and a restored version brings back its own marks with
its own texts. Public pages do not read them.
"""

from django.conf import settings
from django.contrib import admin
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from oim_site.editorial.word_diff import word_diff
from oim_site.languages.fields import language_codes, translated_fields


def translations():
    """The languages a text is translated into from French."""
    return [code for code in language_codes() if code != settings.LANGUAGE_CODE]


def update_marks(obj, changed, initial):
    """Mark or clear the item's outdated translations after a form changed `changed`
    (columns), `initial` holding their values before."""
    french = settings.LANGUAGE_CODE
    marks = {code: dict(obj.outdated_translations.get(code, {})) for code in translations()}
    for field in translated_fields(type(obj)):
        for code in translations():
            column = f"{field}_{code}"
            if column in changed:
                marks[code].pop(field, None)
            elif f"{field}_{french}" in changed and getattr(obj, column):
                # Since when it is outdated: an earlier mark keeps its older French.
                marks[code].setdefault(field, initial.get(f"{field}_{french}") or "")
    obj.outdated_translations = {code: fields for code, fields in marks.items() if fields}


def outdated_fields(obj):
    """[(language code, language name, field, its label, word diff of the French since)]."""
    names = dict(settings.LANGUAGES)
    french = settings.LANGUAGE_CODE
    rows = []
    for code in translations():
        for field, since in sorted(obj.outdated_translations.get(code, {}).items()):
            label = obj._meta.get_field(field).verbose_name
            diff = word_diff(since, getattr(obj, f"{field}_{french}") or "")
            rows.append((code, names[code], field, label, diff))
    return rows


class OutdatedTranslationFilter(admin.SimpleListFilter):
    title = _("outdated translation")
    parameter_name = "outdated"

    def lookups(self, request, model_admin):
        names = dict(settings.LANGUAGES)
        return [
            (code, gettext("%(language)s outdated") % {"language": names[code]})
            for code in translations()
        ]

    def queryset(self, request, queryset):
        if self.value() in translations():
            return queryset.filter(outdated_translations__has_key=self.value())
        return queryset
