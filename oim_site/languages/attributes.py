"""lang and dir for text shown in another language than the page's (WCAG 3.1.2)."""

from django.utils import translation
from django.utils.html import format_html
from modeltranslation.utils import build_localized_fieldname, resolution_order


def language_attributes(code):
    """` lang="…" dir="…"` for an element whose text is in language `code`, not the page's
    (WCAG 3.1.2): a screen reader then speaks it with that language's voice."""
    direction = "rtl" if translation.get_language_info(code)["bidi"] else "ltr"
    return format_html(' lang="{}" dir="{}"', code, direction)


def fallback_attributes(obj, field):
    """language_attributes() of the language `field` of `obj` is shown in, when that is not
    the page's: modeltranslation's fallback for an empty translation. Otherwise nothing."""
    current = translation.get_language()
    for code in resolution_order(current):
        if getattr(obj, build_localized_fieldname(field, code), None):
            return "" if code == current else language_attributes(code)
    return ""
