import datetime
import secrets
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator, RegexValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from axes.models import Axis, Theme
from oim_site.images.models import Illustrated
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


# IATI's rules for an activity identifier: no space, and none of / & | ? (they break the
# registry's addresses); letters, digits and . - _ : as IATI publishers' own codes use them.
IATI_IDENTIFIER = RegexValidator(
    r"\A[A-Za-z0-9][A-Za-z0-9._:-]*\Z",
    _("Use letters, digits, dots, hyphens, underscores and colons only (no space, / & | or ?)."),
)


def iati_identifier(code):
    """The activity identifier of a project whose own code is `code`."""
    return f"{settings.IATI_REPORTING_ORG_REF}-{code}"


def generated_code():
    """A code for a project that has none of its own: random, so that it says nothing the
    editor may change later (the slug, the title), and short enough to read out."""
    return "OIMMA-" + secrets.token_hex(4).upper()


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

    def bulk_create(self, objs, *args, **kwargs):
        objs = list(objs)
        for obj in objs:
            obj.set_iati_identifier()
        return super().bulk_create(objs, *args, **kwargs)


class Project(Publishable, Illustrated):
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
    featured = models.BooleanField(
        _("featured"), default=False, help_text=_("Shown on the home page.")
    )
    partners = models.ManyToManyField(
        Partner, through="Partnership", related_name="projects", verbose_name=_("partners")
    )
    is_demo = models.BooleanField(
        _("demonstration content"), default=False, help_text=_("Invented, for demonstration only.")
    )
    iati_identifier = models.CharField(
        _("IATI identifier"),
        max_length=150,
        unique=True,
        validators=[IATI_IDENTIFIER],
        help_text=_(
            "The activity’s identifier in the IATI file, set once when the project is created; "
            "changing the address of the page does not change it. Only publishers may change it."
        ),
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

    def save(self, **kwargs):
        self.set_iati_identifier()
        super().save(**kwargs)

    def get_absolute_url(self):
        return reverse("projects:detail", kwargs={"slug": self.slug})

    def clean(self):
        super().clean()
        prefix = iati_identifier("")
        if self.iati_identifier and not self.iati_identifier.startswith(prefix):
            raise ValidationError(
                {
                    "iati_identifier": _(
                        "An IATI identifier starts with the reporting organisation’s "
                        "identifier and a hyphen: “%(prefix)s”."
                    )
                    % {"prefix": prefix}
                }
            )

    def set_iati_identifier(self, code=None):
        """Give a new project its identifier, from its own code or a generated one; an
        identifier once set is kept, whatever else changes."""
        if not self.iati_identifier:
            self.iati_identifier = iati_identifier(code or generated_code())

    def budget_periods(self):
        """(start, end, amount) of the budget in periods of a year at most, as IATI asks:
        each year from the start date, the last one ending with the project. The amount is
        shared in proportion to the days, the last period taking what rounding left, so that
        the amounts add up to the budget."""
        if self.budget is None or not (self.start_date and self.end_date):
            return []
        total_days = (self.end_date - self.start_date).days + 1
        periods, start = [], self.start_date
        while start <= self.end_date:
            end = min(_a_year_on(start) - datetime.timedelta(days=1), self.end_date)
            periods.append([start, end])
            start = end + datetime.timedelta(days=1)
        shared = Decimal(0)
        for period in periods[:-1]:
            days = (period[1] - period[0]).days + 1
            amount = (self.budget * days / total_days).quantize(Decimal("0.01"))
            period.append(amount)
            shared += amount
        periods[-1].append(self.budget - shared)
        return [tuple(period) for period in periods]


def _a_year_on(day):
    try:
        return day.replace(year=day.year + 1)
    except ValueError:
        # 29 February: a year on is 1 March.
        return day.replace(year=day.year + 1, month=3, day=1)


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
