from modeltranslation.translator import TranslationOptions, register

from oim_site.mission.models import KeyFigure, Milestone, MissionProfile


@register(MissionProfile)
class MissionProfileTranslation(TranslationOptions):
    fields = ("name", "lead", "context", "diaspora", "approach", "address")
    required_languages = ("fr",)


@register(KeyFigure)
class KeyFigureTranslation(TranslationOptions):
    fields = ("value", "label")
    required_languages = ("fr",)


@register(Milestone)
class MilestoneTranslation(TranslationOptions):
    fields = ("date", "text")
    required_languages = ("fr",)
