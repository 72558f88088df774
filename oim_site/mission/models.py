from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from oim_site.publishing.models import RICH_TEXT_HELP, TimeStamped


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
