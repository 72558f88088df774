from django import template
from django.utils.html import linebreaks
from django.utils.safestring import mark_safe

register = template.Library()


@register.filter
def richtext(text):
    """Long text fields as HTML: escaped, then paragraphs from blank lines."""
    return mark_safe(linebreaks(text or "", autoescape=True))
