"""The IATI 2.03 activities file of published projects, written one activity at a time.

Codes from the IATI codelists (iatistandard.org); the element order follows the sequence of
iati-activities-schema.xsd, which the tests validate the file against.
"""

import io

from django.conf import settings
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from lxml import etree

from oim_site.publishing.characters import xml_text
from partners.models import Partner
from projects.models import Partnership, Project
from projects.opendata.records import (
    ALL_LANGUAGES,
    LANGUAGES,
    in_language,
    page_url,
    streamed,
    translated_label,
    translated_text,
)
from publications.models import Publication, PublicationFile

REPORTING_ORG_NAME = _("International Organization for Migration")
# IOM's own IATI organisation identifier: IOM implements every project, whoever reports them
# (settings.IATI_REPORTING_ORG_REF).
IOM_REF = "XM-DAC-47066"
IOM_TYPE = "40"
# IATI codes (iatistandard.org codelists). OrganisationRole: 1 funding, 2 accountable,
# 4 implementing. "Other" has no IATI role: those partners are left out of the IATI file.
ROLES = {
    Partnership.Role.DONOR: "1",
    Partnership.Role.GOVERNMENT_COUNTERPART: "2",
    Partnership.Role.IMPLEMENTING: "4",
}
IMPLEMENTING = "4"
# OrganisationType: 10 government, 40 multilateral, 24 NGO based in the recipient country.
# A civil-society organisation may be Moroccan or international: it is left untyped.
ORGANISATION_TYPES = {
    Partner.Kind.MOROCCAN_AUTHORITY: "10",
    Partner.Kind.INTERNATIONAL_GOVERNMENT: "10",
    Partner.Kind.UN_AGENCY: "40",
    Partner.Kind.LOCAL_ASSOCIATION: "24",
    Partner.Kind.MIGRANT_ASSOCIATION: "24",
}
# ActivityStatus: 1 pipeline, 2 implementation, 3 finalisation, 4 closed.
STATUSES = {Project.Status.PLANNED: "1", Project.Status.ONGOING: "2"}
FINALISATION, CLOSED = "3", "4"
# ActivityDateType: 1 planned start, 2 actual start, 3 planned end, 4 actual end.
PLANNED_START, ACTUAL_START, PLANNED_END, ACTUAL_END = "1", "2", "3", "4"
RECIPIENT_COUNTRY = "MA"
# DAC 5-digit purpose code (vocabulary 1): facilitation of orderly, safe, regular and
# responsible migration and mobility.
DAC_SECTOR = "15190"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# DocumentCategory codes of the activity level (A) nearest each kind of publication.
DOCUMENT_CATEGORIES = {
    Publication.Kind.ANNUAL_REPORT: "A08",  # Results, outcomes and outputs
    Publication.Kind.STUDY: "A07",  # Review of project performance and evaluation
    Publication.Kind.FACT_SHEET: "A02",  # Objectives / purpose of activity
    Publication.Kind.GUIDE: "A04",  # Conditions
    Publication.Kind.POLICY_BRIEF: "A07",
    Publication.Kind.OTHER: "A08",
}


def _attributes(attributes):
    # IATI attribute names have hyphens: iso_date=... is written iso-date="...". lxml refuses
    # a character XML cannot hold, which the database may have all the same.
    return {name.replace("_", "-"): xml_text(value) for name, value in attributes.items()}


def _element(parent, tag, text=None, **attributes):
    element = etree.SubElement(parent, tag, _attributes(attributes))
    element.text = xml_text(text)
    return element


def _narratives(parent, texts):
    """One narrative per language that has a text."""
    for code, text in texts.items():
        if text:
            _element(parent, "narrative", text, **{XML_LANG: code})
    return parent


def _status(project, today):
    if project.status == Project.Status.COMPLETED:
        # Completed before its planned end: finished, but still open until then.
        return FINALISATION if project.end_date and project.end_date > today else CLOSED
    return STATUSES[project.status]


def _dates(project, today):
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


