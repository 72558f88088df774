import datetime
import importlib.util
import random

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction

from axes.models import Axis, Theme
from news import demo_content as news_content
from news.models import Article
from oim_site.editorial.history import record_first_version
from oim_site.languages.fields import translated
from partners.models import Partner
from projects import demo_content as content
from projects.models import Partnership, Project, Region
from publications import demo_content as publications_content
from publications.models import Publication, PublicationFile

ROLES = list(Partnership.Role)


class Command(BaseCommand):
    help = (
        "Load invented projects, partners, articles and publications, marked as demonstration "
        "content, for trying the site. Only what is missing is created."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--projects",
            type=int,
            default=0,
            metavar="N",
            help="Then add numbered variants of the demonstration projects, up to N in all, "
            "each with 2 to 4 partners and 1 to 3 themes and regions (for benchmarks).",
        )
        parser.add_argument(
            "--partners",
            type=int,
            default=0,
            metavar="N",
            help="Then add numbered variants of the demonstration partners, up to N in all.",
        )
        parser.add_argument(
            "--articles",
            type=int,
            default=0,
            metavar="N",
            help="Then add numbered variants of the demonstration articles, up to N in all, "
            "each a day older than the last (for benchmarks).",
        )

    @transaction.atomic
    def handle(self, **options):
        call_command("load_initial_content", stdout=self.stdout)
        # A first version in the history of each, but for the numbered copies below.
        partners = self.load_partners()
        count = self.load_projects(partners)
        added = self.add_partner_variants(options["partners"])
        count += self.add_project_variants(options["projects"])
        articles = self.load_articles() + self.add_article_variants(options["articles"])
        publications = self.load_publications()
        self.stdout.write(
            f"Demonstration content: {len(partners) + added} partners, {count} new projects, "
            f"{articles} new articles, {publications} new publications."
        )

    def load_partners(self):
        partners = {partner.slug: partner for partner in Partner.objects.all()}
        for entry in content.PARTNERS:
            if entry["slug"] not in partners:
                partners[entry["slug"]] = self.build_partner(entry)
                partners[entry["slug"]].save()
                record_first_version(partners[entry["slug"]])
        return partners

    def load_projects(self, partners):
        axes = {axis.slug: axis for axis in Axis.objects.all()}
        themes = {theme.slug: theme for theme in Theme.objects.all()}
        regions = {region.slug: region for region in Region.objects.all()}
        existing = set(Project.objects.values_list("slug", flat=True))
        new = [entry for entry in content.PROJECTS if entry["slug"] not in existing]
        for entry in new:
            project = self.build_project(entry, axes[entry["axis"]])
            project.full_clean()
            project.save()
            project.themes.set([themes[slug] for slug in entry["themes"]])
            project.regions.set([regions[slug] for slug in entry["regions"]])
            Partnership.objects.bulk_create(
                Partnership(project=project, partner=partners[slug], role=role)
                for slug, role in entry["partners"]
            )
            # Now that they exist: the project's version holds its partnerships.
            record_first_version(project)
        return len(new)

    def load_publications(self):
        if importlib.util.find_spec("fpdf") is None:
            self.stderr.write(
                "No demonstration publications: fpdf2, which writes their PDF files, is a "
                "development dependency (requirements/dev.txt)."
            )
            return 0
        axes = {axis.slug: axis for axis in Axis.objects.all()}
        existing = set(Publication.objects.values_list("slug", flat=True))
        new = [e for e in publications_content.PUBLICATIONS if e["slug"] not in existing]
        for entry in new:
            publication = Publication(
                slug=entry["slug"],
                kind=entry["kind"],
                year=entry["year"],
                month=entry["month"],
                is_published=True,
                is_demo=True,
                **translated(entry, "title", "summary"),
            )
            publication.full_clean()
            publication.save()
            publication.axes.set([axes[slug] for slug in entry["axes"]])
            publication.projects.set(Project.objects.filter(slug__in=entry["projects"]))
            texts = {}
            for code in publications_content.available_languages(entry):
                upload, checked = publications_content.checked_file(entry, code)
                file = PublicationFile(publication=publication, language=code, size=upload.size)
                file.take(checked)
                file.file = upload
                file.save()
                texts[code] = checked.text
            publication.read_file_texts(texts, texts)
            publication.save(update_fields=["file_text_fr", "file_text_ar", "file_text_en"])
            record_first_version(publication)
        return len(new)

    def add_partner_variants(self, total):
        existing = set(Partner.objects.values_list("slug", flat=True))
        new = [
            self.build_partner(entry)
            for entry in variants(content.PARTNERS, total, "name")
            if entry["slug"] not in existing
        ]
        Partner.objects.bulk_create(new)
        return len(new)

    def add_project_variants(self, total):
        """Variants linked at random, but the same on every run: each is seeded by its slug."""
        axes = {axis.slug: axis for axis in Axis.objects.all()}
        themes, regions = list(Theme.objects.all()), list(Region.objects.all())
        partners = list(Partner.objects.all())
        existing = set(Project.objects.values_list("slug", flat=True))
        new = [
            entry
            for entry in variants(content.PROJECTS, total, "title", vary=project_copy)
            if entry["slug"] not in existing
        ]
        projects = Project.objects.bulk_create(
            [self.build_project(entry, axes[entry["axis"]]) for entry in new], batch_size=500
        )
        project_themes, project_regions, partnerships = [], [], []
        for project in projects:
            chance = random.Random(project.slug)
            project_themes += [
                Project.themes.through(project=project, theme=theme)
                for theme in chance.sample(themes, chance.randint(1, 3))
            ]
            project_regions += [
                Project.regions.through(project=project, region=region)
                for region in chance.sample(regions, chance.randint(1, 3))
            ]
            partnerships += [
                Partnership(project=project, partner=partner, role=role)
                for partner, role in zip(
                    chance.sample(partners, chance.randint(2, 4)), ROLES, strict=False
                )
            ]
        Project.themes.through.objects.bulk_create(project_themes, batch_size=1000)
        Project.regions.through.objects.bulk_create(project_regions, batch_size=1000)
        Partnership.objects.bulk_create(partnerships, batch_size=1000)
        return len(projects)

    def load_articles(self):
        links = {
            "axes": {axis.slug: axis for axis in Axis.objects.all()},
            "projects": {project.slug: project for project in Project.objects.all()},
            "partners": {partner.slug: partner for partner in Partner.objects.all()},
            "regions": {region.slug: region for region in Region.objects.all()},
        }
        existing = set(Article.objects.values_list("slug", flat=True))
        new = [entry for entry in news_content.ARTICLES if entry["slug"] not in existing]
        for entry in new:
            article = self.build_article(entry)
            article.full_clean()
            article.save()
            for relation, slugs in entry["links"].items():
                getattr(article, relation).set([links[relation][slug] for slug in slugs])
            record_first_version(article)
        return len(new)

    def add_article_variants(self, total):
        """Variants with the links of the article they copy, each a day older than the last."""
        existing = set(Article.objects.values_list("slug", flat=True))
        oldest = datetime.date.fromisoformat(min(entry["date"] for entry in news_content.ARTICLES))
        new = [
            entry | {"date": (oldest - datetime.timedelta(days=number)).isoformat()}
            for number, entry in enumerate(variants(news_content.ARTICLES, total, "title"), 1)
            if entry["slug"] not in existing
        ]
        articles = Article.objects.bulk_create(
            [self.build_article(entry) for entry in new], batch_size=500
        )
        originals = {
            article.slug: article
            for article in Article.objects.filter(
                slug__in=[entry["slug"] for entry in news_content.ARTICLES]
            ).prefetch_related("axes", "projects", "partners", "regions")
        }
        for relation in ("axes", "projects", "partners", "regions"):
            through = getattr(Article, relation).through
            target = getattr(Article, relation).field.m2m_reverse_field_name()
            through.objects.bulk_create(
                (
                    through(article=article, **{target: linked})
                    for article, entry in zip(articles, new, strict=True)
                    for linked in getattr(originals[entry["copies"]], relation).all()
                ),
                batch_size=1000,
            )
        return len(articles)

    def build_article(self, entry):
        return Article(
            slug=entry["slug"],
            kind=entry["kind"],
            date=entry["date"],
            # The home page's featured articles stay the demonstration's own.
            featured=entry["featured"] and "copies" not in entry,
            is_published=True,
            is_demo=True,
            **translated(entry, "title", "summary", "body", "dateline"),
        )

    def build_partner(self, entry):
        return Partner(
            slug=entry["slug"],
            kind=entry["kind"],
            website=entry["website"],
            is_published=True,
            is_demo=True,
            **translated(entry, "name", "acronym", "description", "country"),
        )

    def build_project(self, entry, axis):
        project = Project(
            slug=entry["slug"],
            axis=axis,
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
        project.set_iati_identifier()
        return project


def variants(entries, total, field, vary=lambda entry, number: {}):
    """Copies of `entries` in turn, numbered on from their count up to `total` entries in all.

    The number ends the slug and, in every language, `field`; `copies` names the slug of the
    entry copied; `vary` gives other changes.
    """
    copies = []
    for number in range(len(entries), total):
        entry = entries[number % len(entries)]
        copies.append(
            entry
            | {
                "copies": entry["slug"],
                "slug": f"{entry['slug']}-{number}",
                field: {code: f"{text} {number}" for code, text in entry[field].items()},
                **vary(entry, number),
            }
        )
    return copies


def project_copy(entry, number):
    """What a numbered copy of a project changes besides its title: dates `number` days
    before its model's (as in a real list, few projects start on the same day), and no place
    among the home page's featured projects, which stay the demonstration's own."""
    shift = datetime.timedelta(days=number)
    dates = {
        name: datetime.date.fromisoformat(entry[name]) - shift if entry[name] else None
        for name in ("start_date", "end_date")
    }
    return dates | {"featured": False}
