from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from oim_site.publishing.feeds import FEED_LENGTH, ContentFeed
from projects.models import Project


class ProjectFeed(ContentFeed):
    title = _("IOM Morocco: projects")
    subtitle = _("The latest projects of the IOM mission in Morocco.")

    def link(self):
        return reverse("projects:list")

    def items(self):
        return Project.objects.published().order_by("-updated_at")[:FEED_LENGTH]

    def item_pubdate(self, item):
        return item.created_at
