from django import template
from django.conf import settings
from django.urls import Resolver404, resolve, reverse
from django.utils.formats import date_format
from django.utils.translation import get_language, get_language_info, override
from modeltranslation.utils import build_localized_fieldname, resolution_order

from oim_site.content import language_attributes

register = template.Library()

OPEN_GRAPH_LOCALES = {"fr": "fr_FR", "ar": "ar_AR", "en": "en_GB"}


@register.simple_tag(takes_context=True)
def page_languages(context):
    """The current page in every language, and its address without a language.

    `path` keeps the query string, so the switcher keeps the visitor's filters; `url` is
    absolute and without it, for canonical and hreflang links: a filtered list is the list.
    Only the number of a later page of a list without filters stays, since each such page is
    a page of its own to search engines. A page whose address does not resolve (a 404) is
    offered as each language's home page. `x_default`, as in the sitemap, is the address
    without a language prefix, which redirects by the browser's languages.
    """
    request = context["request"]
    try:
        match = resolve(request.path_info)
    except Resolver404:
        match = None
    query = request.GET.urlencode()
    page_obj = context.get("page_obj")
    numbered = page_obj and page_obj.number > 1 and set(request.GET) == {"page"}
    canonical_query = f"?page={page_obj.number}" if numbered else ""
    current = get_language()
    versions = []
    for code, _name in settings.LANGUAGES:
        with override(code):
            if match and match.url_name:
                path = reverse(match.view_name, args=match.args, kwargs=match.kwargs)
            else:
                path = reverse("home")
        versions.append(
            {
                "code": code,
                "name": get_language_info(code)["name_local"],
                "path": f"{path}?{query}" if query else path,
                "url": request.build_absolute_uri(path + canonical_query),
                "current": code == current,
                "default": code == settings.LANGUAGE_CODE,
                "open_graph_locale": OPEN_GRAPH_LOCALES[code],
            }
        )
    default = next(version for version in versions if version["default"])
    x_default = default["url"].replace(f"/{settings.LANGUAGE_CODE}/", "/", 1)
    return {"languages": versions, "x_default": x_default}


@register.filter
def fallback_lang(obj, field):
    """` lang="fr" dir="ltr"` for the element that shows `field` of `obj`, when that text is
    the French of an empty translation (modeltranslation's fallback); nothing when it is in
    the page's language. Screen readers then speak it with a French voice (WCAG 3.1.2)."""
    current = get_language()
    for code in resolution_order(current):
        if getattr(obj, build_localized_fieldname(field, code), None):
            return "" if code == current else language_attributes(code)
    return ""


@register.filter
def long_date(value):
    """`value` as DATE_FORMAT writes it, with French's "1er" for the first day of a month
    ("1er avril 2024"), which Django's formats cannot say."""
    text = date_format(value)
    if value.day == 1 and get_language() == "fr":
        return "1er" + text.removeprefix("1")
    return text
