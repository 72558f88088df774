from modeltranslation.translator import TranslationOptions, register

from axes.models import Axis, Theme


@register(Axis)
class AxisTranslation(TranslationOptions):
    fields = ("title", "summary", "body")
    required_languages = ("fr",)


@register(Theme)
class ThemeTranslation(TranslationOptions):
    fields = ("title", "description")
    required_languages = ("fr",)
