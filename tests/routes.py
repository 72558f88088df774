"""The site's addresses, read from the URL resolver and the admin's registry.

Tests that must reach every page walk these lists, so a page or a model added later is
covered without touching them.
"""

import re

from django.conf import settings
from django.contrib import admin
from django.urls import URLResolver, get_resolver, reverse
from django.urls.resolvers import LocalePrefixPattern, RoutePattern

LANGUAGES = [code for code, _name in settings.LANGUAGES]
PARAMETER = re.compile(r"<(?:\w+:)?(\w+)>")


def _route(pattern):
    """A pattern as a path template with <name> for each parameter; {lang} for the prefix."""
    if isinstance(pattern, LocalePrefixPattern):
        return "{lang}/"
    if isinstance(pattern, RoutePattern):
        return str(pattern)
    # A regular expression (the media files): its named groups become parameters.
    return re.sub(r"\(\?P<(\w+)>[^)]*\)", r"<\1>", str(pattern)).strip("^$")


def _routes(patterns, prefix=""):
    for entry in patterns:
        route = prefix + _route(entry.pattern)
        if isinstance(entry, URLResolver):
            yield from _routes(entry.url_patterns, route)
        else:
            yield route


def public_routes():
    """Every path template of the site but the admin's, in every language."""
    routes = []
    for route in _routes(get_resolver().url_patterns):
        if route.startswith(settings.ADMIN_PATH):
            continue
        languages = LANGUAGES if "{lang}" in route else [None]
        routes += [route.replace("{lang}", language or "") for language in languages]
    return routes


def fill(route, values):
    """The path of a template, its parameters replaced by `values` in order."""
    values = list(values)
    return "/" + PARAMETER.sub(lambda match: str(values.pop(0)), route)


def _admin_args(pattern, obj, version):
    """The arguments of one of a model admin's views: the object and its version, by name."""
    if isinstance(pattern, RoutePattern):
        return [obj.pk] * len(PARAMETER.findall(str(pattern)))
    # reversion's views: ([^/]+) is the object, (\d+) a version of it.
    groups = re.findall(r"\(([^)]*)\)", str(pattern))
    return [version.pk if group == r"\d+" else obj.pk for group in groups]


def admin_model_urls(model, obj, version):
    """(name, address) of every view of the model's admin, opened on `obj` and `version`."""
    model_admin = admin.site._registry[model]
    urls = []
    for pattern in model_admin.get_urls():
        if pattern.name is None:
            continue  # the old <object_id>/ address, which only redirects to change/
        args = _admin_args(pattern.pattern, obj, version)
        urls.append((pattern.name, reverse(f"admin:{pattern.name}", args=args)))
    return urls


def admin_site_urls():
    """The admin's own views, but login and logout, which anyone may open."""
    urls = [
        reverse(f"admin:{name}")
        for name in ("index", "password_change", "password_change_done", "autocomplete", "jsi18n")
    ]
    app_labels = {model._meta.app_label for model in admin.site._registry}
    urls += [reverse("admin:app_list", args=[label]) for label in sorted(app_labels)]
    return urls
