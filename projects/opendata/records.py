"""The JSON records and CSV rows of published projects (the IATI file is made in .iati).

for_export() says what every export reads. The whole-file exports take its projects a chunk at
a time, each chunk with its relations: memory holds one chunk, and each chunk costs the same few
queries.
"""

import csv
import gc

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
# A spreadsheet runs a cell starting with one of these as a formula (OWASP, CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# What the exports show of a partner, named in each language: unlike the partners' own
# manager, the partnerships' does not expand a translated field.
PARTNER_FIELDS = [
    "slug",
    "kind",
    *(
        build_localized_fieldname(field, code)
        for field in ("name", "acronym")
        for code in LANGUAGES
    ),
]


def for_export(projects):
    """The projects in a stable order, with what the exports show of them, leaving out drafts."""
    return (
        projects.order_by("pk")
        # What the exports show: the bodies and the search columns are most of a row.
        .only(
            *("slug", "title", "summary", "beneficiaries", "axis", "status", "start_date"),
            *("end_date", "budget", "currency", "updated_at", "iati_identifier"),
        )
        .prefetch_related(
            # None when the axis is a draft.
            Prefetch("axis", queryset=Axis.objects.published(), to_attr="published_axis"),
            Prefetch(
                "themes",
                queryset=Theme.objects.published().only("slug", "title"),
                to_attr="published_themes",
            ),
            Prefetch("regions", to_attr="region_list"),
            Prefetch(
                "partnerships",
                queryset=Partnership.objects.with_published_partner()
                .only("project", "role", *(f"partner__{field}" for field in PARTNER_FIELDS))
                .order_by("role", "partner__name"),
                to_attr="published_partnerships",
            ),
        )
    )


def streamed(projects):
    """Every project of for_export, read and prefetched CHUNK_SIZE at a time."""
    for count, project in enumerate(for_export(projects).iterator(chunk_size=CHUNK_SIZE), 1):
        yield project
        if count % CHUNK_SIZE == 0:
            # A written chunk is garbage in reference cycles (a prefetched row points back at
            # its project), old enough by now that only a full collection frees it: without
            # one, the chunks pile up.
            gc.collect()


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
        "iati_identifier": project.iati_identifier,
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
    return [_as_text(row[column]) for column in CSV_COLUMNS]


def _as_text(cell):
    """A cell a spreadsheet shows as text: an apostrophe before what would start a formula.

    Our numbers and dates never start so; every cell is checked, whatever the database holds.
    """
    if isinstance(cell, str) and cell.startswith(FORMULA_STARTS):
        return "'" + cell
    return cell


class _Echo:
    """A file for csv.writer that hands each written line back instead of keeping it."""

    def write(self, value):
        return value


def csv_lines(projects, language, absolute_url):
    """The CSV file, line by line; it starts with a byte-order mark for spreadsheet programs.

    Every cell is quoted: a spreadsheet splitting lines on semicolons (French Excel) would
    otherwise make a cell of what follows a semicolon in a text, "=..." included.
    """
    writer = csv.writer(_Echo(), quoting=csv.QUOTE_ALL)
    yield "\ufeff" + writer.writerow(CSV_COLUMNS)
    for project in streamed(projects):
        yield writer.writerow(csv_row(record(project, language, absolute_url)))
