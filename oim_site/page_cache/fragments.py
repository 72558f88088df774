"""Parts of a page kept apart, for the addresses the page cache has not stored yet.

A search, a new combination of filters, every page just after an edit: the page cache cannot
answer those, yet most of what they show (a project's card, a filter's menu, a text rendered
from Markdown) is the same as on pages made before. Such a part is stored under a digest of
everything it is made from: the data it shows (each row's loaded columns, a menu's options),
the language, the script prefix its links start with, and the code version. A change of any
of them is another key, so a part is never stale however the content changed, and an edit
of one project leaves the cards of all the others as they are.

What a part is made from may itself be kept, for one content version (the token the
database replaces in the transaction of any change, oim_site.page_cache.content_version):
a menu's options, say, so that a page of the long tail reads them from no table.

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
# The request being made into a page the page cache may store, and the content version it
# read; or None.
_public_request = contextvars.ContextVar("public_request", default=None)


@contextlib.contextmanager
def kept_for(request, token):
    """Let the parts of `request`'s page be kept and reused while it is made, and what they
    are made from for content version `token`."""
    reset = _public_request.set((request, token))
    try:
        yield
    finally:
        _public_request.reset(reset)


def cached(name, inputs, make):
    """What `make()` returns (HTML), stored under `name` and `inputs`, which must be all it
    is made from besides the language, the script prefix and the code. A model instance in
    `inputs` stands for the values of its loaded columns."""
    public = _public_request.get()
    if public is None:
        return make()
    request, _token = public
    key = _key(name, inputs)
    store = caches["fragments"]
    html = store.get(key)
    if html is None:
        before = _secrets_asked(request)
        html = make()
        if _secrets_asked(request) == before:
            store.set(key, str(html), FRAGMENT_SECONDS)
    return mark_safe(html)


def for_this_version(name, inputs, make):
    """What `make()` returns (data read from the database), kept under the content version,
    `name` and `inputs`, which must be all it is read with besides the language."""
    public = _public_request.get()
    if public is None:
        return make()
    _request, token = public
    key = _key(name, [token, *inputs])
    store = caches["fragments"]
    data = store.get(key)
    if data is None:
        data = make()
        store.set(key, data, FRAGMENT_SECONDS)
    return data


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
