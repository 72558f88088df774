import datetime

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.core.signals import setting_changed
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.dispatch import receiver
from django.urls import reverse
from django.utils import formats
from django.utils.functional import LazyObject, cached_property, empty
from django.utils.translation import get_language, get_language_info, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from axes.models import Axis
from oim_site.languages.attributes import language_attributes
from oim_site.publishing.models import Publishable, PublishedQuerySet, TimeStamped
from oim_site.publishing.search import search_text
from projects.models import Project
from publications.pdf import COVER_WIDTHS

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
# How a download link names a file's language, in the page's language.
IN_LANGUAGE = {
    "fr": pgettext_lazy("a document's language", "in French"),
    "ar": pgettext_lazy("a document's language", "in Arabic"),
    "en": pgettext_lazy("a document's language", "in English"),
}
# The first characters of a file's SHA-256 in its addresses: a new file, a new address, which
# browsers and proxies may then keep a year.
ADDRESS_DIGEST_LENGTH = 16


def file_size(size):
    """A file's size as a reader of the page's language writes it: "3,2 Mo", "3.2 MB"."""
    megabytes = size / 1024 / 1024
    if megabytes >= 1:
        # number_format() cuts the digits off; the reader expects them rounded.
        return _("%(size)s MB") % {"size": formats.number_format(round(megabytes, 1), 1)}
    return _("%(size)s KB") % {"size": formats.number_format(max(1, round(size / 1024)), 0)}


class _PublicationStorage(LazyObject):
    """settings.STORAGES["publications"], looked up when first used and again after the
    setting changes (tests), as Django's default_storage is."""

    def _setup(self):
        self._wrapped = storages["publications"]


_storage = _PublicationStorage()


@receiver(setting_changed)
def _forget_storage(setting, **kwargs):
    if setting == "STORAGES":
        _storage._wrapped = empty


def publication_storage():
    """Files and covers apart from the public media (settings.STORAGES["publications"])."""
    return _storage


def _file_name(instance, filename):
    return f"files/{instance.digest}.pdf"


class PublicationQuerySet(PublishedQuerySet):
    def cards(self):
        """Only what a card shows (publications/card.html), with its files' languages."""
        return self.only("slug", "title", "kind", "year", "month", "is_demo").prefetch_related(
            models.Prefetch("files", queryset=PublicationFile.objects.for_links())
        )

    def search_results(self, text, limit):
        return PublishedQuerySet.search_results(self.cards(), text, limit)


class Publication(Publishable):
    class Kind(models.TextChoices):
        ANNUAL_REPORT = "annual-report", _("Annual report")
        STUDY = "study", _("Report or study")
        FACT_SHEET = "fact-sheet", _("Fact sheet")
        GUIDE = "guide", _("Guide or manual")
        POLICY_BRIEF = "policy-brief", _("Policy brief")
        OTHER = "other", _("Other")

    title = models.CharField(_("title"), max_length=200)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind)
    summary = models.TextField(_("summary"))
    year = models.PositiveSmallIntegerField(
        _("year"), validators=[MinValueValidator(1951), MaxValueValidator(2100)]
    )
    month = models.PositiveSmallIntegerField(
        _("month"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(12)],
        help_text=_("From 1 to 12; leave it empty when only the year is known."),
    )
    projects = models.ManyToManyField(
        Project, related_name="publications", blank=True, verbose_name=_("projects")
    )
    axes = models.ManyToManyField(
        Axis, related_name="publications", blank=True, verbose_name=_("axes")
    )
    is_demo = models.BooleanField(
        _("demonstration content"), default=False, help_text=_("Invented, for demonstration only.")
    )
    # The text read from each language's file at upload (publications.pdf), for search only.
    file_text_fr = models.TextField(blank=True, editable=False)
    file_text_ar = models.TextField(blank=True, editable=False)
    file_text_en = models.TextField(blank=True, editable=False)
    search_fr = search_text("fr", "title", "summary", files="file_text")
    search_ar = search_text("ar", "title", "summary", files="file_text")
    search_en = search_text("en", "title", "summary", files="file_text")

    objects = PublicationQuerySet.as_manager()

    class Meta:
        ordering = ["-year", models.F("month").desc(nulls_last=True), "title"]
        verbose_name = _("publication")
        verbose_name_plural = _("publications")
        permissions = [("publish_publication", "Can publish and unpublish publications")]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("publications:detail", kwargs={"slug": self.slug})

    def read_file_texts(self, languages, texts):
        """Each language's search text: `texts` has those of the files just uploaded, by
        language; a language without a file (among `languages`) has none."""
        languages = set(languages)
        for code in LANGUAGE_CODES:
            if code in texts:
                setattr(self, f"file_text_{code}", texts[code])
            elif code not in languages:
                setattr(self, f"file_text_{code}", "")

    @property
    def cover_file(self):
        """The file whose first page is the cover: the one in the page's language, or the
        first (French, Arabic, English)."""
        files = list(self.files.all())
        language = get_language()
        return next((file for file in files if file.language == language), None) or (
            files[0] if files else None
        )

    @property
    def month_date(self):
        return datetime.date(self.year, self.month or 1, 1)


