"""The base of every model of the site's content.

Inheriting it is what makes a model content: its tables get the page cache's triggers, the
Editor and Publisher groups get its permissions, and, for a Publishable, the sitemap lists its
pages and the search page its rows (oim_site.publishing.content finds them all).
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from oim_site.publishing.search import HEADING_END, Folded, folded_word

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
        for word in _search_words(text):
            queryset = queryset.filter(**{f"search_{get_language()}__contains": word})
        return queryset

    def ranked_search(self, text):
        """search(), the rows with more of the words in their heading (title, name) first,
        then in the queryset's order."""
        column = models.F(f"search_{get_language()}")
        heading_end = models.functions.StrIndex(column, models.Value(HEADING_END))
        in_heading = [
            models.Case(
                models.When(
                    models.lookups.LessThan(models.functions.StrIndex(column, word), heading_end),
                    then=1,
                ),
                default=0,
            )
            for word in _search_words(text)
        ]
        order = self.query.order_by or self.model._meta.ordering
        return (
            self.search(text)
            .alias(words_in_heading=sum(in_heading, models.Value(0)))
            .order_by("-words_in_heading", *order)
        )

    def search_results(self, text, limit):
        """What the search page shows of this kind: at most `limit` rows, and whether more
        match (one more row is read to tell)."""
        rows = list(self.ranked_search(text).search_rows()[: limit + 1])
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


def _search_words(text):
    """The words of `text` as search() looks for them: folded in Python, then lower-cased and
    folded again by the database, as the columns were, so that both sides hold the same
    letters whatever the engine's LOWER() does."""
    return [
        Folded(models.functions.Lower(models.Value(folded_word(word)))) for word in text.split()
    ]


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
    # What record_first_publication() may set, saved with the publication.
    first_publication_fields = ("first_published_at",)

    class Meta:
        abstract = True

    def save(self, **kwargs):
        if self.record_first_publication() and kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], *self.first_publication_fields}
        super().save(**kwargs)

    def record_first_publication(self):
        """Date the first publication; later ones keep it. Say whether it was set now."""
        if self.is_published and self.first_published_at is None:
            self.first_published_at = timezone.now()
            return True
        return False
