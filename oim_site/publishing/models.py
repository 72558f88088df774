"""The base of every model of the site's content.

Inheriting it is what makes a model content: its tables get the page cache's triggers, the
Editor and Publisher groups get its permissions, and, for a Publishable, the sitemap lists its
pages and the search page its rows (oim_site.publishing.content finds them all).
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone, translation
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from oim_site.publishing.search import HEADING_END, Folded, folded_word

RICH_TEXT_HELP = _(
    "Markdown: a blank line between paragraphs, **bold**, *italic*, [link](https://…), "
    "“- ” at the start of a line for a list, “## ” for a heading."
)


class TimeStamped(models.Model):
    # Whether the Editor group may add and change it, as well as see it (roles.py).
    editors_may_change = True

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


class ReviewState(models.TextChoices):
    DRAFT = "draft", _("draft")
    IN_REVIEW = "in_review", _("in review")
    PUBLISHED = "published", _("published")


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
    # Set by an Editor's "submit for review", cleared when a Publisher publishes the item or
    # sends it back (oim_site.editorial.review): the state is derived, never typed.
    in_review = models.BooleanField(_("in review"), default=False, editable=False)
    review_requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("submitted by"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Applied by an ordinary save at the moment (oim_site.publishing.schedule), then cleared;
    # indexed because the content version's triggers read their minimum at every change.
    publish_at = models.DateTimeField(
        _("publish at"),
        null=True,
        blank=True,
        db_index=True,
        help_text=_("Morocco time. The item is published at this moment."),
    )
    unpublish_at = models.DateTimeField(
        _("unpublish at"),
        null=True,
        blank=True,
        db_index=True,
        help_text=_("Morocco time. The item is withdrawn from the site at this moment."),
    )
    # {language: {field: the French text when that translation was last up to date}}: the
    # translations written before the French changed (oim_site.editorial.outdated). Kept in
    # the item's versions, so a restore brings back the marks of the texts it restores.
    outdated_translations = models.JSONField(
        _("outdated translations"), default=dict, blank=True, editable=False
    )

    objects = PublishedQuerySet.as_manager()

    # Whether each published row has an address of its own, which the sitemap lists.
    has_own_page = True
    # What record_first_publication() may set, saved with the publication.
    first_publication_fields = ("first_published_at",)

    class Meta:
        abstract = True

    def save(self, **kwargs):
        changed = set()
        if self.record_first_publication():
            changed.update(self.first_publication_fields)
        if self.is_published and self.in_review:
            # Published by whatever means (form, action, schedule): no longer awaiting review.
            self.in_review = False
            changed.add("in_review")
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], *changed}
        old_slug = getattr(self, "_loaded_slug", None)
        super().save(**kwargs)
        if self.has_own_page and old_slug != self.slug:
            Redirect.objects.follow(self.addresses(old_slug) if old_slug else {}, self.addresses())
        self._loaded_slug = self.slug

    def delete(self, *args, **kwargs):
        addresses = self.addresses()
        result = super().delete(*args, **kwargs)
        Redirect.objects.gone(addresses.values())
        return result

    @classmethod
    def from_db(cls, db, field_names, values, **kwargs):
        obj = super().from_db(db, field_names, values, **kwargs)
        # The address it was loaded at, to redirect from once its slug changes (redirects.py).
        obj._loaded_slug = obj.__dict__.get("slug")
        return obj

    def apply_schedule(self, now):
        """Publish or unpublish as scheduled by `now`, clearing the moments passed; the steps
        taken ("published", "unpublished"). An item whose both moments passed (the scheduler
        stopped a while) is only withdrawn: it never shows after its expiry."""
        steps = []
        expired = self.unpublish_at is not None and self.unpublish_at <= now
        if self.publish_at is not None and self.publish_at <= now:
            if not expired and not self.is_published:
                self.is_published = True
                steps.append("published")
            self.publish_at = None
        if expired:
            if self.is_published:
                self.is_published = False
                steps.append("unpublished")
            self.unpublish_at = None
        return steps

    @property
    def review_state(self):
        if self.is_published:
            return ReviewState.PUBLISHED
        return ReviewState.IN_REVIEW if self.in_review else ReviewState.DRAFT

    def addresses(self, slug=None):
        """The item's public address in each language (with `slug` instead of its own)."""
        if not self.has_own_page:
            return {}
        kept, self.slug = self.slug, slug or self.slug
        try:
            addresses = {}
            for code, _name in settings.LANGUAGES:
                with translation.override(code):
                    addresses[code] = self.get_absolute_url()
            return addresses
        finally:
            self.slug = kept

    def record_first_publication(self):
        """Date the first publication; later ones keep it. Say whether it was set now."""
        if self.is_published and self.first_published_at is None:
            self.first_published_at = timezone.now()
            return True
        return False


