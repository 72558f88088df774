import sys

from django.db import InterfaceError, OperationalError, connections
from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.views import defaults
from django.views.decorators.http import require_GET

from oim_site.forms import SearchForm
from oim_site.page_cache.query import reads_query
from oim_site.publishing.content import search_template, searchable_models

SEARCH_RESULTS_PER_KIND = 20
# While the database is down, browsers and crawlers are told to come back after this long.
RETRY_AFTER_SECONDS = 30


@reads_query(*SearchForm.base_fields)
def search(request):
    form = SearchForm(request.GET)
    context = {"form": form}
    if form.is_valid() and form.cleaned_data["q"]:
        text = form.cleaned_data["q"]
        sections = []
        for model in searchable_models():
            found = model.objects.published().search_results(text, SEARCH_RESULTS_PER_KIND)
            if found["results"]:
                sections.append((search_template(model), found))
        context["sections"] = sections
    return render(request, "search.html", context, status=400 if form.errors else 200)


@require_GET
def robots_txt(request):
    sitemap = request.build_absolute_uri(reverse("sitemap"))
    return HttpResponse(
        f"User-agent: *\nAllow: /\n\nSitemap: {sitemap}\n", content_type="text/plain"
    )


def server_error(request):
    """handler500: the 503 page while the database cannot be reached, the 500 page otherwise.

    Django calls it for an exception raised anywhere in the request, in a view or in a
    middleware, while that exception is being handled; django.request logs it, once.
    """
    # The language LocaleMiddleware would choose: the error may come from a middleware that
    # runs before it.
    with translation.override(translation.get_language_from_request(request, check_path=True)):
        if not database_unreachable(sys.exception()):
            return defaults.server_error(request)
        response = render(request, "503.html", status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    add_never_cache_headers(response)
    return response


def database_unreachable(error):
    """Whether `error` is the database being out of reach (down, restarting, cut off).

    OperationalError also covers faults a retry would not cure (SQLite's missing table, a
    statement timeout); those leave the connection open and usable, and stay a 500.
    """
    return isinstance(error, (OperationalError, InterfaceError)) and any(
        connection.connection is None or not connection.is_usable()
        for connection in connections.all(initialized_only=True)
    )
