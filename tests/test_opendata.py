"""The open-data exports of published projects: JSON, CSV and IATI 2.03 XML."""

import csv
import datetime
import io
import os
from decimal import Decimal
from pathlib import Path

import pytest
from django.core.management import call_command
from django.utils import timezone
from lxml import etree

from partners.models import Partner
from projects.models import Partnership, Project
from projects.opendata import iati, records
from tests.factories import (
    make_axis,
    make_partner,
    make_project,
    make_projects,
    make_region,
    make_theme,
)
from tests.publication_files import make_publication

pytestmark = [pytest.mark.postgresql, pytest.mark.django_db]

JSON_URL = "/{language}/open-data/projects.json"
CSV_URL = "/{language}/open-data/projects.csv"
IATI_URL = "/fr/open-data/iati-activities.xml"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def body(response):
    # Streamed as it is made, or stored by the page cache once made.
    return response.getvalue()


def csv_rows(response):
    return list(csv.DictReader(io.StringIO(body(response).decode("utf-8-sig"))))


def iati_document(client, query=""):
    response = client.get(IATI_URL + query)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/xml; charset=utf-8"
    return etree.fromstring(body(response))


def assert_valid(schema, document):
    assert schema.validate(document), schema.error_log


@pytest.fixture
def project():
    """A published project with everything the exports show, in three languages."""
    axis = make_axis(title_fr="Protection", title_ar="الحماية", title_en="Protection EN")
    project = make_project(
        slug="accueil-oujda",
        title_fr="Accueil à Oujda",
        title_ar="الاستقبال بوجدة",
        title_en="Reception in Oujda",
        summary_fr="Deux lieux d’accueil.",
        summary_en="Two reception spaces.",
        axis=axis,
        status=Project.Status.ONGOING,
        start_date=datetime.date(2024, 4, 1),
        end_date=datetime.date(2027, 3, 31),
        budget=Decimal("620000.50"),
        currency=Project.Currency.EUR,
        iati_identifier="XX-OIM-MAROC-SITE-PX.0453",
    )
    project.themes.add(
        make_theme(slug="traite", title_fr="Traite", title_ar="الاتجار", title_en="Trafficking"),
        make_theme(slug="asile", title_fr="Asile", title_ar="اللجوء", title_en="Asylum"),
    )
    project.regions.add(
        make_region(code="MA-02", name_fr="L’Oriental", name_ar="الشرق", name_en="Oriental")
    )
    roles = [
        ("Agence donatrice", Partner.Kind.INTERNATIONAL_GOVERNMENT, Partnership.Role.DONOR),
        ("Association locale", Partner.Kind.LOCAL_ASSOCIATION, Partnership.Role.IMPLEMENTING),
        (
            "Ministère partenaire",
            Partner.Kind.MOROCCAN_AUTHORITY,
            Partnership.Role.GOVERNMENT_COUNTERPART,
        ),
        ("Réseau associé", Partner.Kind.CIVIL_SOCIETY, Partnership.Role.OTHER),
    ]
    for name, kind, role in roles:
        partner = make_partner(name_fr=name, name_en=f"{name} EN", kind=kind)
        Partnership.objects.create(project=project, partner=partner, role=role)
    return project


# JSON


