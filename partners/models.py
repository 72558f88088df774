from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from oim_site.images.uploads import IMAGE_HELP, UnguessableName, require_alt_text
from oim_site.publishing.models import RICH_TEXT_HELP, Publishable, PublishedQuerySet
from oim_site.publishing.search import search_text


def name_with_acronym(name, acronym):
    return f"{name} ({acronym})" if acronym else name


class PartnerQuerySet(PublishedQuerySet):
    def by_kind(self):
        """(kind, partners) pairs in the order of Partner.Kind, leaving out empty kinds."""
        groups = {kind: [] for kind in Partner.Kind}
        for partner in self:
            groups[partner.kind].append(partner)
        return [(kind, partners) for kind, partners in groups.items() if partners]

    def search_rows(self):
        # What partners/partner_search.html shows: the name with its acronym, and a link.
        return self.only("slug", "name", "acronym")

    def count_by_kind(self):
        """(kind, number of partners) in the order of Partner.Kind, leaving out empty kinds."""
        counts = dict(self.order_by().values_list("kind").annotate(models.Count("pk")))
        return [(kind, counts[kind]) for kind in Partner.Kind if kind in counts]


class Partner(Publishable):
    class Kind(models.TextChoices):
        MOROCCAN_AUTHORITY = "moroccan-authority", _("Moroccan government authority")
        INTERNATIONAL_GOVERNMENT = "international-government", _("International government partner")
        UN_AGENCY = "un-agency", _("United Nations agency")
        CIVIL_SOCIETY = "civil-society", _("Civil society organisation")
        LOCAL_ASSOCIATION = "local-association", _("Local association")
        MIGRANT_ASSOCIATION = "migrant-association", _("Migrant association")

    name = models.CharField(_("name"), max_length=200)
    acronym = models.CharField(_("acronym"), max_length=30, blank=True)
    kind = models.CharField(_("kind"), max_length=30, choices=Kind)
    description = models.TextField(_("description"), blank=True, help_text=RICH_TEXT_HELP)
    website = models.URLField(_("website"), blank=True)
    logo = models.ImageField(
        _("logo"),
        upload_to=UnguessableName("partners"),
        blank=True,
        width_field="logo_width",
        height_field="logo_height",
        help_text=IMAGE_HELP,
    )
    logo_width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    logo_height = models.PositiveIntegerField(null=True, blank=True, editable=False)
    logo_alt = models.CharField(
        _("logo text alternative"),
        max_length=250,
        blank=True,
        help_text=_(
            "What the logo says, for people who cannot see it: usually the organisation’s "
            "name. Required when there is a logo."
        ),
    )
    country = models.CharField(_("country"), max_length=100, blank=True)
    is_demo = models.BooleanField(
        _("demonstration content"), default=False, help_text=_("Invented, for demonstration only.")
    )
    search_fr = search_text("fr", "name", "acronym", "description")
    search_ar = search_text("ar", "name", "acronym", "description")
    search_en = search_text("en", "name", "acronym", "description")

    objects = PartnerQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("partner")
        verbose_name_plural = _("partners")
        permissions = [("publish_partner", "Can publish and unpublish partners")]

    def __str__(self):
        return name_with_acronym(self.name, self.acronym)

    def get_absolute_url(self):
        return reverse("partners:detail", kwargs={"slug": self.slug})

    def clean(self):
        require_alt_text(self, "logo", "logo_alt")
