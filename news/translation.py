from modeltranslation.translator import TranslationOptions, register

from news.models import Article


@register(Article)
class ArticleTranslation(TranslationOptions):
    fields = ("title", "summary", "body", "dateline", "image_alt")
    required_languages = ("fr",)
