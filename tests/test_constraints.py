"""The content rules hold in the database itself, and editors see them as form errors."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import translation

from oim_site.mission.models import MissionProfile
from projects.models import Partnership, Project, Region
from tests.factories import make_axis, make_partner, make_project

pytestmark = [pytest.mark.postgresql, pytest.mark.django_db]


def assert_rejected_by_database(create):
    with pytest.raises(IntegrityError), transaction.atomic():
        create()


def test_slugs_are_unique_in_the_database():
    make_axis(slug="protection")
    assert_rejected_by_database(lambda: make_axis(slug="protection"))


def test_end_date_before_start_date_is_rejected_by_the_database():
    assert_rejected_by_database(
        lambda: make_project(start_date="2024-05-01", end_date="2024-04-30")
    )


def test_negative_budget_is_rejected_by_the_database():
    assert_rejected_by_database(lambda: make_project(budget=Decimal("-1")))


def test_a_second_mission_profile_is_rejected_by_the_database():
    MissionProfile.objects.create(name_fr="Mission", lead_fr="…", context_fr="…")
    assert_rejected_by_database(
        lambda: MissionProfile.objects.create(name_fr="Autre", lead_fr="…", context_fr="…")
    )


def test_a_partner_cannot_hold_the_same_role_twice_in_a_project():
    project = make_project()
    partner = make_partner()
    Partnership.objects.create(project=project, partner=partner, role="donor")
    assert_rejected_by_database(
        lambda: Partnership.objects.create(project=project, partner=partner, role="donor")
    )


def test_same_day_start_and_end_and_zero_budget_are_allowed():
    project = make_project(start_date="2024-05-01", end_date="2024-05-01", budget=0)
    project.full_clean()


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("fr", "La date de fin ne peut pas précéder la date de début."),
        ("ar", "لا يمكن أن يكون تاريخ الانتهاء قبل تاريخ البدء."),
        ("en", "The end date cannot be before the start date."),
    ],
)
def test_model_validation_explains_the_date_rule_in_the_editors_language(language, message):
    project = make_project()
    project.start_date, project.end_date = "2024-05-01", "2024-01-01"
    with translation.override(language), pytest.raises(ValidationError) as error:
        project.full_clean()
    assert message in str(error.value)


def project_form_data(axis, **overrides):
    data = {
        "title_fr": "Projet test",
        "slug": "projet-test",
        "axis": axis.pk,
        "summary_fr": "Résumé",
        "status": "planned",
        "currency": "EUR",
        "partnerships-TOTAL_FORMS": "0",
        "partnerships-INITIAL_FORMS": "0",
    }
    return data | overrides


def test_admin_form_reports_each_rule_in_french_and_keeps_the_input(admin_client):
    axis = make_axis()
    make_project(slug="deja-pris")
    response = admin_client.post(
        "/admin/projects/project/add/",
        project_form_data(
            axis,
            slug="deja-pris",
            start_date="2025-06-01",
            end_date="2025-01-01",
            budget="-5",
            title_ar="مشروع",
        ),
        HTTP_ACCEPT_LANGUAGE="fr",
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "Un objet Projet avec ce champ Identifiant (slug) existe déjà." in page
    assert "La date de fin ne peut pas précéder la date de début." in page
    assert "Assurez-vous que cette valeur est supérieure ou égale à 0." in page
    assert 'value="مشروع"' in page
    assert not Project.objects.filter(title_fr="Projet test").exists()


def test_admin_refuses_a_second_mission_profile(admin_client, initial_content):
    response = admin_client.get("/admin/oim_site/missionprofile/add/")
    assert response.status_code == 403


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("fr", "Indiquez le code ISO 3166-2 d’une région du Maroc, de MA-01 à MA-12."),
        ("ar", "أدخِل رمز ISO 3166-2 لجهة من جهات المغرب، من MA-01 إلى MA-12."),
        ("en", "Use the ISO 3166-2 code of a region of Morocco, from MA-01 to MA-12."),
    ],
)
def test_a_region_code_must_be_one_of_morocco_and_the_form_keeps_it(
    admin_client, language, message
):
    url = "/admin/projects/region/add/"
    data = {"name_fr": "Région test", "slug": "region-test", "order": "0"}
    for code in ("99", "MA-13", "ma-04", "MA-4", "MA-00"):
        response = admin_client.post(url, data | {"code": code}, HTTP_ACCEPT_LANGUAGE=language)
        assert response.status_code == 200, code
        page = response.content.decode()
        assert message in page, code
        assert f'value="{code}"' in page
    assert not Region.objects.exists()
    assert admin_client.post(url, data | {"code": "MA-12"}).status_code == 302
    assert Region.objects.get().code == "MA-12"