class RedirectQuerySet(models.QuerySet):
    def follow(self, old, new):
        """An item saved: its addresses in `old` (language: path) now answer with its `new`
        ones, and so does every redirect that led to them (no chains); its new addresses
        redirect nowhere any more (no loops, and a recovered item is no longer gone)."""
        self.filter(old_path__in=new.values()).delete()
        for code, path in old.items():
            if path != new[code]:
                self.filter(new_path=path).update(new_path=new[code])
                self.update_or_create(old_path=path, defaults={"new_path": new[code]})

    def gone(self, paths):
        """A deleted item: its addresses, and those that led to them, answer 410."""
        paths = list(paths)
        self.filter(new_path__in=paths).update(new_path="")
        for path in paths:
            self.update_or_create(old_path=path, defaults={"new_path": ""})


class Redirect(TimeStamped):
    """An address that answers 301 to another one, or 410 when `new_path` is empty.

    Written when a public item's slug changes or it is deleted (Publishable), or by a
    Publisher in the admin. Looked up only for an answer that would be a 404
    (oim_site.publishing.middleware). Content, so that the page cache follows its changes.
    """

    editors_may_change = False

    old_path = models.CharField(
        _("old address"),
        max_length=300,
        unique=True,
        help_text=_("The path that is no longer valid, from its first slash: /fr/projects/old/"),
    )
    new_path = models.CharField(
        _("new address"),
        max_length=500,
        blank=True,
        help_text=_(
            "A path of this site (/fr/projects/new/) or a full address (https://…). Empty: "
            "the page was removed on purpose and answers “gone”."
        ),
    )

    objects = RedirectQuerySet.as_manager()

    class Meta:
        verbose_name = _("redirect")
        verbose_name_plural = _("redirects")
        ordering = ["old_path"]

    def __str__(self):
        return f"{self.old_path} → {self.new_path or '410'}"

    def save(self, **kwargs):
        # Straight to the end of any chain: a redirect to an old address takes its target.
        final = type(self).objects.filter(old_path=self.new_path).exclude(pk=self.pk).first()
        if final is not None and final.new_path != self.old_path:
            self.new_path = final.new_path
        super().save(**kwargs)
        type(self).objects.filter(new_path=self.old_path).exclude(pk=self.pk).update(
            new_path=self.new_path
        )
        # Another redirect that would now lead back to where it starts is a loop: it goes
        # (this one's own target is checked by clean()).
        type(self).objects.filter(new_path=models.F("old_path")).exclude(pk=self.pk).delete()

    def clean(self):
        if not self.old_path.startswith("/"):
            raise ValidationError({"old_path": _("Start the old address with a slash.")})
        target = self.new_path
        if target and not (target.startswith("/") or target.startswith(("https://", "http://"))):
            raise ValidationError(
                {"new_path": _("Give a path starting with a slash, or an address with https://.")}
            )
        if target == self.old_path:
            raise ValidationError({"new_path": _("An address cannot redirect to itself.")})


class StaffLanguageQuerySet(models.QuerySet):
    def of(self, users):
        """{user id: language} of `users` who have used the admin."""
        return dict(self.filter(user__in=users).values_list("user_id", "language"))

    def remember(self, user, language):
        self.update_or_create(user=user, defaults={"language": language})


class StaffLanguage(models.Model):
    """The language a member of staff last used the admin in: the one emails to them are
    written in (oim_site.editorial.review). Kept as they use it, rather than asked for: the
    admin's language switch is already their choice, and nothing else has to be kept up."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="admin_language"
    )
    language = models.CharField(max_length=8, choices=settings.LANGUAGES)

    objects = StaffLanguageQuerySet.as_manager()

    class Meta:
        verbose_name = _("admin language")

    def __str__(self):
        return f"{self.user}: {self.language}"
