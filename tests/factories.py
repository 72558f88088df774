"""Tiny builders for the objects tests need; each takes overrides as keywords."""

import itertools

from axes.models import Axis, Theme
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
