from django.db.models import Prefetch
from django.views.generic import DetailView, ListView

from news.models import Article
from partners.models import Partner
from projects.models import Partnership, Project


class PartnerList(ListView):
    template_name = "partners/list.html"

    def get_queryset(self):
        return Partner.objects.published()

    def get_context_data(self, **kwargs):
        return super().get_context_data(groups=self.object_list.by_kind(), **kwargs)


class PartnerDetail(DetailView):
    template_name = "partners/detail.html"
    context_object_name = "partner"

    def get_queryset(self):
        return Partner.objects.visible_to(self.request.user).prefetch_related(
            Prefetch(
                "partnerships",
                queryset=Partnership.objects.filter(project__in=Project.objects.published())
                .select_related("project")
                .order_by("-project__start_date", "project__slug"),
            )
        )

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            articles=Article.objects.latest_about(partners=self.object), **kwargs
        )
