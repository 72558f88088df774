import pytest

from oim_site.mission.models import MissionProfile

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("accept", "language"), [("ar,fr;q=0.5", "ar"), ("en-GB,en;q=0.9", "en"), ("de", "fr")]
)
def test_root_redirects_to_the_browsers_language(client, accept, language):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept)
    assert response.status_code == 302
    assert response["Location"] == f"/{language}/"


@pytest.mark.parametrize(("language", "direction"), [("fr", "ltr"), ("ar", "rtl"), ("en", "ltr")])
def test_home_shows_the_mission_in_each_language(client, initial_content, language, direction):
    profile = MissionProfile.objects.get()
    page = client.get(f"/{language}/").content.decode()
    assert f'<html lang="{language}" dir="{direction}">' in page
    assert getattr(profile, f"name_{language}") in page
    assert getattr(profile, f"lead_{language}") in page