def activity_element(project, today, absolute_url):
    """The iati-activity element of a project, its children in the 2.03 schema's order."""
    activity = etree.Element(
        "iati-activity",
        _attributes(
            {
                "last-updated-datetime": project.updated_at.isoformat(timespec="seconds"),
                XML_LANG: settings.LANGUAGE_CODE,
                "default-currency": project.currency,
            }
        ),
    )
    _element(activity, "iati-identifier", project.iati_identifier)
    reporting_org = _element(
        activity,
        "reporting-org",
        ref=settings.IATI_REPORTING_ORG_REF,
        type=settings.IATI_REPORTING_ORG_TYPE,
    )
    _narratives(reporting_org, translated_label(REPORTING_ORG_NAME, ALL_LANGUAGES))
    _narratives(_element(activity, "title"), translated_text(project, "title", ALL_LANGUAGES))
    _narratives(
        _element(activity, "description", type="1"),
        translated_text(project, "summary", ALL_LANGUAGES),
    )
    _participating_orgs(activity, project)
    _element(activity, "activity-status", code=_status(project, today))
    for date_type, date in _dates(project, today):
        _element(activity, "activity-date", type=date_type, iso_date=date.isoformat())
    _element(activity, "recipient-country", code=RECIPIENT_COUNTRY, percentage="100")
    for region in project.region_list:
        _location(activity, region)
    _element(activity, "sector", vocabulary="1", code=DAC_SECTOR)
    # IATI's budgets span a year at most: the project's, shared over its years.
    for start, end, amount in project.budget_periods():
        budget = _element(activity, "budget", type="1", status="1")
        _element(budget, "period-start", iso_date=start.isoformat())
        _element(budget, "period-end", iso_date=end.isoformat())
        _element(
            budget, "value", str(amount), currency=project.currency, value_date=start.isoformat()
        )
    for code in LANGUAGES:
        _document_link(activity, project, code, absolute_url)
    for publication in project.published_publications:
        for file in publication.files.all():
            _publication_link(activity, publication, file, absolute_url)
    return activity


def _participating_orgs(activity, project):
    iom = _element(
        activity,
        "participating-org",
        ref=IOM_REF,
        type=IOM_TYPE,
        role=IMPLEMENTING,
    )
    _narratives(iom, translated_label(REPORTING_ORG_NAME, ALL_LANGUAGES))
    for partnership in project.published_partnerships:
        if partnership.role not in ROLES:
            continue
        partner = partnership.partner
        attributes = {"role": ROLES[partnership.role]}
        if partner.kind in ORGANISATION_TYPES:
            attributes["type"] = ORGANISATION_TYPES[partner.kind]
        org = _element(activity, "participating-org", **attributes)
        _narratives(org, translated_text(partner, "name", ALL_LANGUAGES))


def _location(activity, region):
    """A first-level administrative region; its ISO 3166-2 code is the location's reference."""
    location = _element(activity, "location", ref=region.code)
    _narratives(_element(location, "name"), translated_text(region, "name", ALL_LANGUAGES))
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
        url=in_language(language, page_url, project, language, absolute_url),
    )
    _narratives(_element(link, "title"), translated_text(project, "title", ALL_LANGUAGES))
    _element(link, "category", code="A12")
    _element(link, "language", code=language)


def _publication_link(activity, publication, file, absolute_url):
    """One file of a publication about the project."""
    link = _element(
        activity,
        "document-link",
        format="application/pdf",
        url=absolute_url(file.get_absolute_url()),
    )
    _narratives(_element(link, "title"), translated_text(publication, "title", ALL_LANGUAGES))
    _element(link, "category", code=DOCUMENT_CATEGORIES[publication.kind])
    _element(link, "language", code=file.language)
    day = f"{publication.year:04}-{publication.month or 1:02}-01"
    _element(link, "document-date", iso_date=day)


def in_file(projects):
    """The projects the IATI file holds: IATI requires an activity date, so projects without
    a start date are left out (the open-data page names them)."""
    return projects.filter(start_date__isnull=False)


def left_out(projects):
    return projects.filter(start_date__isnull=True)


def _with_publications(projects):
    publications = Publication.objects.published().only(
        "slug", "kind", "year", "month", *(f"title_{code}" for code in LANGUAGES)
    )
    return projects.prefetch_related(
        Prefetch(
            "publications",
            queryset=publications.prefetch_related(
                Prefetch("files", queryset=PublicationFile.objects.for_links())
            ),
            to_attr="published_publications",
        )
    )


def _take(output):
    data = output.getvalue()
    output.seek(0)
    output.truncate()
    return data


def activities_file(projects, absolute_url):
    """The iati-activities file, in pieces of one activity each."""
    today = timezone.localdate()
    output = io.BytesIO()
    with etree.xmlfile(output, encoding="utf-8") as xml:
        xml.write_declaration()
        root = {"version": "2.03", "generated-datetime": timezone.now().isoformat("T", "seconds")}
        with xml.element("iati-activities", root):
            xml.write("\n")
            for project in streamed(_with_publications(in_file(projects))):
                xml.write(activity_element(project, today, absolute_url), pretty_print=True)
                xml.flush()
                yield _take(output)
    yield _take(output)
