"""The open-data exports of published projects: JSON records, CSV rows and IATI 2.03 activities.

The exports stream projects in chunks, each chunk with its related objects prefetched, so
that the number of queries depends on the number of chunks only and memory stays flat.
"""

import csv
import io

from django.conf import settings
from django.db.models import Exists, OuterRef, Prefetch
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from lxml import etree
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

REPORTING_ORG_NAME = _("International Organization for Migration")
# IATI codes (iatistandard.org codelists). OrganisationRole: 1 funding, 2 accountable,
# 4 implementing. "Other" has no IATI role: those partners are left out of the IATI file.
IATI_ROLES = {
    Partnership.Role.DONOR: "1",
    Partnership.Role.GOVERNMENT_COUNTERPART: "2",
    Partnership.Role.IMPLEMENTING: "4",
}
IATI_IMPLEMENTING = "4"
# OrganisationType: 10 government, 40 multilateral, 24 NGO based in the recipient country.
# A civil-society organisation may be Moroccan or international: it is left untyped.
IATI_ORGANISATION_TYPES = {
    Partner.Kind.MOROCCAN_AUTHORITY: "10",
    Partner.Kind.INTERNATIONAL_GOVERNMENT: "10",
    Partner.Kind.UN_AGENCY: "40",
    Partner.Kind.LOCAL_ASSOCIATION: "24",
    Partner.Kind.MIGRANT_ASSOCIATION: "24",
}
# ActivityStatus: 1 pipeline, 2 implementation, 3 finalisation, 4 closed.
IATI_STATUSES = {Project.Status.PLANNED: "1", Project.Status.ONGOING: "2"}
IATI_FINALISATION, IATI_CLOSED = "3", "4"
# ActivityDateType: 1 planned start, 2 actual start, 3 planned end, 4 actual end.
PLANNED_START, ACTUAL_START, PLANNED_END, ACTUAL_END = "1", "2", "3", "4"
RECIPIENT_COUNTRY = "MA"
# DAC 5-digit purpose code (vocabulary 1): facilitation of orderly, safe, regular and
# responsible migration and mobility.
DAC_SECTOR = "15190"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


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


def _streamed(projects):
    """The projects to export, a chunk at a time, each let go once it is written."""
    for project in for_export(projects).iterator(chunk_size=CHUNK_SIZE):
        yield project
        # Prefetched querysets refer back to their project: left alone, the written chunks
        # would wait for the cyclic garbage collector, and memory would grow with the export.
        project._prefetched_objects_cache.clear()


def iati_identifier(project):
    return f"{settings.IATI_REPORTING_ORG_REF}-{project.slug}"


def _text(obj, field, language):
    """A translated field: each language's own text, or the active language's with fallback."""
    if language == ALL_LANGUAGES:
        return {
            code: getattr(obj, build_localized_fieldname(field, code)) or None for code in LANGUAGES
        }
    return getattr(obj, field)


def _label(label, language):
    """An interface string (a choice's label) in each language, or in the active one."""
    if language == ALL_LANGUAGES:
        return {code: _in_language(code, str, label) for code in LANGUAGES}
    return str(label)


def _page_url(project, language, absolute_url):
    """The address of the project's page in each language, or in the active one."""
    if language == ALL_LANGUAGES:
        return {
            code: _in_language(code, _page_url, project, code, absolute_url) for code in LANGUAGES
        }
    return absolute_url(project.get_absolute_url())


def _in_language(language, function, *args):
    with translation.override(language):
        return function(*args)


def record(project, language, absolute_url):
    """The JSON record of a project in one language, or in each (ALL_LANGUAGES).

    absolute_url makes a path of the site a full address.
    """
    if language == ALL_LANGUAGES:
        return _record(project, language, absolute_url)
    return _in_language(language, _record, project, language, absolute_url)


