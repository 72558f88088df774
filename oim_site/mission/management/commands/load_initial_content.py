from django.core.management.base import BaseCommand
from django.db import transaction

from axes.models import Axis, Theme
from oim_site.editorial.history import record_first_version
from oim_site.languages.fields import translated
from oim_site.mission import initial_content as content
from oim_site.mission.models import MissionProfile
from projects.models import Region


class Command(BaseCommand):
    help = (
        "Load the mission profile, axes, themes and regions in French, Arabic and English. "
        "Only what is missing is created: what staff edited is never overwritten."
    )

    @transaction.atomic
    def handle(self, **options):
        created = []
        if not MissionProfile.objects.exists():
            self.create_profile()
            created.append("mission profile")
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
                created.append(f"{len(new)} {model._meta.verbose_name_plural}")
        self.stdout.write("Created: " + ", ".join(created) if created else "Nothing to load.")

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
