from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import translation

from axes.models import Axis, Theme
from oim_site.editorial.history import record_first_version
from oim_site.languages.fields import language_codes, translated
from oim_site.mission import initial_content as content
from oim_site.mission.models import MissionProfile
from pages.models import MenuItem, Page
from pages.sections import sections
from projects.models import Region


@translation.override(None)
def summary(created):
    """What was created, (count, model) each, for the operator's terminal: in English, as
    the rest of the output of the commands, whatever the site's default language."""
    if not created:
        return "Nothing to load."
    return "Created: " + ", ".join(
        f"{count} {model._meta.verbose_name if count == 1 else model._meta.verbose_name_plural}"
        for count, model in created
    )


class Command(BaseCommand):
    help = (
        "Load the mission profile, axes, themes, regions, pages and menus in French, Arabic "
        "and English. "
        "Only what is missing is created: what staff edited is never overwritten."
    )

    @transaction.atomic
    def handle(self, **options):
        created = []
        if not MissionProfile.objects.exists():
            self.create_profile()
            created.append((1, MissionProfile))
        for model, entries, fields in [
            (Axis, content.AXES, ("title", "summary", "body")),
            (Theme, content.THEMES, ("title", "description")),
            (Region, content.REGIONS, ("name",)),
        ]:
            existing = set(model.objects.values_list("slug", flat=True))
            new = [
                self.build(model, order, entry, fields)
                for order, entry in enumerate(entries, start=1)
                if entry["slug"] not in existing
            ]
            for obj in model.objects.bulk_create(new):
                record_first_version(obj)
            if new:
                created.append((len(new), model))
        for model, new in [(Page, self.create_pages()), (MenuItem, self.create_menu_links())]:
            for obj in new:
                record_first_version(obj)
            if new:
                created.append((len(new), model))
        self.stdout.write(summary(created))

    def build(self, model, order, entry, fields):
        extra = {key: entry[key] for key in ("icon", "code") if key in entry}
        if model is not Region:
            extra["is_published"] = True
        return model(slug=entry["slug"], order=order, **extra, **translated(entry, *fields))

    def create_profile(self):
        profile = MissionProfile.objects.create(
            email=content.PROFILE["email"],
            phone=content.PROFILE["phone"],
            **translated(
                content.PROFILE, "name", "lead", "context", "diaspora", "approach", "address"
            ),
        )
        for order, figure in enumerate(content.KEY_FIGURES, start=1):
            profile.key_figures.create(order=order, **translated(figure, "value", "label"))
        for order, milestone in enumerate(content.MILESTONES, start=1):
            profile.milestones.create(order=order, **translated(milestone, "date", "text"))
        record_first_version(profile)

    def create_pages(self):
        existing = set(Page.objects.values_list("slug", flat=True))
        profile = MissionProfile.objects.first()
        new = []
        for entry in content.PAGES:
            if entry["slug"] in existing:
                continue
            bodies = {
                f"body_{code}": entry["body"][code].format(
                    contact=self.contact_details(profile, entry.get("contact", {}), code)
                )
                for code in language_codes()
            }
            new.append(
                Page(
                    slug=entry["slug"],
                    is_published=True,
                    **translated(entry, "title", "summary"),
                    **bodies,
                )
            )
        return Page.objects.bulk_create(new)

    def contact_details(self, profile, headings, code):
        """The profile's address, email and phone as Markdown, under headings in `code`."""
        if profile is None:
            return ""
        values = {
            "address": getattr(profile, f"address_{code}") or profile.address_fr,
            "email": profile.email and f"[{profile.email}](mailto:{profile.email})",
            "phone": profile.phone and f"[{profile.phone}](tel:{profile.phone.replace(' ', '')})",
        }
        return "\n\n".join(
            f"**{heading[code]}**\n{values[name]}"
            for name, heading in headings.items()
            if values[name]
        )

    def create_menu_links(self):
        available = dict(sections())
        pages = {page.slug: page for page in Page.objects.all()}
        linked = set(MenuItem.objects.values_list("menu", "section", "page__slug"))
        new = []
        for position, entry in enumerate(content.MENUS, start=1):
            section, slug = entry.get("section", ""), entry.get("page")
            if (entry["menu"], section, slug) in linked:
                continue
            if (section and section not in available) or (slug and slug not in pages):
                continue
            new.append(
                MenuItem(
                    menu=entry["menu"],
                    order=entry.get("order", position * 10),
                    section=section,
                    page=pages.get(slug),
                    **translated(entry, "label"),
                )
            )
        return MenuItem.objects.bulk_create(new)
