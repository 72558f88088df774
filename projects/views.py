from django.views.generic import DetailView, ListView

from oim_site.page_cache.query import reads_query
from projects.forms import ProjectFilterForm
from projects.models import Project

PROJECTS_PER_PAGE = 12


@reads_query(*ProjectFilterForm.base_fields, ListView.page_kwarg)
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
        return Project.objects.visible_to(self.request.user).select_related("axis")

    def get_context_data(self, **kwargs):
        # One plain query each: for a single project, prefetch_related() makes the same
        # queries with more work around them.
        project = self.object
        return super().get_context_data(
            regions=project.regions.all(),
            themes=project.themes.published(),
            partnerships=project.partnerships.with_published_partner(),
            publications=project.publications.published().cards(),
            **kwargs,
        )
