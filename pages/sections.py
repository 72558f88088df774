"""The site's own sections, read from the URL resolver rather than listed by hand.

A section added later (news, publications) is then refused as a page's slug and offered as a
menu's target as soon as its addresses are in oim_site/urls.py.
"""

from django.urls import URLResolver, get_resolver, reverse
from django.urls.resolvers import LocalePrefixPattern


def _language_patterns():
    for entry in get_resolver().url_patterns:
        if isinstance(entry, URLResolver) and isinstance(entry.pattern, LocalePrefixPattern):
            yield from entry.url_patterns


def reserved_slugs():
    """The first segments of the addresses under /<lang>/: "projects", "search"…

    A parameter ("<slug:slug>/", the pages' own addresses) reserves nothing.
    """
    segments = set()
    for entry in _language_patterns():
        first = str(entry.pattern).split("/")[0]
        if first and "<" not in first:
            segments.add(first)
    return segments


def _named_routes(patterns, namespace=""):
    for entry in patterns:
        if isinstance(entry, URLResolver):
            inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            yield from _named_routes(entry.url_patterns, inner)
        elif entry.name and not entry.pattern.converters:
            yield f"{namespace}{entry.name}"


def sections():
    """(name, address) of every page of the site under /<lang>/ that takes no parameter."""
    return [(name, reverse(name)) for name in _named_routes(_language_patterns())]


def section_choices():
    """The choices of a menu link's section, read when a form or a check asks for them."""
    return [(name, f"{path} ({name})") for name, path in sections()]