def test_json_gives_each_published_project_with_its_data(client, project):
    response = client.get(JSON_URL.format(language="fr"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response["Access-Control-Allow-Origin"] == "*"
    data = response.json()
    assert data["count"] == 1
    assert data["language"] == "fr"
    assert data["licence"] == {
        "name": "CC BY 4.0",
        "url": "https://creativecommons.org/licenses/by/4.0/",
    }
    [record] = data["results"]
    assert record == {
        "slug": "accueil-oujda",
        "iati_identifier": "XX-OIM-MAROC-SITE-PX.0453",
        "url": "http://testserver/fr/projects/accueil-oujda/",
        "title": "Accueil à Oujda",
        "summary": "Deux lieux d’accueil.",
        "beneficiaries": None,  # an empty text, as with lang=all
        "axis": {"slug": project.axis.slug, "title": "Protection"},
        "themes": [{"slug": "traite", "title": "Traite"}, {"slug": "asile", "title": "Asile"}],
        "status": "ongoing",
        "status_label": "En cours",
        "start_date": "2024-04-01",
        "end_date": "2027-03-31",
        "budget": "620000.50",
        "currency": "EUR",
        "regions": [{"code": "MA-02", "slug": project.regions.get().slug, "name": "L’Oriental"}],
        "partners": [
            {
                "slug": partnership.partner.slug,
                "name": partnership.partner.name_fr,
                "acronym": None,
                "kind": partnership.partner.kind,
                "role": partnership.role,
                "role_label": label,
            }
            for partnership, label in zip(
                project.partnerships.order_by("role"),
                [
                    "Bailleur de fonds",
                    "Homologue gouvernemental",
                    "Partenaire de mise en œuvre",
                    "Autre",
                ],
                strict=True,
            )
        ],
        "updated_at": project.updated_at.isoformat(timespec="seconds"),
    }


def test_json_is_in_the_requested_language_with_french_for_what_is_not_translated(client, project):
    [record] = client.get(JSON_URL.format(language="fr") + "?lang=ar").json()["results"]
    assert record["title"] == "الاستقبال بوجدة"
    assert record["summary"] == "Deux lieux d’accueil."  # no Arabic summary: French
    assert record["status_label"] == "جارٍ"
    assert record["url"] == "http://testserver/ar/projects/accueil-oujda/"
    assert record["regions"][0]["name"] == "الشرق"


def test_json_language_defaults_to_the_address_language(client, project):
    data = client.get(JSON_URL.format(language="en")).json()
    assert data["language"] == "en"
    assert data["results"][0]["title"] == "Reception in Oujda"
    assert data["results"][0]["axis"]["title"] == "Protection EN"


def test_json_in_all_languages_gives_each_languages_own_text(client, project):
    [record] = client.get(JSON_URL.format(language="fr") + "?lang=all").json()["results"]
    assert record["title"] == {
        "fr": "Accueil à Oujda",
        "ar": "الاستقبال بوجدة",
        "en": "Reception in Oujda",
    }
    assert record["summary"] == {
        "fr": "Deux lieux d’accueil.",
        "ar": None,
        "en": "Two reception spaces.",
    }
    assert record["status_label"] == {"fr": "En cours", "ar": "جارٍ", "en": "Ongoing"}
    assert record["url"]["en"] == "http://testserver/en/projects/accueil-oujda/"
    assert record["themes"][0]["title"] == {"fr": "Traite", "ar": "الاتجار", "en": "Trafficking"}


def test_json_is_paginated_with_links_to_the_next_and_previous_pages(client):
    axis = make_axis()
    slugs = [make_project(axis=axis).slug for _ in range(5)]
    url = JSON_URL.format(language="fr") + "?page_size=2"
    first = client.get(url).json()
    assert (first["count"], first["num_pages"], first["page"]) == (5, 3, 1)
    assert first["previous"] is None
    second = client.get(first["next"]).json()
    assert second["page"] == 2
    assert second["previous"] == "http://testserver/fr/open-data/projects.json?page_size=2&page=1"
    third = client.get(second["next"]).json()
    assert third["next"] is None
    pages = [first, second, third]
    assert [record["slug"] for page in pages for record in page["results"]] == slugs


def test_json_page_size_is_capped(client):
    make_project()
    data = client.get(JSON_URL.format(language="fr") + "?page_size=100000").json()
    assert data["page_size"] == 500


@pytest.mark.parametrize(
    ("query", "status", "message"),
    [
        ("lang=de", 400, "Unknown language “de”"),
        ("page=two", 400, "page must be a whole number"),
        ("page=0", 404, "There is no such page"),
        ("page=9", 404, "There is no such page"),
        ("page_size=0", 400, "page_size must be a whole number"),
        ("page_size=ten", 400, "page_size must be a whole number"),
    ],
)
def test_json_answers_a_bad_parameter_with_a_json_error(client, query, status, message):
    make_project()
    response = client.get(JSON_URL.format(language="en") + "?" + query)
    assert response.status_code == status
    assert message in response.json()["error"]


# CSV


def test_csv_has_one_row_per_project_in_utf8_with_a_byte_order_mark(client, uncached, project):
    make_project(title_fr="Deuxième projet")
    response = client.get(CSV_URL.format(language="fr"))
    assert response.status_code == 200
    assert response.streaming
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="projects-fr.csv"'
    content = body(response)
    assert content.startswith('\ufeff"slug","iati_identifier","url","title",'.encode())
    rows = list(csv.DictReader(io.StringIO(content.decode("utf-8-sig"))))
    assert [row["title"] for row in rows] == ["Accueil à Oujda", "Deuxième projet"]
    row = rows[0]
    assert list(row) == records.CSV_COLUMNS
    assert row["axis"] == "Protection"
    assert row["themes"] == "Traite; Asile"
    assert (row["status"], row["status_label"]) == ("ongoing", "En cours")
    assert (row["start_date"], row["end_date"]) == ("2024-04-01", "2027-03-31")
    assert (row["budget"], row["currency"]) == ("620000.50", "EUR")
    assert (row["regions"], row["region_codes"]) == ("L’Oriental", "MA-02")
    assert row["donors"] == "Agence donatrice"
    assert row["implementing_partners"] == "Association locale"
    assert row["government_counterparts"] == "Ministère partenaire"
    assert row["other_partners"] == "Réseau associé"


def test_csv_is_in_the_requested_language(client, project):
    response = client.get(CSV_URL.format(language="fr") + "?lang=ar")
    assert response["Content-Disposition"] == 'attachment; filename="projects-ar.csv"'
    assert response["Content-Language"] == "ar"
    [row] = csv_rows(response)
    assert row["title"] == "الاستقبال بوجدة"
    assert row["regions"] == "الشرق"
    assert row["status_label"] == "جارٍ"
    assert row["url"] == "http://testserver/ar/projects/accueil-oujda/"


@pytest.mark.parametrize("lang", ["all", "de"])
def test_csv_refuses_a_language_it_does_not_have(client, lang):
    response = client.get(CSV_URL.format(language="en") + f"?lang={lang}")
    assert response.status_code == 400
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert f"Unknown language “{lang}”" in response.content.decode()


# IATI


def test_iati_file_of_the_demonstration_content_validates(client, iati_schema):
    call_command("load_demo_content", stdout=io.StringIO())
    document = iati_document(client)
    assert_valid(iati_schema, document)
    assert document.tag == "iati-activities"
    assert document.get("version") == "2.03"
    generated = datetime.datetime.fromisoformat(document.get("generated-datetime"))
    assert abs(timezone.now() - generated) < datetime.timedelta(minutes=1)
    assert len(document) == Project.objects.published().count()


def test_iati_activity_describes_the_project(client, project, iati_schema):
    document = iati_document(client)
    assert_valid(iati_schema, document)
    [activity] = document
    assert activity.findtext("iati-identifier") == "XX-OIM-MAROC-SITE-PX.0453"
    assert activity.get("default-currency") == "EUR"
    # Not IOM's own identifier unless the operator sets it: IOM publishes its records itself.
    reporting = activity.find("reporting-org")
    assert (reporting.get("ref"), reporting.get("type")) == ("XX-OIM-MAROC-SITE", "40")
    iom = activity.find("participating-org")
    assert (iom.get("ref"), iom.get("role")) == ("XM-DAC-47066", "4")
    narratives = {n.get(XML_LANG): n.text for n in activity.find("title")}
    assert narratives == {
        "fr": "Accueil à Oujda",
        "ar": "الاستقبال بوجدة",
        "en": "Reception in Oujda",
    }
    # Only the languages the summary is written in.
    description = activity.find("description")
    assert description.get("type") == "1"
    assert [n.get(XML_LANG) for n in description] == ["fr", "en"]
    organisations = [
        (org.get("role"), org.get("type"), org.findtext("narrative"))
        for org in activity.iterfind("participating-org")
    ]
    assert organisations == [
        ("4", "40", "Organisation internationale pour les migrations"),
        ("1", "10", "Agence donatrice"),
        ("2", "10", "Ministère partenaire"),
        ("4", "24", "Association locale"),
    ]
    assert activity.find("activity-status").get("code") == "2"
    dates = [(d.get("type"), d.get("iso-date")) for d in activity.iterfind("activity-date")]
    assert dates == [("1", "2024-04-01"), ("2", "2024-04-01"), ("3", "2027-03-31")]
    assert activity.find("recipient-country").get("code") == "MA"
    location = activity.find("location")
    assert location.get("ref") == "MA-02"
    assert [n.text for n in location.find("name")] == ["L’Oriental", "الشرق", "Oriental"]
    assert location.find("feature-designation").get("code") == "ADM1"
    sector = activity.find("sector")
    assert (sector.get("vocabulary"), sector.get("code")) == ("1", "15190")
    # A year at most each, as IATI asks, adding up to the project's budget.
    budgets = [
        (
            budget.find("period-start").get("iso-date"),
            budget.find("period-end").get("iso-date"),
            budget.findtext("value"),
            budget.find("value").get("currency"),
            budget.find("value").get("value-date"),
        )
        for budget in activity.iterfind("budget")
    ]
    assert budgets == [
        ("2024-04-01", "2025-03-31", "206666.83", "EUR", "2024-04-01"),
        ("2025-04-01", "2026-03-31", "206666.83", "EUR", "2025-04-01"),
        ("2026-04-01", "2027-03-31", "206666.84", "EUR", "2026-04-01"),
    ]
    assert sum(Decimal(value) for _start, _end, value, *_ in budgets) == Decimal("620000.50")
    links = [
        (link.get("url"), link.find("language").get("code"))
        for link in activity.iterfind("document-link")
    ]
    assert links[1] == ("http://testserver/ar/projects/accueil-oujda/", "ar")


def test_iati_identifiers_use_the_configured_reporting_organisation(
    client, project, settings, iati_schema
):
    settings.IATI_REPORTING_ORG_REF = "XM-DAC-99999"
    newer = make_project(start_date=datetime.date(2025, 1, 1))
    document = iati_document(client)
    assert_valid(iati_schema, document)
    identifiers = [a.findtext("iati-identifier") for a in document]
    # An identifier, once given, is kept: the activity stays the same one for IATI.
    assert identifiers == ["XX-OIM-MAROC-SITE-PX.0453", newer.iati_identifier]
    assert newer.iati_identifier.startswith("XM-DAC-99999-OIMMA-")
    assert document.find("iati-activity/reporting-org").get("ref") == "XM-DAC-99999"


def _today_plus(days):
    return timezone.localdate() + datetime.timedelta(days=days)


@pytest.mark.parametrize(
    ("status", "start", "end", "code", "dates"),
    [
        (Project.Status.PLANNED, 30, 400, "1", ["1", "3"]),
        (Project.Status.ONGOING, -30, 400, "2", ["1", "2", "3"]),
        # Work finished before the planned end: finalisation until then.
        (Project.Status.COMPLETED, -400, 30, "3", ["1", "2", "3"]),
        (Project.Status.COMPLETED, -400, -30, "4", ["1", "2", "3", "4"]),
    ],
)
def test_iati_status_and_dates_follow_the_project(
    client, iati_schema, status, start, end, code, dates
):
    make_project(status=status, start_date=_today_plus(start), end_date=_today_plus(end))
    document = iati_document(client)
    assert_valid(iati_schema, document)
    activity = document.find("iati-activity")
    assert activity.find("activity-status").get("code") == code
    assert [d.get("type") for d in activity.iterfind("activity-date")] == dates


def test_iati_leaves_out_projects_without_a_start_date(client, iati_schema):
    make_project(slug="sans-date", title_fr="Projet sans date", start_date=None)
    dated = make_project(slug="date-de-debut", start_date=datetime.date(2025, 1, 1))
    document = iati_document(client)
    assert_valid(iati_schema, document)
    assert [a.findtext("iati-identifier") for a in document] == [dated.iati_identifier]
    # The open-data page says which and why.
    page = client.get("/fr/open-data/").content.decode()
    assert "pas dans le fichier IATI" in page
    assert '<a href="/fr/projects/sans-date/">Projet sans date</a>' in page


# Filters: the same as the projects list's.


@pytest.mark.parametrize("name", ["axis", "theme", "status", "region", "partner", "q"])
def test_exports_apply_the_filters_of_the_projects_list(client, name):
    axis, theme, region, partner = make_axis(), make_theme(), make_region(), make_partner()
    chosen = make_project(
        title_fr="Projet choisi",
        axis=axis,
        status=Project.Status.COMPLETED,
        partners=[partner],
        start_date=datetime.date(2020, 1, 1),
    )
    chosen.themes.add(theme)
    chosen.regions.add(region)
    make_project(title_fr="Autre", start_date=datetime.date(2020, 1, 1))
    value = {
        "axis": axis.slug,
        "theme": theme.slug,
        "status": "completed",
        "region": region.slug,
        "partner": partner.slug,
        "q": "choisi",
    }[name]
    query = f"?{name}={value}"
    listed = client.get(f"/fr/projects/{query}").context["projects"]
    assert [p.slug for p in listed] == [chosen.slug]
    results = client.get(JSON_URL.format(language="fr") + query).json()["results"]
    assert [r["slug"] for r in results] == [chosen.slug]
    assert [r["slug"] for r in csv_rows(client.get(CSV_URL.format(language="fr") + query))] == [
        chosen.slug
    ]
    identifiers = [a.findtext("iati-identifier") for a in iati_document(client, query)]
    assert identifiers == [chosen.iati_identifier]


def test_exports_leave_out_a_filter_with_an_unknown_value(client):
    make_project()
    make_project()
    data = client.get(JSON_URL.format(language="fr") + "?axis=nowhere&status=lost").json()
    assert data["count"] == 2


# Drafts


@pytest.fixture
def drafts(project):
    """Drafts around published projects: none of their names may appear in an export."""
    make_project(title_fr="Projet brouillon", slug="projet-brouillon", is_published=False)
    hidden_partner = make_partner(name_fr="Partenaire brouillon", is_published=False)
    Partnership.objects.create(project=project, partner=hidden_partner, role="donor")
    project.themes.add(make_theme(title_fr="Thème brouillon", is_published=False))
    make_project(
        title_fr="Projet d’un axe brouillon",
        slug="axe-brouillon",
        start_date=datetime.date(2025, 1, 1),
        axis=make_axis(title_fr="Axe brouillon", is_published=False),
    )
    return ["Projet brouillon", "projet-brouillon", "Partenaire brouillon", "Thème brouillon"]


def test_json_has_no_draft(client, drafts):
    data = client.get(JSON_URL.format(language="fr") + "?lang=all")
    text = data.content.decode()
    assert not [name for name in [*drafts, "Axe brouillon"] if name in text]
    results = {r["slug"]: r for r in data.json()["results"]}
    assert set(results) == {"accueil-oujda", "axe-brouillon"}
    assert results["axe-brouillon"]["axis"] is None


def test_csv_has_no_draft(client, drafts):
    text = body(client.get(CSV_URL.format(language="fr"))).decode()
    assert not [name for name in [*drafts, "Axe brouillon"] if name in text]
    assert "Projet d’un axe brouillon" in text


def test_iati_has_no_draft(client, drafts, iati_schema):
    document = iati_document(client)
    assert_valid(iati_schema, document)
    text = etree.tostring(document, encoding="unicode")
    assert not [name for name in drafts if name in text]
    assert len(document) == 2


# Bounded queries and flat memory


def make_dated_projects(count):
    """`count` published projects, with dates (which IATI needs), a theme, a region, a donor,
    and a publication about each."""
    projects = make_projects(count, make_axis(), make_theme(), make_region())
    start = datetime.date(2024, 1, 1)
    Project.objects.update(start_date=start, end_date=start + datetime.timedelta(days=365))
    make_publication(languages=["fr", "en"]).projects.set(projects)


# Each whole-file export reads the projects, then for each chunk of them their published axis,
# their published themes, their regions and their partnerships with published partners. The
# chunk (records.CHUNK_SIZE) is larger than 300 projects: both sizes below are one chunk.
EXPORT_QUERIES = 1 + 4
# The IATI file first asks whether any project is in it, then also reads each chunk's published
# publications and their files.
IATI_QUERIES = 1 + EXPORT_QUERIES + 2


@pytest.mark.parametrize("count", [30, 300])
def test_exports_make_the_same_number_of_queries_for_30_or_300_projects(
    client, uncached, django_assert_num_queries, count
):
    assert records.CHUNK_SIZE > 300
    make_dated_projects(count)
    # The JSON page: the count, the page of projects, then the same four prefetches.
    with django_assert_num_queries(2 + 4):
        response = client.get(JSON_URL.format(language="fr") + "?page_size=500")
    assert len(response.json()["results"]) == count
    with django_assert_num_queries(EXPORT_QUERIES):
        assert len(csv_rows(client.get(CSV_URL.format(language="fr")))) == count
    with django_assert_num_queries(IATI_QUERIES):
        assert len(iati_document(client)) == count


def test_exports_make_the_same_queries_for_each_chunk_of_projects(
    client, uncached, django_assert_num_queries, monkeypatch
):
    monkeypatch.setattr(records, "CHUNK_SIZE", 10)
    make_dated_projects(30)
    # The projects, then the four relations of each of the three chunks.
    with django_assert_num_queries(1 + 3 * 4):
        assert len(csv_rows(client.get(CSV_URL.format(language="fr")))) == 30
    # Whether any is in the file, the projects, then the six relations of each chunk.
    with django_assert_num_queries(1 + 1 + 3 * 6):
        assert len(iati_document(client)) == 30


def resident_memory():
    """The process's resident memory, which counts what lxml allocates too, unlike tracemalloc."""
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE")


def growth_after(warm_up, pieces):
    """How much the process grows while reading the pieces that follow the first `warm_up`."""
    peak = 0
    for count, _piece in enumerate(pieces, 1):
        if count == warm_up:
            warm = resident_memory()
        elif count > warm_up and count % 100 == 0:
            peak = max(peak, resident_memory())
    return peak - warm


def test_exports_stream_10000_projects_in_flat_memory():
    make_dated_projects(10_000)
    projects = Project.objects.published()

    def url(path):
        return f"http://testserver{path}"

    # Once the first 2,000 projects are written, the next 8,000 take no more memory: each
    # chunk is freed once written.
    assert growth_after(2_000, records.csv_lines(projects, "fr", url)) < 2 * 1024 * 1024
    assert growth_after(2_000, iati.activities_file(projects, url)) < 2 * 1024 * 1024


@pytest.mark.parametrize(
    ("lang", "label"),
    [("fr", "Projets en CSV, "), ("ar", "المشاريع بصيغة CSV، "), ("en", "Projects in CSV, ")],
)
def test_each_csv_link_says_what_it_downloads(client, lang, label):
    html = client.get(f"/{lang}/open-data/").content.decode()
    assert html.count(f'download><span class="visually-hidden">{label}</span>') == 3
