"""Whole public pages for anonymous visitors, kept until content or code changes.

A page is stored under its address, the content
version (oim_site.content_version, replaced by the database in the transaction of any
change) and the code version (templates, code, catalogues, static files). Every request reads
the content version, so a change saved on one worker or instance is seen by the next request
on all of them, and nothing has to be deleted: old pages are simply never asked for again.

Only what cannot be anyone's own is stored: a GET of a page in a language, from a request
without a session or messages cookie, answered 200 without a cookie, for no logged-in user,
without a CSP nonce, and varying on nothing but cookies and compression. Anything else, staff
previewing drafts included, goes through untouched. A streamed export (CSV, IATI) is stored as
well, compressed while it is made, in a cache of its own: a file of every project is made once
for each version of the content, not once for each download.

The address is what the page is built from, and nothing a stranger can vary at will: the
scheme, the host (lower case, without a port other than the one the server listens on), the
script prefix and path, and the query parameters the view declares it reads
(oim_site.page_cache.query), in any order, each as the view reads it (its last value; an empty
one as if absent). The view sees that address too, whoever asks: the host without the port, and
only its own parameters, so that `?utm_source=…`, `?x=<random>` or the empty filters a form
sends are the page already stored, and no visitor's tracking parameters reach its links. A
response to a request with a session (staff previewing drafts) says `Cache-Control: private`,
so that no proxy or shared cache in front keeps it. While a page is made for the cache, its
parts are kept too (oim_site.page_cache.fragments).
"""

import gzip
import hashlib
import re
import threading
import zlib
from urllib.parse import urlencode

import brotli
from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import caches
from django.http import HttpResponse, HttpResponseNotModified, QueryDict
from django.http.request import split_domain_port
from django.middleware.csp import get_nonce
from django.middleware.gzip import re_accepts_gzip
from django.urls import Resolver404, get_script_prefix, resolve
from django.utils import timezone, translation
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.http import parse_etags

from oim_site.page_cache import content_version
from oim_site.page_cache.code_version import code_version
from oim_site.page_cache.fragments import kept_for
from oim_site.page_cache.query import declared, valid_filters
from oim_site.publishing.schedule import apply_due

