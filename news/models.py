from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from axes.models import Axis
from oim_site.images.models import Illustrated
from oim_site.publishing.models import RICH_TEXT_HELP, Publishable, PublishedQuerySet
from oim_site.publishing.search import search_text
from partners.models import Partner
from projects.models import Project, Region

# How many articles a page about something else (home, axis, project, partner, region) shows.
RELATED_SHOWN = 3


class ArticleQuerySet(PublishedQuerySet):
    def cards(self):
        """Only what an article card shows (news/card.html): the bodies in three languages are
        most of a row."""
        return self.only(
            *("slug", "kind", "title", "summary", "dateline", "date", "is_demo"),
            *("image", "image_width", "image_height", "image_alt"),
        )

    def latest_about(self, **related):
        """The newest published cards linked to `related` (axes=…, projects=…, partners=…,
        regions=…), for the block of another page: one query."""
        return self.published().filter(**related).distinct().cards()[:RELATED_SHOWN]

    def for_home(self):
        """The home page's articles: the featured ones first, then the newest."""
        return self.published().cards().order_by("-featured", "-date", "-pk")[:RELATED_SHOWN]


class Article(Publishable, Illustrated):
    class Kind(models.TextChoices):
        PRESS_RELEASE = "press-release", _("Press release")
        NEWS = "news", pgettext_lazy("kind of article", "News")
        STORY = "story", _("Story")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind, default=Kind.NEWS)
    title = models.CharField(_("title"), max_length=200)
    summary = models.TextField(_("summary"))
    body = models.TextField(_("body"), blank=True, help_text=RICH_TEXT_HELP)
    dateline = models.CharField(
        _("dateline"),
        max_length=100,
        blank=True,
        help_text=_("The city the article is written from, for example “Rabat”."),
    )
    date = models.DateField(
        _("date"),
        null=True,
        blank=True,
        help_text=_("The date the article carries. Left empty, the day of its first publication."),
    )
    axes = models.ManyToManyField(Axis, related_name="articles", blank=True, verbose_name=_("axes"))
    projects = models.ManyToManyField(
        Project, related_name="articles", blank=True, verbose_name=_("projects")
    )
    partners = models.ManyToManyField(
        Partner, related_name="articles", blank=True, verbose_name=_("partners")
    )
    regions = models.ManyToManyField(
        Region, related_name="articles", blank=True, verbose_name=_("regions")
    )
    featured = models.BooleanField(
        _("featured"), default=False, help_text=_("Shown first on the home page.")
    )
    is_demo = models.BooleanField(
        _("demonstration content"), default=False, help_text=_("Invented, for demonstration only.")
    )
    search_fr = search_text("fr", "title", "summary", "body")
    search_ar = search_text("ar", "title", "summary", "body")
    search_en = search_text("en", "title", "summary", "body")

    objects = ArticleQuerySet.as_manager()

    first_publication_fields = ("first_published_at", "date")

    class Meta:
        ordering = ["-date", "-pk"]
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        permissions = [("publish_article", "Can publish and unpublish articles")]
        # The list takes a page of the newest without sorting every article. Search's trigram
        # indexes, for PostgreSQL only, come from migration 0001.
        indexes = [models.Index(models.F("date").desc(), "id", name="article_newest_first")]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(is_published=False) | models.Q(date__isnull=False),
                name="article_published_has_a_date",
                violation_error_message=_("A published article has a date."),
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("news:detail", kwargs={"slug": self.slug})

    def record_first_publication(self):
        """The first publication also dates an article that has no date of its own."""
        recorded = super().record_first_publication()
        if self.date is None and self.first_published_at is not None:
            self.date = timezone.localdate(self.first_published_at)
            return True
        return recorded
