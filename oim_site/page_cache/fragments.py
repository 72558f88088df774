"""Parts of a page kept apart, for the addresses the page cache has not stored yet.

A search, a new combination of filters, every page just after an edit: the page cache cannot
answer those, yet most of what they show (a project's card, a filter's menu, a text rendered
from Markdown) is the same as on pages made before. Such a part is stored under a digest of
everything it is made from: the data it shows (each row's loaded columns, a menu's options),
the language, the script prefix its links start with, and the code version. A change of any
of them is another key, so a part is never stale however the content changed, and an edit
of one project leaves the cards of all the others as they are.

Only for the requests whose pages the page cache stores (anonymous, without a session, the
cache on): staff previewing drafts make every part anew, so a draft is never in this store.
A part whose making asks for a CSRF token or a CSP nonce, or writes to the session, is not
kept: what a visitor's own page holds never reaches another visitor's.
"""

import contextlib
import contextvars
import hashlib

from django.core.cache import caches
from django.db import models
from django.urls import get_script_prefix
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from oim_site.page_cache.code_version import code_version

FRAGMENT_SECONDS = 24 * 60 * 60
# The request being made into a page the page cache may store, or None.
_public_request = contextvars.ContextVar("public_request", default=None)


@contextlib.contextmanager
def kept_for(request):
    """Let the parts of `request`'s page be kept and reused while it is made."""
    reset = _public_request.set(request)
    try:
        yield
    finally:
        _public_request.reset(reset)


def cached(name, inputs, make):
    """What `make()` returns (HTML), stored under `name` and `inputs`, which must be all it
    is made from besides the language, the script prefix and the code. A model instance in
    `inputs` stands for the values of its loaded columns."""
    request = _public_request.get()
    if request is None:
        return make()
    key = _key(name, inputs)
    store = caches["fragments"]
    html = store.get(key)
    if html is None:
        before = _secrets_asked(request)
        html = make()
        if _secrets_asked(request) == before:
            store.set(key, str(html), FRAGMENT_SECONDS)
    return mark_safe(html)


def _key(name, inputs):
    parts = (code_version(), get_language(), get_script_prefix(), name, *map(_values, inputs))
    return f"fragment:{hashlib.blake2b(repr(parts).encode(), digest_size=20).hexdigest()}"


def _values(value):
    if isinstance(value, models.Model):
        # A deferred column would be loaded by the template, after the key was made: the
        # query counts (tests/test_queries.py) would show such a load as one per row.
        loaded = value.__dict__
        return (
            value._meta.label,
            tuple(
                (field.attname, loaded[field.attname])
                for field in value._meta.concrete_fields
                if field.attname in loaded
            ),
        )
    return value


def _secrets_asked(request):
    session = getattr(request, "session", None)
    return (
        request.META.get("CSRF_COOKIE_NEEDS_UPDATE", False),
        "CSRF_COOKIE" in request.META,
        bool(getattr(request, "_csp_nonce", None)),
        bool(session and session.modified),
    )
