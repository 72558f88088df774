"""The base of every model of the site's content.

Inheriting it is what makes a model content: its tables get the page cache's triggers, the
Editor and Publisher groups get its permissions, and, for a Publishable, the sitemap lists its
pages and the search page its rows (oim_site.publishing.content finds them all).
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from oim_site.publishing.search import ARABIC_ARTICLE

RICH_TEXT_HELP = _(
    "Markdown: a blank line between paragraphs, **bold**, *italic*, [link](https://…), "
    "“- ” at the start of a line for a list, “## ” for a heading."
)


class TimeStamped(models.Model):
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        abstract = True


class PublishedQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True)

    def visible_to(self, user):
        """What a detail page may show: published rows, and drafts too for staff to preview."""
        return self if user.is_staff else self.published()

    def search(self, text):
        """Rows whose text, as a visitor reads it in the current language, holds every word
        of `text` (each model's search_<language> columns, from search_text())."""
        queryset = self
        for word in text.split():
            # Lower-cased by the database, as the column was: the same letters on both sides.
            lowered = models.functions.Lower(models.Value(ARABIC_ARTICLE.sub("", word)))
            queryset = queryset.filter(**{f"search_{get_language()}__contains": lowered})
        return queryset

    def search_results(self, text, limit):
        """What the search page shows of this kind: at most `limit` rows, and whether more
        match (one more row is read to tell)."""
        rows = list(self.search(text).search_rows()[: limit + 1])
        return {"results": rows[:limit], "more": len(rows) > limit}

    def search_rows(self):
        """The rows as the search page shows them: without the stored search columns, which
        hold every text of a row in every language and are never shown."""
        return self.defer(
            *(f.name for f in self.model._meta.fields if f.name.startswith("search_"))
        )

    def bulk_create(self, objs, *args, **kwargs):
        objs = list(objs)
        for obj in objs:
            obj.record_first_publication()
        return super().bulk_create(objs, *args, **kwargs)


class Publishable(TimeStamped):
    """A page of the public site: a stable Latin slug and a draft state.

    A subclass declares a `publish_<model name>` permission in its Meta, which the Publisher
    group holds. It is searched when it has search_<language> columns (search_text()), each
    kind's results shown by its template `<app label>/<model name>_search.html`.
    """

    slug = models.SlugField(
        _("slug"),
        max_length=120,
        unique=True,
        help_text=_("Latin letters, digits and hyphens; it appears in the page address."),
    )
    is_published = models.BooleanField(
        _("published"),
        default=False,
        help_text=_("Drafts are never shown to the public."),
    )
    first_published_at = models.DateTimeField(
        _("first published"), null=True, blank=True, editable=False
    )

    objects = PublishedQuerySet.as_manager()

    # Whether each published row has an address of its own, which the sitemap lists.
    has_own_page = True

    class Meta:
        abstract = True

    def save(self, **kwargs):
        if self.record_first_publication() and kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "first_published_at"}
        super().save(**kwargs)

    def record_first_publication(self):
        """Date the first publication; later ones keep it. Say whether it was set now."""
        if self.is_published and self.first_published_at is None:
            self.first_published_at = timezone.now()
            return True
        return False
