from modeltranslation.translator import TranslationOptions, register

from projects.models import Project, Region


@register(Region)
class RegionTranslation(TranslationOptions):
    fields = ("name",)
    required_languages = ("fr",)


@register(Project)
class ProjectTranslation(TranslationOptions):
    fields = ("title", "summary", "body", "beneficiaries", "image_alt")
    required_languages = ("fr",)