def _record(project, language, absolute_url):
    axis = project.published_axis
    return {
        "slug": project.slug,
        "iati_identifier": iati_identifier(project),
        "url": _page_url(project, language, absolute_url),
        "title": _text(project, "title", language),
        "summary": _text(project, "summary", language),
        "beneficiaries": _text(project, "beneficiaries", language),
        "axis": axis and {"slug": axis.slug, "title": _text(axis, "title", language)},
        "themes": [
            {"slug": theme.slug, "title": _text(theme, "title", language)}
            for theme in project.themes.all()
        ],
        "status": project.status,
        "status_label": _label(Project.Status(project.status).label, language),
        "start_date": project.start_date and project.start_date.isoformat(),
        "end_date": project.end_date and project.end_date.isoformat(),
        "budget": None if project.budget is None else str(project.budget),
        "currency": project.currency,
        "regions": [
            {"code": region.code, "slug": region.slug, "name": _text(region, "name", language)}
            for region in project.regions.all()
        ],
        "partners": [
            {
                "slug": partnership.partner.slug,
                "name": _text(partnership.partner, "name", language),
                "acronym": _text(partnership.partner, "acronym", language),
                "kind": partnership.partner.kind,
                "role": partnership.role,
                "role_label": _label(Partnership.Role(partnership.role).label, language),
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
    for project in _streamed(projects):
        yield writer.writerow(csv_row(record(project, language, absolute_url)))


def _element(parent, tag, text=None, **attributes):
    # IATI attribute names have hyphens: iso_date=... is written iso-date="...".
    element = etree.SubElement(parent, tag, {k.replace("_", "-"): v for k, v in attributes.items()})
    element.text = text
    return element


def _narratives(parent, texts):
    """One narrative per language that has a text."""
    for code, text in texts.items():
        if text:
            _element(parent, "narrative", text, **{XML_LANG: code})
    return parent


def _iati_status(project, today):
    if project.status == Project.Status.COMPLETED:
        # Completed before its planned end: finished, but still open until then.
        return IATI_FINALISATION if project.end_date and project.end_date > today else IATI_CLOSED
    return IATI_STATUSES[project.status]


def _iati_dates(project, today):
    """Planned dates as given; actual ones only once they are past and the status says so."""
    dates = []
    if project.start_date:
        dates.append((PLANNED_START, project.start_date))
        if project.status != Project.Status.PLANNED and project.start_date <= today:
            dates.append((ACTUAL_START, project.start_date))
    if project.end_date:
        dates.append((PLANNED_END, project.end_date))
        if project.status == Project.Status.COMPLETED and project.end_date <= today:
            dates.append((ACTUAL_END, project.end_date))
    return dates


def iati_activity(project, today, absolute_url):
    """The iati-activity element of a project, its children in the 2.03 schema's order."""
    activity = etree.Element(
        "iati-activity",
        {
            "last-updated-datetime": project.updated_at.isoformat(timespec="seconds"),
            XML_LANG: settings.LANGUAGE_CODE,
            "default-currency": project.currency,
        },
    )
    _element(activity, "iati-identifier", iati_identifier(project))
    reporting_org = _element(
        activity,
        "reporting-org",
        ref=settings.IATI_REPORTING_ORG_REF,
        type=settings.IATI_REPORTING_ORG_TYPE,
    )
    _narratives(reporting_org, _label(REPORTING_ORG_NAME, ALL_LANGUAGES))
    _narratives(_element(activity, "title"), _text(project, "title", ALL_LANGUAGES))
    _narratives(
        _element(activity, "description", type="1"), _text(project, "summary", ALL_LANGUAGES)
    )
    _participating_orgs(activity, project)
    _element(activity, "activity-status", code=_iati_status(project, today))
    for date_type, date in _iati_dates(project, today):
        _element(activity, "activity-date", type=date_type, iso_date=date.isoformat())
    _element(activity, "recipient-country", code=RECIPIENT_COUNTRY, percentage="100")
    for region in project.regions.all():
        _location(activity, region)
    _element(activity, "sector", vocabulary="1", code=DAC_SECTOR)
    if project.budget is not None and project.start_date and project.end_date:
        # One budget for the whole project: the site holds no yearly breakdown.
        budget = _element(activity, "budget", type="1", status="1")
        _element(budget, "period-start", iso_date=project.start_date.isoformat())
        _element(budget, "period-end", iso_date=project.end_date.isoformat())
        _element(
            budget,
            "value",
            str(project.budget),
            currency=project.currency,
            value_date=project.start_date.isoformat(),
        )
    for code in LANGUAGES:
        _document_link(activity, project, code, absolute_url)
    return activity


def _participating_orgs(activity, project):
    iom = _element(
        activity,
        "participating-org",
        ref=settings.IATI_REPORTING_ORG_REF,
        type=settings.IATI_REPORTING_ORG_TYPE,
        role=IATI_IMPLEMENTING,
    )
    _narratives(iom, _label(REPORTING_ORG_NAME, ALL_LANGUAGES))
    for partnership in project.partnerships.all():
        if partnership.role not in IATI_ROLES:
            continue
        partner = partnership.partner
        attributes = {"role": IATI_ROLES[partnership.role]}
        if partner.kind in IATI_ORGANISATION_TYPES:
            attributes["type"] = IATI_ORGANISATION_TYPES[partner.kind]
        org = _element(activity, "participating-org", **attributes)
        _narratives(org, _text(partner, "name", ALL_LANGUAGES))


def _location(activity, region):
    """A first-level administrative region; its ISO 3166-2 code is the location's reference."""
    location = _element(activity, "location", ref=region.code)
    _narratives(_element(location, "name"), _text(region, "name", ALL_LANGUAGES))
    # GeographicVocabulary A4 (ISO 3166-1) has the country; no IATI vocabulary has the regions.
    _element(location, "administrative", vocabulary="A4", level="0", code=RECIPIENT_COUNTRY)
    _element(location, "exactness", code="2")
    _element(location, "location-class", code="1")
    _element(location, "feature-designation", code="ADM1")


def _document_link(activity, project, language, absolute_url):
    """The project's public page in one language (DocumentCategory A12: activity web page)."""
    link = _element(
        activity,
        "document-link",
        format="text/html",
        url=_in_language(language, _page_url, project, language, absolute_url),
    )
    _narratives(_element(link, "title"), _text(project, "title", ALL_LANGUAGES))
    _element(link, "category", code="A12")
    _element(link, "language", code=language)


def iati_projects(projects):
    """IATI requires an activity date: projects without a start date are left out."""
    return projects.filter(start_date__isnull=False)


def _take(output):
    data = output.getvalue()
    output.seek(0)
    output.truncate()
    return data


def iati_chunks(projects, absolute_url):
    """The iati-activities file, in pieces of one activity each."""
    today = timezone.localdate()
    output = io.BytesIO()
    with etree.xmlfile(output, encoding="utf-8") as xml:
        xml.write_declaration()
        root = {"version": "2.03", "generated-datetime": timezone.now().isoformat("T", "seconds")}
        with xml.element("iati-activities", root):
            xml.write("\n")
            for project in _streamed(iati_projects(projects)):
                xml.write(iati_activity(project, today, absolute_url), pretty_print=True)
                xml.flush()
                yield _take(output)
    yield _take(output)
