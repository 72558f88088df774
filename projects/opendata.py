"""The open-data exports of published projects: JSON records and CSV rows (IATI: projects.iati).

The exports stream projects in chunks, each chunk with its related objects prefetched, so
that the number of queries depends on the number of chunks only and memory stays flat.
"""

import csv

from django.conf import settings
from django.db.models import Exists, OuterRef, Prefetch
from django.utils import translation
from modeltranslation.utils import build_localized_fieldname

from axes.models import Axis, Theme
from partners.models import Partner
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
        Prefetch("themes", queryset=Theme.objects.published()),
        "regions",
        Prefetch(
            "partnerships",
            # EXISTS rather than IN: with many partners, SQLite would try each partner in
            # turn against every project of the chunk.
            queryset=Partnership.objects.filter(
                Exists(Partner.objects.published().filter(pk=OuterRef("partner_id")))
            ).select_related("partner"),
        ),
    )


def streamed(projects):
    """The projects to export, a chunk at a time, each let go once it is written."""
    for project in for_export(projects).iterator(chunk_size=CHUNK_SIZE):
        yield project
        # Prefetched querysets refer back to their project: left alone, the written chunks
        # would wait for the cyclic garbage collector, and memory would grow with the export.
        project._prefetched_objects_cache.clear()


def iati_identifier(project):
    return f"{settings.IATI_REPORTING_ORG_REF}-{project.slug}"


def translated_text(obj, field, language):
    """A translated field: each language's own text, or the active language's with fallback."""
    if language == ALL_LANGUAGES:
        return {
            code: getattr(obj, build_localized_fieldname(field, code)) or None for code in LANGUAGES
        }
    return getattr(obj, field)


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
            for theme in project.themes.all()
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
            for region in project.regions.all()
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
            for partnership in project.partnerships.all()
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
