from django.shortcuts import get_object_or_404, render

from axes.models import Axis
from news.models import Article
from oim_site.mission.models import MissionProfile
from partners.models import Partner
from projects.models import Project, Region


def home(request):
    return render(
        request,
        "home.html",
        {
            "profile": MissionProfile.objects.prefetch_related("key_figures").first(),
            "axes": Axis.objects.published(),
            "projects": Project.objects.published().filter(featured=True).cards()[:6],
            "articles": Article.objects.for_home(),
            # Counts, not names: the page stays the same size however many partners there are.
            "partner_kinds": Partner.objects.published().count_by_kind(),
            "regions": Region.objects.with_project_counts(),
        },
    )


def mission(request):
    profile = get_object_or_404(
        MissionProfile.objects.prefetch_related("key_figures", "milestones")
    )
    return render(request, "mission.html", {"profile": profile})
