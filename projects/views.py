from django.db.models import Prefetch
from django.views.generic import DetailView, ListView

from axes.models import Theme
from partners.models import Partner
from projects.forms import ProjectFilterForm
from projects.models import Partnership, Project

PROJECTS_PER_PAGE = 12


class ProjectList(ListView):
    template_name = "projects/list.html"
    context_object_name = "projects"
    paginate_by = PROJECTS_PER_PAGE

    def get_queryset(self):
        self.form = ProjectFilterForm(self.request.GET)
        return self.form.filter(Project.objects.published().cards())

    def get_context_data(self, **kwargs):
        return super().get_context_data(form=self.form, **kwargs)


class ProjectDetail(DetailView):
    template_name = "projects/detail.html"
    context_object_name = "project"

    def get_queryset(self):
        return (
            Project.objects.visible_to(self.request.user)
            .select_related("axis")
            .prefetch_related(
                Prefetch("themes", queryset=Theme.objects.published()),
                "regions",
                Prefetch(
                    "partnerships",
                    queryset=Partnership.objects.filter(
                        partner__in=Partner.objects.published()
                    ).select_related("partner"),
                ),
            )
        )
