import re

from django.conf import settings
from django.db import models
from django.db.models.functions import Coalesce, Concat, Lower, NullIf
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname, get_language

RICH_TEXT_HELP = _(
    "Markdown: a blank line between paragraphs, **bold**, *italic*, [link](https://…), "
    "“- ” at the start of a line for a list, “## ” for a heading."
)


# The Arabic article, and the particles written onto it, before a word of three letters or
# more: a search for الشباب also finds لشباب and شباب, as a text may write the same word.
ARABIC_ARTICLE = re.compile(r"^(?:[وفبك]?ال|لل)(?=\w{3})")


def search_text(language, *fields):
    """A stored column of `fields` as a visitor reading `language` sees them, lower-cased.

    An empty translation shows the French text (modeltranslation's fallback), so it is the
    French text that is searched there. PostgreSQL reads one column and compares bytes,
    where searching each field in two languages with UPPER() took twice as long.
    """
    default = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
    text = models.TextField()
    shown = []
    for field in fields:
        column = models.F(build_localized_fieldname(field, language))
        if language != default:
            fallback = models.F(build_localized_fieldname(field, default))
            empty = models.Value("", output_field=text)
            column = Coalesce(NullIf(column, empty, output_field=text), fallback, output_field=text)
        shown += [column, models.Value(" ")]
    return models.GeneratedField(
        expression=Lower(Concat(*shown[:-1], output_field=text)),
        output_field=models.TextField(),
        db_persist=True,
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
            lowered = Lower(models.Value(ARABIC_ARTICLE.sub("", word)))
            queryset = queryset.filter(**{f"search_{get_language()}__contains": lowered})
        return queryset

    def bulk_create(self, objs, *args, **kwargs):
        objs = list(objs)
        for obj in objs:
            obj.record_first_publication()
        return super().bulk_create(objs, *args, **kwargs)


class Publishable(TimeStamped):
    """A page of the public site: a stable Latin slug and a draft state."""

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


class MissionProfile(TimeStamped):
    # Always True and unique: the table can hold one row only.
    singleton = models.BooleanField(default=True, editable=False, unique=True)
    name = models.CharField(_("name"), max_length=200)
    lead = models.TextField(_("lead"), help_text=_("One or two sentences shown first."))
    context = models.TextField(_("context"), help_text=RICH_TEXT_HELP)
    diaspora = models.TextField(_("diaspora"), help_text=RICH_TEXT_HELP)
    approach = models.TextField(_("approach"), help_text=RICH_TEXT_HELP)
    address = models.TextField(_("address"), blank=True)
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)

    class Meta:
        verbose_name = _("mission profile")
        verbose_name_plural = _("mission profile")
        constraints = [
            models.CheckConstraint(condition=models.Q(singleton=True), name="one_mission_profile"),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("home")


class KeyFigure(TimeStamped):
    profile = models.ForeignKey(
        MissionProfile,
        on_delete=models.CASCADE,
        related_name="key_figures",
        verbose_name=_("mission profile"),
    )
    value = models.CharField(_("value"), max_length=30, help_text=_("For example “5M+”."))
    label = models.CharField(_("label"), max_length=200)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("key figure")
        verbose_name_plural = _("key figures")

    def __str__(self):
        return f"{self.value} {self.label}"


class Milestone(TimeStamped):
    profile = models.ForeignKey(
        MissionProfile,
        on_delete=models.CASCADE,
        related_name="milestones",
        verbose_name=_("mission profile"),
    )
    # Text, not a date: sources give "July 2006" or "2007", and sometimes disagree.
    date = models.CharField(
        _("date"), max_length=60, help_text=_("As it should read: “July 2006”.")
    )
    text = models.TextField(_("text"))
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("milestone")
        verbose_name_plural = _("milestones")

    def __str__(self):
        return f"{self.date}: {self.text[:60]}"


class ContentVersion(models.Model):
    """One row whose token changes with any content a public page shows.

    Database triggers replace the token (see oim_site.content_version); nothing in Python
    writes it.
    """

    token = models.CharField(max_length=36)

    class Meta:
        constraints = [
            models.CheckConstraint(condition=models.Q(id=1), name="one_content_version"),
        ]

    def __str__(self):
        return self.token
