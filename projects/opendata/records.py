"""The open-data exports of published projects: JSON records and CSV rows (IATI: .iati).

The exports stream projects with their related rows, each relation read in one query in the
order of the projects: the number of queries is fixed and memory stays flat.
"""

import csv

from django.conf import settings
from django.db.models import Prefetch
from django.utils import translation
from modeltranslation.utils import build_localized_fieldname

from axes.models import Axis, Theme
from projects.models import Partnership, Project

LANGUAGES = [code for code, _name in settings.LANGUAGES]
ALL_LANGUAGES = "all"
CHUNK_SIZE = 1000

# The CSV columns, in order: the JSON fields flattened, one column per partnership role.
CSV_COLUMNS = [
    "slug",
    "iati_identifier",
    "url",
    "title",
    "summary",
    "beneficiaries",
    "axis",
    "themes",
    "status",
    "status_label",
    "start_date",
    "end_date",
    "budget",
    "currency",
    "regions",
    "region_codes",
    "donors",
    "implementing_partners",
    "government_counterparts",
    "other_partners",
    "updated_at",
]
CSV_PARTNER_COLUMNS = {
    Partnership.Role.DONOR: "donors",
    Partnership.Role.IMPLEMENTING: "implementing_partners",
    Partnership.Role.GOVERNMENT_COUNTERPART: "government_counterparts",
    Partnership.Role.OTHER: "other_partners",
}
CSV_SEPARATOR = "; "


def for_export(projects):
    """Order the projects stably and fetch what the exports show, leaving out drafts."""
    return projects.order_by("pk").prefetch_related(
        # None when the axis is a draft.
        Prefetch("axis", queryset=Axis.objects.published(), to_attr="published_axis"),
        Prefetch("themes", queryset=Theme.objects.published(), to_attr="published_themes"),
        Prefetch("regions", to_attr="region_list"),
        Prefetch(
            "partnerships",
            queryset=Partnership.objects.with_published_partner(),
            to_attr="published_partnerships",
        ),
    )


def streamed(projects):
    """The projects to export, one at a time, with what for_export fetches.

    Each relation is read in one query, in the order of the projects and alongside them: the
    number of queries does not grow with the projects, and memory holds a chunk of each.
    """
    projects = projects.order_by("pk")
    ids = projects.values("pk")
    axes = {axis.pk: axis for axis in Axis.objects.published()}
    themes = _rows_by_project(
        Project.themes.through.objects.filter(project__in=ids, theme__is_published=True)
        .select_related("theme")
        .order_by("project_id", "theme__order", "theme__pk"),
        "theme",
    )
    regions = _rows_by_project(
        Project.regions.through.objects.filter(project__in=ids)
        .select_related("region")
        .order_by("project_id", "region__order", "region__pk"),
        "region",
    )
    partnerships = _rows_by_project(
        Partnership.objects.with_published_partner()
        .filter(project__in=ids)
        .order_by("project_id", "role", "partner__name"),
    )
    for project in projects.iterator(chunk_size=CHUNK_SIZE):
        project.published_axis = axes.get(project.axis_id)
        project.published_themes = themes(project.pk)
        project.region_list = regions(project.pk)
        project.published_partnerships = partnerships(project.pk)
        yield project


def _rows_by_project(rows, attribute=None):
    """A function giving the rows (or their `attribute`) of each project, in increasing pk."""
    rows = rows.iterator(chunk_size=CHUNK_SIZE)
    pending = next(rows, None)

    def of(project_id):
        nonlocal pending
        found = []
        while pending is not None and pending.project_id <= project_id:
            if pending.project_id == project_id:
                found.append(getattr(pending, attribute) if attribute else pending)
            pending = next(rows, None)
        return found

    return of


def iati_identifier(project):
    return f"{settings.IATI_REPORTING_ORG_REF}-{project.slug}"


def translated_text(obj, field, language):
    """A translated field: each language's own text, or the active language's with fallback."""
    if language == ALL_LANGUAGES:
        return {
            code: getattr(obj, build_localized_fieldname(field, code)) or None for code in LANGUAGES
        }
    return getattr(obj, field) or None


def translated_label(label, language):
    """An interface string (a choice's label) in each language, or in the active one."""
    if language == ALL_LANGUAGES:
        return {code: in_language(code, str, label) for code in LANGUAGES}
    return str(label)


def page_url(project, language, absolute_url):
    """The address of the project's page in each language, or in the active one."""
    if language == ALL_LANGUAGES:
        return {
            code: in_language(code, page_url, project, code, absolute_url) for code in LANGUAGES
        }
    return absolute_url(project.get_absolute_url())


def in_language(language, function, *args):
    with translation.override(language):
        return function(*args)


def record(project, language, absolute_url):
    """The JSON record of a project in one language, or in each (ALL_LANGUAGES).

    absolute_url makes a path of the site a full address.
    """
    if language == ALL_LANGUAGES:
        return _record(project, language, absolute_url)
    return in_language(language, _record, project, language, absolute_url)


def _record(project, language, absolute_url):
    axis = project.published_axis
    return {
        "slug": project.slug,
        "iati_identifier": iati_identifier(project),
        "url": page_url(project, language, absolute_url),
        "title": translated_text(project, "title", language),
        "summary": translated_text(project, "summary", language),
        "beneficiaries": translated_text(project, "beneficiaries", language),
        "axis": axis and {"slug": axis.slug, "title": translated_text(axis, "title", language)},
        "themes": [
            {"slug": theme.slug, "title": translated_text(theme, "title", language)}
            for theme in project.published_themes
        ],
        "status": project.status,
        "status_label": translated_label(Project.Status(project.status).label, language),
        "start_date": project.start_date and project.start_date.isoformat(),
        "end_date": project.end_date and project.end_date.isoformat(),
        "budget": None if project.budget is None else str(project.budget),
        "currency": project.currency,
        "regions": [
            {
                "code": region.code,
                "slug": region.slug,
                "name": translated_text(region, "name", language),
            }
            for region in project.region_list
        ],
        "partners": [
            {
                "slug": partnership.partner.slug,
                "name": translated_text(partnership.partner, "name", language),
                "acronym": translated_text(partnership.partner, "acronym", language),
                "kind": partnership.partner.kind,
                "role": partnership.role,
                "role_label": translated_label(Partnership.Role(partnership.role).label, language),
            }
            for partnership in project.published_partnerships
        ],
        "updated_at": project.updated_at.isoformat(timespec="seconds"),
    }


def csv_row(data):
    """A JSON record in one language, flattened to the CSV columns."""
    row = {
        **data,
        "axis": data["axis"]["title"] if data["axis"] else "",
        "themes": CSV_SEPARATOR.join(theme["title"] for theme in data["themes"]),
        "regions": CSV_SEPARATOR.join(region["name"] for region in data["regions"]),
        "region_codes": CSV_SEPARATOR.join(region["code"] for region in data["regions"]),
    }
    for role, column in CSV_PARTNER_COLUMNS.items():
        row[column] = CSV_SEPARATOR.join(
            partner["name"] for partner in data["partners"] if partner["role"] == role
        )
    return [row[column] for column in CSV_COLUMNS]


class _Echo:
    """A file for csv.writer that hands each written line back instead of keeping it."""

    def write(self, value):
        return value


def csv_lines(projects, language, absolute_url):
    """The CSV file, line by line; it starts with a byte-order mark for spreadsheet programs."""
    writer = csv.writer(_Echo())
    yield "\ufeff" + writer.writerow(CSV_COLUMNS)
    for project in streamed(projects):
        yield writer.writerow(csv_row(record(project, language, absolute_url)))
