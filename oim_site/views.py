import sys

from django.db import InterfaceError, OperationalError, connections
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.views import defaults
from django.views.decorators.http import require_GET

from axes.models import Axis
from oim_site.forms import SearchForm
from oim_site.models import MissionProfile
from partners.models import Partner
from projects.models import Project

SEARCH_RESULTS_PER_KIND = 20
# While the database is down, browsers and crawlers are told to come back after this long.
RETRY_AFTER_SECONDS = 30


def home(request):
    return render(
        request,
        "home.html",
        {
            "profile": MissionProfile.objects.prefetch_related("key_figures").first(),
            "axes": Axis.objects.published(),
            "projects": Project.objects.published().filter(featured=True).cards()[:6],
            # Counts, not names: the page stays the same size however many partners there are.
            "partner_kinds": Partner.objects.published().count_by_kind(),
        },
    )


def mission(request):
    profile = get_object_or_404(
        MissionProfile.objects.prefetch_related("key_figures", "milestones")
    )
    return render(request, "mission.html", {"profile": profile})


def search(request):
    form = SearchForm(request.GET)
    context = {"form": form}
    if form.is_valid() and form.cleaned_data["q"]:
        text = form.cleaned_data["q"]
        limit = SEARCH_RESULTS_PER_KIND
        projects = Project.objects.published().search(text)
        # One more than shown, to tell whether there are more.
        partners = list(Partner.objects.published().search(text)[: limit + 1])
        context |= {
            "axes": Axis.objects.published().search(text)[:limit],
            "projects": projects.cards()[:limit],
            "project_count": projects.count(),
            "partners": partners[:limit],
            "more_partners": len(partners) > limit,
        }
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
