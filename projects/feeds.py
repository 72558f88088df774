from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.translation import gettext_lazy as _

from oim_site.publishing.characters import xml_text
from projects.models import Project

FEED_LENGTH = 30


class ProjectFeed(Feed):
    feed_type = Atom1Feed
    title = _("IOM Morocco: projects")
    subtitle = _("The latest projects of the IOM mission in Morocco.")
    # Atom requires an author (RFC 4287, 4.1.1): the mission, for the feed and its entries.
    author_name = _("IOM Morocco")

    def link(self):
        return reverse("projects:list")

    def items(self):
        return Project.objects.published().order_by("-updated_at")[:FEED_LENGTH]

    # Django's feed writer refuses a character XML cannot hold, which the database may have
    # all the same.
    def item_title(self, item):
        return xml_text(item.title)

    def item_description(self, item):
        # Atom readers take the summary as HTML; ours is plain text.
        return escape(xml_text(item.summary))

    def item_pubdate(self, item):
        return item.created_at

    def item_updateddate(self, item):
        return item.updated_at
