from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction

from axes.models import Axis, Theme
from oim_site.content import translated
from partners.models import Partner
from projects import demo_content as content
from projects.models import Partnership, Project, Region


class Command(BaseCommand):
    help = (
        "Load invented projects and partners, marked as demonstration content, "
        "for trying the site. Only what is missing is created."
    )

    @transaction.atomic
    def handle(self, **options):
        call_command("load_initial_content", stdout=self.stdout)
        partners = self.load_partners()
        count = self.load_projects(partners)
        self.stdout.write(f"Demonstration content: {len(partners)} partners, {count} new projects.")

    def load_partners(self):
        partners = {partner.slug: partner for partner in Partner.objects.all()}
        for entry in content.PARTNERS:
            if entry["slug"] not in partners:
                partners[entry["slug"]] = Partner.objects.create(
                    slug=entry["slug"],
                    kind=entry["kind"],
                    website=entry["website"],
                    is_published=True,
                    is_demo=True,
                    **translated(entry, "name", "acronym", "description", "country"),
                )
        return partners

    def load_projects(self, partners):
        axes = {axis.slug: axis for axis in Axis.objects.all()}
        themes = {theme.slug: theme for theme in Theme.objects.all()}
        regions = {region.slug: region for region in Region.objects.all()}
        existing = set(Project.objects.values_list("slug", flat=True))
        new = [entry for entry in content.PROJECTS if entry["slug"] not in existing]
        for entry in new:
            project = Project(
                slug=entry["slug"],
                axis=axes[entry["axis"]],
                status=entry["status"],
                start_date=entry["start_date"],
                end_date=entry["end_date"],
                budget=entry["budget"],
                currency=entry["currency"],
                featured=entry["featured"],
                is_published=True,
                is_demo=True,
                **translated(entry, "title", "summary", "body", "beneficiaries"),
            )
            project.full_clean()
            project.save()
            project.themes.set([themes[slug] for slug in entry["themes"]])
            project.regions.set([regions[slug] for slug in entry["regions"]])
            Partnership.objects.bulk_create(
                Partnership(project=project, partner=partners[slug], role=role)
                for slug, role in entry["partners"]
            )
        return len(new)
