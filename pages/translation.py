from modeltranslation.translator import TranslationOptions, register

from pages.models import MenuItem, Page


@register(Page)
class PageTranslation(TranslationOptions):
    fields = ("title", "summary", "body")
    required_languages = ("fr",)


@register(MenuItem)
class MenuItemTranslation(TranslationOptions):
    fields = ("label",)
    required_languages = ("fr",)
