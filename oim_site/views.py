from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.decorators.http import require_GET

from axes.models import Axis
from oim_site.forms import SearchForm
from oim_site.models import MissionProfile
from partners.models import Partner
from projects.models import Project

SEARCH_RESULTS_PER_KIND = 20


def home(request):
    return render(
        request,
        "home.html",
        {
            "profile": MissionProfile.objects.prefetch_related("key_figures").first(),
            "axes": Axis.objects.published(),
            "projects": Project.objects.published()
            .filter(featured=True)
            .select_related("axis")[:6],
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
        context |= {
            "axes": Axis.objects.published().search(text, "title", "summary", "body")[:limit],
            "projects": Project.objects.published()
            .search(text, "title", "summary", "body")
            .select_related("axis")[:limit],
            "partners": Partner.objects.published().search(text, "name", "acronym", "description")[
                :limit
            ],
        }
    return render(request, "search.html", context, status=400 if form.errors else 200)


@require_GET
def robots_txt(request):
    sitemap = request.build_absolute_uri(reverse("sitemap"))
    return HttpResponse(
        f"User-agent: *\nAllow: /\n\nSitemap: {sitemap}\n", content_type="text/plain"
    )
