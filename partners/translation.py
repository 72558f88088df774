from modeltranslation.translator import TranslationOptions, register

from partners.models import Partner


@register(Partner)
class PartnerTranslation(TranslationOptions):
    fields = ("name", "acronym", "description", "country", "logo_alt")
    required_languages = ("fr",)
