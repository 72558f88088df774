from django import template
from django.conf import settings
from django.urls import Resolver404, resolve, reverse
from django.utils.formats import date_format
from django.utils.translation import get_language, get_language_info, override, pgettext

from oim_site.languages.attributes import fallback_attributes

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


# ` lang="fr" dir="ltr"` for the element that shows a field in French for want of a
# translation, so that screen readers speak it with a French voice (WCAG 3.1.2).
register.filter("fallback_lang", fallback_attributes)


@register.filter
def long_date(value):
    """`value` as DATE_FORMAT writes it, the first day of a month as each language writes it
    ("1er avril 2024" in French), which Django's formats cannot say."""
    text = date_format(value)
    if value.day == 1:
        month = text.removeprefix("1 ")
        return pgettext("a date on the first day of a month", "1 %(month)s") % {"month": month}
    return text
