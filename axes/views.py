from django.db.models import Count, Q
from django.views.generic import DetailView, ListView

from axes.models import Axis
from news.models import Article
from projects.models import Project

AXIS_PROJECTS_SHOWN = 12
AXIS_PUBLICATIONS_SHOWN = 6


class AxisList(ListView):
    template_name = "axes/list.html"
    context_object_name = "axes"

    def get_queryset(self):
        return Axis.objects.published().annotate(
            project_count=Count("projects", filter=Q(projects__in=Project.objects.published()))
        )


class AxisDetail(DetailView):
    template_name = "axes/detail.html"
    context_object_name = "axis"

    def get_queryset(self):
        return Axis.objects.visible_to(self.request.user)

    def get_context_data(self, **kwargs):
        projects = self.object.projects.published()
        return super().get_context_data(
            projects=projects[:AXIS_PROJECTS_SHOWN],
            project_count=projects.count(),
            articles=Article.objects.latest_about(axes=self.object),
            publications=self.object.publications.published().cards()[:AXIS_PUBLICATIONS_SHOWN],
            **kwargs,
        )