class PublicationFileQuerySet(models.QuerySet):
    def for_links(self):
        return self.only(
            *("publication_id", "language", "digest", "size", "pages", "cover_height")
        ).order_by("publication_id", "order_of_language")


class PublicationFile(TimeStamped):
    publication = models.ForeignKey(
        Publication,
        on_delete=models.CASCADE,
        related_name="files",
        verbose_name=_("publication"),
    )
    language = models.CharField(_("language"), max_length=2, choices=settings.LANGUAGES)
    file = models.FileField(
        _("PDF file"),
        storage=publication_storage,
        upload_to=_file_name,
        max_length=200,
        help_text=_(
            "A PDF file. Its cover, number of pages and text are read from it when it is uploaded."
        ),
    )
    # Read from the file at upload (publications.pdf).
    digest = models.CharField(max_length=64, editable=False)
    size = models.PositiveBigIntegerField(editable=False)
    pages = models.PositiveIntegerField(_("pages"), editable=False)
    cover_height = models.PositiveIntegerField(editable=False)
    # The languages in the order of settings.LANGUAGES, for the links and the cover.
    order_of_language = models.PositiveSmallIntegerField(editable=False)

    objects = PublicationFileQuerySet.as_manager()

    class Meta:
        ordering = ["publication", "order_of_language"]
        verbose_name = _("file")
        verbose_name_plural = _("files")
        constraints = [
            models.UniqueConstraint(
                fields=["publication", "language"],
                name="one_file_per_language",
                violation_error_message=_("This publication has a file in this language already."),
            )
        ]

    def __str__(self):
        return f"{self.publication} ({self.get_language_display()})"

    def save(self, **kwargs):
        self.order_of_language = LANGUAGE_CODES.index(self.language)
        super().save(**kwargs)

    def get_absolute_url(self):
        return self._address(f"{self.publication.slug}-{self.language}.pdf")

    def take(self, checked):
        """Take what was read of an uploaded file (a publications.pdf.CheckedPdf), and store
        its cover's renditions, named after the file."""
        self.digest = checked.digest
        self.pages = checked.pages
        self.cover_height = checked.cover_height
        self.text = checked.text
        storage = publication_storage()
        for width, (webp, _height) in checked.covers.items():
            name = self.cover_name(width)
            if not storage.exists(name):
                storage.save(name, ContentFile(webp))

    def cover_name(self, width):
        return f"covers/{self.digest}-{width}.webp"

    def cover_url(self, width):
        return self._address(f"cover-{width}.webp")

    @property
    def small_cover_url(self):
        return self.cover_url(COVER_WIDTHS[0])

    @property
    def small_cover_size(self):
        return self.cover_size(COVER_WIDTHS[0])

    @property
    def large_cover_size(self):
        return self.cover_size(COVER_WIDTHS[-1])

    @property
    def language_name(self):
        """The language's name in itself ("العربية"), as a language menu names it."""
        return get_language_info(self.language)["name_local"]

    @property
    def language_attributes(self):
        return language_attributes(self.language)

    @cached_property
    def cover_srcset(self):
        return ", ".join(f"{self.cover_url(width)} {width}w" for width in COVER_WIDTHS)

    def cover_size(self, width):
        return width, round(self.cover_height * width / COVER_WIDTHS[-1])

    def link_text(self, title):
        """What a download link says: "Rapport annuel 2024 (PDF, 3,2 Mo, en arabe)"."""
        return _("%(title)s (PDF, %(size)s, %(language)s)") % {
            "title": title,
            "size": file_size(self.size),
            "language": IN_LANGUAGE[self.language],
        }

    def _address(self, name):
        return reverse(
            "publication_file",
            kwargs={
                "pk": self.publication_id,
                "digest": self.digest[:ADDRESS_DIGEST_LENGTH],
                "name": name,
            },
        )
