from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from oim_site.publishing.models import RICH_TEXT_HELP, Publishable
from oim_site.publishing.search import search_text


class Axis(Publishable):
    class Icon(models.TextChoices):
        SHIELD = "shield", _("Shield (protection)")
        COMPASS = "compass", _("Compass (governance)")
        SPROUT = "sprout", _("Sprout (youth)")

    title = models.CharField(_("title"), max_length=200)
    summary = models.TextField(_("summary"))
    body = models.TextField(_("body"), blank=True, help_text=RICH_TEXT_HELP)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    icon = models.CharField(_("icon"), max_length=20, choices=Icon, blank=True)
    search_fr = search_text("fr", "title", "summary", "body")
    search_ar = search_text("ar", "title", "summary", "body")
    search_en = search_text("en", "title", "summary", "body")

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("axis")
        verbose_name_plural = _("axes")
        permissions = [("publish_axis", "Can publish and unpublish axes")]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("axes:detail", kwargs={"slug": self.slug})


class Theme(Publishable):
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True, help_text=RICH_TEXT_HELP)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    # A theme's address is the projects list filtered by it, not a page the sitemap lists.
    has_own_page = False

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        permissions = [("publish_theme", "Can publish and unpublish themes")]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("projects:list") + f"?theme={self.slug}"
