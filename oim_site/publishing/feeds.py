from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.translation import gettext_lazy as _

from oim_site.publishing.characters import xml_text

FEED_LENGTH = 30


class ContentFeed(Feed):
    """An Atom feed of rows with a title and a plain-text summary."""

    feed_type = Atom1Feed
    # Atom requires an author (RFC 4287, 4.1.1): the mission, for the feed and its entries.
    author_name = _("IOM Morocco")

    # Django's feed writer refuses a character XML cannot hold, which the database may have
    # all the same.
    def item_title(self, item):
        return xml_text(item.title)

    def item_description(self, item):
        # Atom readers take the summary as HTML; ours is plain text.
        return escape(xml_text(item.summary))

    def item_updateddate(self, item):
        return item.updated_at
