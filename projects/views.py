from django.db.models import Q
from django.shortcuts import get_object_or_404
from django.views.generic import DetailView, ListView

from news.models import Article
from oim_site.page_cache.fragments import for_this_version
from oim_site.page_cache.query import reads_query
from partners.models import Partner
from projects.forms import ProjectFilterForm
from projects.models import Project, Region

PROJECTS_PER_PAGE = 12
# A region's page shows its newest projects and links to the filtered list for all of them.
REGION_PROJECTS = 12


@reads_query(*ProjectFilterForm.base_fields, ListView.page_kwarg)
class ProjectList(ListView):
    template_name = "projects/list.html"
    context_object_name = "projects"
    paginate_by = PROJECTS_PER_PAGE

    def get_queryset(self):
        self.form = ProjectFilterForm(self.request.GET)
        return self.form.filter(Project.objects.published().cards())

    def get_context_data(self, **kwargs):
        # The map's counts are the same for every address of the list: read once a version.
        regions = for_this_version(
            "regions with project counts", [], lambda: list(Region.objects.with_project_counts())
        )
        return super().get_context_data(form=self.form, regions=regions, **kwargs)


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
            articles=Article.objects.latest_about(projects=project),
            publications=project.publications.published().cards(),
            **kwargs,
        )


class RegionList(ListView):
    template_name = "regions/list.html"
    context_object_name = "regions"

    def get_queryset(self):
        return Region.objects.with_project_counts()


class RegionDetail(DetailView):
    template_name = "regions/detail.html"
    context_object_name = "region"

    def get_object(self, queryset=None):
        return get_object_or_404(Region, code=self.kwargs["code"])

    def get_context_data(self, **kwargs):
        region = self.object
        projects = Project.objects.published().filter(regions=region)
        # Partners relate to regions through the published projects they take part in.
        partners = Partner.objects.published().filter(
            Q(projects__regions=region) & Q(projects__is_published=True)
        )
        return super().get_context_data(
            projects=projects.cards()[:REGION_PROJECTS],
            project_count=projects.count(),
            partners=partners.distinct(),
            articles=Article.objects.latest_about(regions=region),
            **kwargs,
        )
