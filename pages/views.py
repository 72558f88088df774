from django.views.generic import DetailView

from pages.models import Page


class PageDetail(DetailView):
    """A top-level page at /<lang>/<slug>/, or one under its parent at /<lang>/<parent>/<slug>/."""

    template_name = "pages/page.html"
    # Not "page": base.html names the page in every language so.
    context_object_name = "site_page"

    def get_queryset(self):
        pages = Page.objects.visible_to(self.request.user)
        parent = self.kwargs.get("parent")
        return pages.filter(parent__slug=parent) if parent else pages.filter(parent=None)

    def get_context_data(self, **kwargs):
        children = Page.objects.visible_to(self.request.user).filter(parent=self.object)
        return super().get_context_data(children=children, **kwargs)
