"""Each project's IATI identifier: set once at creation, kept, changed by publishers only; and
what the IATI file says of publications and of filters that match nothing."""

import datetime

import pytest
from django.conf import settings as django_settings

from projects.models import Project
from tests.admin_forms import form_data
from tests.factories import make_axis, make_project
from tests.publication_files import make_publication
from tests.test_opendata import assert_valid, iati_document

pytestmark = pytest.mark.django_db

ADD_URL = "/admin/projects/project/add/"
IATI_URL = "/fr/open-data/iati-activities.xml"


def change_url(project):
    return f"/admin/projects/project/{project.pk}/change/"


def add_project(client, **fields):
    axis = make_axis()
    data = form_data(client.get(ADD_URL)) | {
        "title_fr": "Accueil à Oujda",
        "slug": "accueil-oujda",
        "axis": str(axis.pk),
        "summary_fr": "Deux lieux d’accueil.",
    }
    return client.post(ADD_URL, data | fields)


def test_the_default_reporting_organisation_is_not_ioms_own():
    # IOM publishes its Morocco activities itself under XM-DAC-47066 (.env.example).
    assert django_settings.IATI_REPORTING_ORG_REF != "XM-DAC-47066"


def test_a_new_project_takes_the_organisations_own_code(editor_client):
    assert add_project(editor_client, project_code="PX.0453").status_code == 302
    assert Project.objects.get().iati_identifier == "XX-OIM-MAROC-SITE-PX.0453"


def test_without_a_code_the_identifier_is_generated_not_made_of_the_slug(editor_client):
    assert add_project(editor_client).status_code == 302
    identifier = Project.objects.get().iati_identifier
    assert identifier.startswith("XX-OIM-MAROC-SITE-OIMMA-")
    assert "accueil" not in identifier


@pytest.mark.parametrize("code", ["PX 0453", "PX/0453", "a&b"])
def test_a_code_iati_cannot_hold_is_refused(editor_client, code):
    response = add_project(editor_client, project_code=code)
    assert response.status_code == 200
    assert "Utilisez seulement" in response.content.decode() or "N’utilisez que" in (
        response.content.decode()
    )
    assert not Project.objects.exists()


def test_a_code_another_project_has_is_refused(editor_client):
    make_project(iati_identifier="XX-OIM-MAROC-SITE-PX.0453")
    response = add_project(editor_client, project_code="PX.0453")
    assert "Un autre projet porte déjà le code PX.0453." in response.content.decode()


def test_changing_the_slug_keeps_the_identifier(publisher_client):
    project = make_project(slug="accueil-oujda", start_date=datetime.date(2024, 1, 1))
    before = project.iati_identifier
    data = form_data(publisher_client.get(change_url(project))) | {"slug": "accueil-a-oujda"}
    assert publisher_client.post(change_url(project), data).status_code == 302
    project.refresh_from_db()
    assert project.slug == "accueil-a-oujda"
    assert project.iati_identifier == before
    document = iati_document(publisher_client)
    assert document.findtext("iati-activity/iati-identifier") == before


def test_an_editor_sees_the_identifier_but_a_forged_change_is_ignored(editor_client):
    project = make_project(iati_identifier="XX-OIM-MAROC-SITE-PX.0453")
    page = editor_client.get(change_url(project))
    assert "XX-OIM-MAROC-SITE-PX.0453" in page.content.decode()
    assert 'name="iati_identifier"' not in page.content.decode()
    data = form_data(page) | {"iati_identifier": "XX-OIM-MAROC-SITE-FORGED"}
    assert editor_client.post(change_url(project), data).status_code == 302
    project.refresh_from_db()
    assert project.iati_identifier == "XX-OIM-MAROC-SITE-PX.0453"


def test_a_publisher_changes_it_within_the_rules(publisher_client):
    project = make_project(iati_identifier="XX-OIM-MAROC-SITE-PX.0453")
    data = form_data(publisher_client.get(change_url(project)))
    wrong = publisher_client.post(change_url(project), data | {"iati_identifier": "XM-DAC-1-X"})
    assert "commence par l’identifiant de l’organisation déclarante" in wrong.content.decode()
    data = form_data(publisher_client.get(change_url(project)))
    right = data | {"iati_identifier": "XX-OIM-MAROC-SITE-PX.0454"}
    assert publisher_client.post(change_url(project), right).status_code == 302
    project.refresh_from_db()
    assert project.iati_identifier == "XX-OIM-MAROC-SITE-PX.0454"


def test_a_filter_that_matches_nothing_is_not_found_in_the_sites_layout(client, initial_content):
    make_project(start_date=datetime.date(2024, 1, 1))
    response = client.get(IATI_URL + "?q=nothing-matches")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Aucun projet pour le fichier IATI" in html
    assert '<nav class="sections"' in html


def test_publications_are_document_links_and_the_file_validates(client, iati_schema):
    project = make_project(
        start_date=datetime.date(2024, 1, 1), end_date=datetime.date(2025, 6, 30)
    )
    publication = make_publication(
        languages=["fr", "ar"], kind="annual-report", year=2024, month=5, title_ar="تقرير"
    )
    publication.projects.add(project)
    make_publication(is_published=False).projects.add(project)
    document = iati_document(client)
    assert_valid(iati_schema, document)
    links = [
        (
            link.get("format"),
            link.get("url"),
            link.find("category").get("code"),
            link.find("language").get("code"),
            link.find("document-date").get("iso-date"),
        )
        for link in document.iterfind("iati-activity/document-link")
        if link.get("format") == "application/pdf"
    ]
    assert links == [
        (
            "application/pdf",
            f"http://testserver{file.get_absolute_url()}",
            "A08",
            code,
            "2024-05-01",
        )
        for file, code in zip(publication.files.all(), ["fr", "ar"], strict=True)
    ]
