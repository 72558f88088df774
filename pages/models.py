from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from oim_site.publishing.models import (
    RICH_TEXT_HELP,
    Publishable,
    PublishedQuerySet,
    Redirect,
    TimeStamped,
)
from oim_site.publishing.search import search_text
from pages.sections import reserved_slugs, section_choices


class PageQuerySet(PublishedQuerySet):
    def published(self):
        # A page under a draft is a draft too: its address would show the draft's slug.
        return super().published().exclude(parent__is_published=False).select_related("parent")

    def visible_to(self, user):
        return self.select_related("parent") if user.is_staff else self.published()


class Page(Publishable):
    title = models.CharField(_("title"), max_length=200)
    parent = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
        limit_choices_to={"parent__isnull": True},
        verbose_name=_("parent page"),
        help_text=_("Optional: the page this one sits under, which shows a link to it."),
    )
    summary = models.TextField(
        _("summary"),
        help_text=_("One or two sentences: shown under the title and by search engines."),
    )
    body = models.TextField(_("body"), blank=True, help_text=RICH_TEXT_HELP)
    search_fr = search_text("fr", "title", "summary", "body")
    search_ar = search_text("ar", "title", "summary", "body")
    search_en = search_text("en", "title", "summary", "body")

    objects = PageQuerySet.as_manager()

    class Meta:
        ordering = ["title"]
        verbose_name = _("page")
        verbose_name_plural = _("pages")
        permissions = [("publish_page", "Can publish and unpublish pages")]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(parent=models.F("pk")),
                name="page_not_its_own_parent",
                violation_error_message=_("A page cannot be its own parent."),
            ),
        ]

    def __str__(self):
        return self.title

    def save(self, **kwargs):
        # A page's address holds its parent's slug: a new parent moves the page, and a new
        # slug moves its children too. Their old addresses come from the rows as stored.
        stored = Page.objects.filter(pk=self.pk).select_related("parent").first()
        moved = []
        if stored is not None:
            children = stored.children.select_related("parent")
            moved = [(self, stored.addresses()), *((c, c.addresses()) for c in children)]
        super().save(**kwargs)
        for page, old in moved:
            if page is not self:
                page.parent = self
            Redirect.objects.follow(old, page.addresses())

    def get_absolute_url(self):
        if self.parent_id:
            return reverse("pages:child", kwargs={"parent": self.parent.slug, "slug": self.slug})
        return reverse("pages:page", kwargs={"slug": self.slug})

    def clean(self):
        errors = {}
        if self.slug in reserved_slugs():
            errors["slug"] = _(
                "“%(slug)s” is the address of a section of the site: choose another slug."
            ) % {"slug": self.slug}
        if self.parent is not None:
            if self.parent.parent_id is not None:
                errors["parent"] = _(
                    "Pages have one level only: choose a page that has no parent itself."
                )
            elif self.pk is not None and (
                self.parent_id == self.pk or Page.objects.filter(parent=self).exists()
            ):
                errors["parent"] = _(
                    "This page has pages under it: it cannot be put under another one."
                )
        if errors:
            raise ValidationError(errors)


class MenuItemQuerySet(models.QuerySet):
    def links(self):
        """Every menu's items with the page each one may open, in one query."""
        return self.select_related("page__parent").order_by("menu", "order", "pk")


class MenuItem(TimeStamped):
    class Menu(models.TextChoices):
        HEADER = "header", _("Header navigation")
        FOOTER = "footer", _("Footer links")

    menu = models.CharField(_("menu"), max_length=20, choices=Menu)
    order = models.PositiveSmallIntegerField(
        _("order"), default=0, help_text=_("Smaller numbers come first.")
    )
    label = models.CharField(_("label"), max_length=80)
    section = models.CharField(
        _("section of the site"),
        max_length=100,
        blank=True,
        # Read from the site's addresses when asked: a section added later is offered with
        # no migration.
        choices=section_choices,
        help_text=_("A list or page of the site itself, such as the projects."),
    )
    page = models.ForeignKey(
        Page,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="menu_items",
        verbose_name=_("page"),
        help_text=_("A page editors added; a draft page is left out of the menu."),
    )
    url = models.URLField(
        _("external address"),
        blank=True,
        help_text=_("Another site’s address: visitors see that the link leaves this site."),
    )

    objects = MenuItemQuerySet.as_manager()

    class Meta:
        ordering = ["menu", "order", "pk"]
        verbose_name = _("menu link")
        verbose_name_plural = _("menu links")
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(section__gt="", page__isnull=True, url="")
                    | models.Q(section="", page__isnull=False, url="")
                    | models.Q(section="", page__isnull=True, url__gt="")
                ),
                name="menu_item_has_one_target",
                violation_error_message=_(
                    "Give one target: a section of the site, a page or an external address."
                ),
            ),
        ]

    def __str__(self):
        return self.label

    @property
    def is_external(self):
        return bool(self.url)

    def href(self):
        """The link's address, or None when its page is not public."""
        if self.section:
            return reverse(self.section)
        if self.page_id:
            page = self.page
            public = page.is_published and (page.parent is None or page.parent.is_published)
            return page.get_absolute_url() if public else None
        return self.url