# Old versions of a page are never asked for again; they go when their time is up (or
# earlier, when the cache is full).
PAGE_SECONDS = 24 * 60 * 60
# A response varying on anything else (Accept-Language on addresses without a language)
# would need that header in the key: it is not stored.
HANDLED_VARY = {"cookie", "accept-encoding"}
PRIVATE_COOKIES = (settings.SESSION_COOKIE_NAME, CookieStorage.cookie_name)
# zlib's window size, with the flag for a gzip header and trailer (what gzip.decompress reads).
GZIP_WBITS = zlib.MAX_WBITS | 16
# Brotli's window suits the repeated markup of an export: the IATI file of 3,000 demonstration
# projects is 270 KB in Brotli, 1.6 MB in gzip. Quality 5 compresses it faster than gzip does.
BROTLI_QUALITY = 5
# What a stored page is sent in, by preference, to a client that accepts it.
ACCEPTS = {"br": re.compile(r"\bbr\b").search, "gzip": re_accepts_gzip.search}


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        # Without the cache, a page is still made from its address alone.
        self.cache_pages = settings.CACHE_PAGES
        self.cache = caches["pages"]
        self.exports = caches["exports"]
        self.prefixes = tuple(f"/{code}/" for code, _name in settings.LANGUAGES)
        # The pages this process makes at once for addresses not stored (searches, a crawler
        # walking the combinations of filters): their threads share one interpreter lock with
        # those serving stored pages in a millisecond, which would otherwise wait behind every
        # render in the process (scripts/loadtest.py, mixed). The other renders wait their
        # turn without holding the lock.
        self.renders = threading.BoundedSemaphore(settings.PAGE_RENDERS_AT_ONCE)

    def __call__(self, request):
        view = self.address(request) if self.is_public(request) else None
        if view is None or not self.cache_pages or self.is_private(request):
            return self.privately(request, self.get_response(request))
        token, next_change = content_version.current_and_next_change()
        if next_change is not None and timezone.now() >= next_change:
            # A scheduled moment has passed: the stored pages may show the state from before
            # it. Made true first, by whichever request comes first (the scheduler may be up to
            # 30 seconds away), then the new version keys the pages.
            apply_due()
            token, next_change = content_version.current_and_next_change()
            if next_change is not None and timezone.now() >= next_change:
                return self.get_response(request)
        # Read once per request: what the page shows from other caches keys on it too (menus).
        request.content_version = token
        if token is None:
            return self.get_response(request)
        etag = f'W/"{code_version()}-{token}"'
        if etag in parse_etags(request.headers.get("If-None-Match", "")):
            return self.not_modified(etag)
        key = self.key(request, token)
        page = self.stored(key)
        if page is None and view.lenient_filters:
            valid = valid_filters(view.lenient_filters, request.GET)
            if valid != request.GET:
                use_query(request, valid.lists())
                key = self.key(request, token)
                page = self.stored(key)
        if page is None:
            with self.renders, kept_for(request, token):
                response = self.get_response(request)
            if request.method != "GET" or not self.may_store(request, response):
                return response
            page = self.page(response)
            store = self.exports if response.streaming else self.cache
            store.set(key, page, PAGE_SECONDS)
        return self.respond(request, page, etag)

    def is_public(self, request):
        return request.method in ("GET", "HEAD") and request.path_info.startswith(self.prefixes)

    def is_private(self, request):
        return any(name in request.COOKIES for name in PRIVATE_COOKIES)

    def privately(self, request, response):
        if self.is_private(request):
            patch_cache_control(response, private=True)
        return response

    def address(self, request):
        """Make the request the address of its page; the parameters its view declares, or
        None for a path that is no view's (a 404, or a redirect that keeps the query)."""
        host = request.get_host()  # Refuses a host not allowed, as every request does.
        domain, port = split_domain_port(host)
        # A port a client chose (Host: oim.example.org:8443) would reach canonical links, feeds
        # and exports, and make one more copy of each page; the port the server listens on
        # (runserver, a container's published port) is the address it is reached at.
        if port and port != request.META.get("SERVER_PORT"):
            port = ""
        request.META["HTTP_HOST"] = f"{domain}:{port}" if port else domain
        # get_host() reads the host from here instead when USE_X_FORWARDED_HOST is on.
        request.META.pop("HTTP_X_FORWARDED_HOST", None)
        # Before LocaleMiddleware: the language prefix resolves only in its own language.
        with translation.override(translation.get_language_from_path(request.path_info)):
            try:
                match = resolve(request.path_info, getattr(request, "urlconf", None))
            except Resolver404:
                return None
        parameters = declared(match.func)
        use_query(request, parameters.read_from(request.GET))
        return parameters

    def stored(self, key):
        return self.cache.get(key) or self.exports.get(key)

    def key(self, request, token):
        # The script prefix starts every reversed address in the page; the path and what of it
        # is the script's are both part of it, so that no split of one path (SCRIPT_NAME /fr,
        # path /fr/projects/) serves its page at another address (/fr/fr/projects/).
        address = "\n".join(
            [
                request.scheme,
                request.get_host(),
                get_script_prefix(),
                request.path,
                request.path_info,
                urlencode(sorted(request.GET.lists()), doseq=True),
            ]
        )
        return f"page:{code_version()}:{token}:{hashlib.sha256(address.encode()).hexdigest()}"

    def may_store(self, request, response):
        user = getattr(request, "user", None)
        vary = {header.strip().lower() for header in response.get("Vary", "").split(",") if header}
        cache_control = response.get("Cache-Control", "")
        return (
            response.status_code == 200
            and not response.cookies
            and not response.has_header("Content-Encoding")
            and not (user and user.is_authenticated)
            and not get_nonce(request)
            and "private" not in cache_control
            and "no-store" not in cache_control
            and vary <= HANDLED_VARY
        )

    def page(self, response):
        """What is stored: the headers, and the body compressed once for every visitor, in
        Brotli and in gzip, piece by piece for an export as it is made."""
        headers = [
            (name, value) for name, value in response.items() if name.lower() != "content-length"
        ]
        pieces = response.streaming_content if response.streaming else [response.content]
        gzip_compressor = zlib.compressobj(wbits=GZIP_WBITS)
        brotli_compressor = brotli.Compressor(quality=BROTLI_QUALITY)
        gzipped, brotlied = [], []
        # Read to its end, the export's generator lets go of what it holds. Not close(): that
        # sends request_finished, which closes the database connection in mid-request.
        for piece in pieces:
            gzipped.append(gzip_compressor.compress(piece))
            brotlied.append(brotli_compressor.process(piece))
        gzipped.append(gzip_compressor.flush())
        brotlied.append(brotli_compressor.finish())
        return {"headers": headers, "gzip": b"".join(gzipped), "br": b"".join(brotlied)}

    def respond(self, request, page, etag):
        accepted = request.headers.get("Accept-Encoding", "")
        encoding = next((name for name, accepts in ACCEPTS.items() if accepts(accepted)), None)
        body = page[encoding] if encoding else gzip.decompress(page["gzip"])
        response = HttpResponse(body, headers=page["headers"])
        if encoding:
            # No secret is ever in a stored page: compression reveals nothing (BREACH).
            response["Content-Encoding"] = encoding
        response["Content-Length"] = str(len(body))
        self.validators(response, etag)
        return response

    def not_modified(self, etag):
        response = HttpResponseNotModified()
        self.validators(response, etag)
        return response

    def validators(self, response, etag):
        response["ETag"] = etag
        # Browsers ask again every time (a 304 when nothing changed), never show a stale page.
        response["Cache-Control"] = "no-cache"
        patch_vary_headers(response, ("Accept-Encoding", "Cookie"))


def use_query(request, lists):
    """Give the view the query string of `lists` ((name, values) pairs)."""
    query = urlencode(list(lists), doseq=True)
    request.META["QUERY_STRING"] = query
    request.GET = QueryDict(query)
