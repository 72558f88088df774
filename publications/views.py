import re

from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_safe
from django.views.generic import DetailView, ListView

from oim_site.page_cache.query import reads_query
from publications.forms import PublicationFilterForm
from publications.models import ADDRESS_DIGEST_LENGTH, Publication, publication_storage
from publications.pdf import COVER_WIDTHS

PUBLICATIONS_PER_PAGE = 12
# A year, the longest HTTP caching allows: a file's address changes with its content.
A_YEAR = 365 * 24 * 60 * 60
COVER_NAME = re.compile(r"\Acover-(\d+)\.webp\Z")


@reads_query(*PublicationFilterForm.base_fields, ListView.page_kwarg)
class PublicationList(ListView):
    template_name = "publications/list.html"
    context_object_name = "publications"
    paginate_by = PUBLICATIONS_PER_PAGE

    def get_queryset(self):
        self.form = PublicationFilterForm(self.request.GET)
        return self.form.filter(Publication.objects.published().cards())

    def get_context_data(self, **kwargs):
        return super().get_context_data(form=self.form, **kwargs)


class PublicationDetail(DetailView):
    template_name = "publications/detail.html"
    context_object_name = "publication"

    def get_queryset(self):
        return Publication.objects.visible_to(self.request.user).prefetch_related("files")

    def get_context_data(self, **kwargs):
        publication = self.object
        return super().get_context_data(
            downloads=[
                (file, file.link_text(publication.title)) for file in publication.files.all()
            ],
            projects=publication.projects.published().only("slug", "title"),
            axes=publication.axes.published().only("slug", "title"),
            **kwargs,
        )


@require_safe
def publication_file(request, pk, digest, name):
    """A publication's PDF or a rendition of its cover, from the publications storage.

    The public gets only a published publication's files; staff with a session also a
    draft's, to preview it, which no cache may keep. The address holds the start of the
    file's digest: a new file has a new address, so a published one is cached a year.
    """
    publication = get_object_or_404(
        Publication.objects.visible_to(request.user).only("slug", "is_published"), pk=pk
    )
    file = next(
        (
            file
            for file in publication.files.all()
            if len(digest) == ADDRESS_DIGEST_LENGTH and file.digest.startswith(digest)
        ),
        None,
    )
    if file is None:
        raise Http404
    cover = COVER_NAME.match(name)
    if cover and int(cover[1]) in COVER_WIDTHS:
        stored, content_type, download_name = file.cover_name(int(cover[1])), "image/webp", name
    elif name == f"{publication.slug}-{file.language}.pdf":
        stored, content_type, download_name = file.file.name, "application/pdf", name
    else:
        raise Http404
    response = FileResponse(
        publication_storage().open(stored), content_type=content_type, filename=download_name
    )
    if publication.is_published:
        patch_cache_control(response, public=True, max_age=A_YEAR, immutable=True)
    else:
        patch_cache_control(response, private=True, no_store=True)
    return response
