"""Tiny builders for the objects tests need; each takes overrides as keywords."""

import datetime
import itertools

from axes.models import Axis, Theme
from news.models import Article
from partners.models import Partner
from projects.models import Partnership, Project, Region

_sequence = itertools.count(1)


def make_axis(**fields):
    n = next(_sequence)
    fields.setdefault("title_fr", f"Axe {n}")
    fields.setdefault("summary_fr", f"Résumé de l'axe {n}")
    fields.setdefault("slug", f"axe-{n}")
    fields.setdefault("is_published", True)
    return Axis.objects.create(**fields)


def make_theme(**fields):
    n = next(_sequence)
    fields.setdefault("title_fr", f"Thème {n}")
    fields.setdefault("slug", f"theme-{n}")
    fields.setdefault("is_published", True)
    return Theme.objects.create(**fields)


def make_region(**fields):
    n = next(_sequence)
    fields.setdefault("name_fr", f"Région {n}")
    fields.setdefault("slug", f"region-{n}")
    fields.setdefault("code", f"X-{n}")
    return Region.objects.create(**fields)


def make_partner(**fields):
    n = next(_sequence)
    fields.setdefault("name_fr", f"Partenaire {n}")
    fields.setdefault("slug", f"partenaire-{n}")
    fields.setdefault("kind", Partner.Kind.LOCAL_ASSOCIATION)
    fields.setdefault("is_published", True)
    return Partner.objects.create(**fields)


def make_project(partners=(), **fields):
    n = next(_sequence)
    fields.setdefault("title_fr", f"Projet {n}")
    fields.setdefault("summary_fr", f"Résumé du projet {n}")
    fields.setdefault("slug", f"projet-{n}")
    fields.setdefault("is_published", True)
    if "axis" not in fields:
        fields["axis"] = make_axis()
    project = Project.objects.create(**fields)
    for partner in partners:
        Partnership.objects.create(project=project, partner=partner, role="implementing")
    return project


def make_projects(count, axis, theme, region):
    """`count` published projects under `axis`, with `theme`, `region` and a partner each."""
    start = next(_sequence)
    partners = Partner.objects.bulk_create(
        Partner(
            name_fr=f"Partenaire {start}-{i}",
            slug=f"partenaire-{start}-{i}",
            kind=Partner.Kind.UN_AGENCY,
            is_published=True,
        )
        for i in range(count)
    )
    projects = Project.objects.bulk_create(
        Project(
            title_fr=f"Projet {start}-{i}",
            summary_fr=f"Résumé du projet {start}-{i}",
            slug=f"projet-{start}-{i}",
            axis=axis,
            featured=True,
            is_published=True,
        )
        for i in range(count)
    )
    Project.themes.through.objects.bulk_create(
        Project.themes.through(project=project, theme=theme) for project in projects
    )
    Project.regions.through.objects.bulk_create(
        Project.regions.through(project=project, region=region) for project in projects
    )
    Partnership.objects.bulk_create(
        Partnership(project=project, partner=partner, role=Partnership.Role.DONOR)
        for project, partner in zip(projects, partners, strict=True)
    )
    return projects


def make_article(links=None, **fields):
    """An article; `links` maps axes, projects, partners or regions to the rows it names."""
    n = next(_sequence)
    fields.setdefault("title_fr", f"Article {n}")
    fields.setdefault("summary_fr", f"Résumé de l'article {n}")
    fields.setdefault("slug", f"article-{n}")
    fields.setdefault("is_published", True)
    article = Article.objects.create(**fields)
    for relation, rows in (links or {}).items():
        getattr(article, relation).set(rows)
    return article


def make_articles(count, axis, region, project, partner):
    """`count` published articles, one a day back from 2026-06-30, each linked to `axis`,
    `region`, `project` and `partner`."""
    start = next(_sequence)
    articles = Article.objects.bulk_create(
        Article(
            title_fr=f"Article {start}-{i}",
            summary_fr=f"Résumé de l'article {start}-{i}",
            slug=f"article-{start}-{i}",
            kind=list(Article.Kind)[i % 3],
            date=datetime.date(2026, 6, 30) - datetime.timedelta(days=i),
            featured=i % 5 == 0,
            is_published=True,
        )
        for i in range(count)
    )
    for relation, row in (
        ("axes", axis),
        ("regions", region),
        ("projects", project),
        ("partners", partner),
    ):
        through = getattr(Article, relation).through
        target = getattr(Article, relation).field.m2m_reverse_field_name()
        through.objects.bulk_create(
            through(article=article, **{target: row}) for article in articles
        )
    return articles
