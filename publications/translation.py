from modeltranslation.translator import TranslationOptions, register

from publications.models import Publication


@register(Publication)
class PublicationTranslation(TranslationOptions):
    fields = ("title", "summary")
    required_languages = ("fr",)
