from django.core.validators import MinValueValidator, RegexValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from axes.models import Axis, Theme
from oim_site.images.uploads import IMAGE_HELP, UnguessableName, require_alt_text
from oim_site.publishing.models import RICH_TEXT_HELP, Publishable, PublishedQuerySet, TimeStamped
from oim_site.publishing.search import search_text
from partners.models import Partner


class RegionQuerySet(models.QuerySet):
    def with_project_counts(self):
        """Each region with `project_count`, its number of published projects, in one query."""
        return self.annotate(
            project_count=models.Count("projects", filter=models.Q(projects__is_published=True))
        )


class Region(TimeStamped):
    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    code = models.CharField(
        _("ISO 3166-2 code"),
        max_length=6,
        unique=True,
        validators=[
            # The twelve regions of Morocco since 2015, as the open-data exports publish them.
            RegexValidator(
                r"\AMA-(0[1-9]|1[0-2])\Z",
                _("Use the ISO 3166-2 code of a region of Morocco, from MA-01 to MA-12."),
            )
        ],
        help_text=_("For example “MA-04”."),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    objects = RegionQuerySet.as_manager()

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("region")
        verbose_name_plural = _("regions")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("regions:detail", kwargs={"code": self.code})

    def get_projects_url(self):
        """The projects list filtered on the region."""
        return reverse("projects:list") + f"?region={self.slug}"


class ProjectQuerySet(PublishedQuerySet):
    def cards(self):
        """Only what a project card shows (includes/project_card.html): the bodies in three
        languages are most of a row, and the list sorts the rows before it takes a page."""
        return self.select_related("axis").only(
            *("slug", "title", "summary", "status", "start_date", "end_date", "is_demo"),
            *("axis__slug", "axis__is_published", "axis__title"),
        )

    def search_results(self, text, limit):
        """The first `limit` matches as cards, and how many match: the search page links to
        the projects list for all of them."""
        matches = self.ranked_search(text)
        results = list(matches.cards()[:limit])
        return {"results": results, "count": matches.count() if results else 0}


class Project(Publishable):
    class Status(models.TextChoices):
        PLANNED = "planned", _("Planned")
        ONGOING = "ongoing", _("Ongoing")
        COMPLETED = "completed", _("Completed")

    class Currency(models.TextChoices):
        MAD = "MAD", _("Moroccan dirham (MAD)")
        EUR = "EUR", _("Euro (EUR)")
        USD = "USD", _("US dollar (USD)")

    title = models.CharField(_("title"), max_length=200)
    axis = models.ForeignKey(
        Axis, on_delete=models.PROTECT, related_name="projects", verbose_name=_("axis")
    )
    themes = models.ManyToManyField(
        Theme, related_name="projects", blank=True, verbose_name=_("themes")
    )
    summary = models.TextField(_("summary"))
    body = models.TextField(_("body"), blank=True, help_text=RICH_TEXT_HELP)
    status = models.CharField(_("status"), max_length=20, choices=Status, default=Status.PLANNED)
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)
    budget = models.DecimalField(
        _("budget"),
        max_digits=14,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    currency = models.CharField(_("currency"), max_length=3, choices=Currency, default=Currency.EUR)
    regions = models.ManyToManyField(
        Region, related_name="projects", blank=True, verbose_name=_("regions")
    )
    beneficiaries = models.CharField(
        _("beneficiaries"),
        max_length=300,
        blank=True,
        help_text=_("Who the project serves, for example “1,200 young people”."),
    )
    image = models.ImageField(
        _("image"),
        upload_to=UnguessableName("projects"),
        blank=True,
        width_field="image_width",
        height_field="image_height",
        help_text=IMAGE_HELP,
    )
    image_width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    image_height = models.PositiveIntegerField(null=True, blank=True, editable=False)
    image_alt = models.CharField(
        _("image text alternative"),
        max_length=250,
        blank=True,
        help_text=_(
            "What the image shows, in a sentence, for people who cannot see it. Required when "
            "there is an image."
        ),
    )
    featured = models.BooleanField(
        _("featured"), default=False, help_text=_("Shown on the home page.")
    )
    partners = models.ManyToManyField(
        Partner, through="Partnership", related_name="projects", verbose_name=_("partners")
    )
    is_demo = models.BooleanField(
        _("demonstration content"), default=False, help_text=_("Invented, for demonstration only.")
    )
    search_fr = search_text("fr", "title", "summary", "body")
    search_ar = search_text("ar", "title", "summary", "body")
    search_en = search_text("en", "title", "summary", "body")

    objects = ProjectQuerySet.as_manager()

    class Meta:
        ordering = ["-start_date", "title"]
        verbose_name = _("project")
        verbose_name_plural = _("projects")
        permissions = [("publish_project", "Can publish and unpublish projects")]
        # Lists take a page of the newest without sorting every project (PostgreSQL's
        # incremental sort finishes the order on the title). Search's trigram indexes, for
        # PostgreSQL only, come from migration 0004.
        indexes = [models.Index(models.F("start_date").desc(), name="project_newest_first")]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end_date__isnull=True)
                | models.Q(start_date__isnull=True)
                | models.Q(end_date__gte=models.F("start_date")),
                name="project_ends_after_it_starts",
                violation_error_message=_("The end date cannot be before the start date."),
            ),
            models.CheckConstraint(
                condition=models.Q(budget__isnull=True) | models.Q(budget__gte=0),
                name="project_budget_not_negative",
                violation_error_message=_("The budget cannot be negative."),
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("projects:detail", kwargs={"slug": self.slug})

    def clean(self):
        require_alt_text(self, "image", "image_alt")


class PartnershipQuerySet(models.QuerySet):
    def with_published_partner(self):
        """The partnerships the public may see, with their partner: drafts are left out."""
        return self.filter(partner__is_published=True).select_related("partner")


class Partnership(TimeStamped):
    class Role(models.TextChoices):
        DONOR = "donor", _("Donor")
        IMPLEMENTING = "implementing", _("Implementing partner")
        GOVERNMENT_COUNTERPART = "government-counterpart", _("Government counterpart")
        OTHER = "other", _("Other")

    project = models.ForeignKey(
        Project, on_delete=models.CASCADE, related_name="partnerships", verbose_name=_("project")
    )
    partner = models.ForeignKey(
        Partner, on_delete=models.CASCADE, related_name="partnerships", verbose_name=_("partner")
    )
    role = models.CharField(_("role"), max_length=30, choices=Role)

    objects = PartnershipQuerySet.as_manager()

    class Meta:
        ordering = ["project", "role", "partner__name"]
        verbose_name = _("partnership")
        verbose_name_plural = _("partnerships")
        constraints = [
            models.UniqueConstraint(
                fields=["project", "partner", "role"],
                name="one_role_per_partner_per_project",
                violation_error_message=_("This partner already has this role in the project."),
            ),
        ]

    def __str__(self):
        return f"{self.partner} — {self.get_role_display()} — {self.project}"
