"""Text shown in French for want of a translation says it is French (WCAG 3.1.2), so that a
screen reader on an Arabic or English page speaks it with a French voice."""

import re

import pytest

from oim_site.mission.models import MissionProfile
from tests.factories import make_axis, make_partner, make_project

pytestmark = pytest.mark.django_db

FRENCH = ' lang="fr" dir="ltr"'


@pytest.fixture
def project():
    axis = make_axis(title_fr="Protection", title_ar="الحماية", title_en="Protection")
    partner = make_partner(name_fr="Association Tanmia", name_en="Tanmia Association")
    return make_project(
        slug="accueil",
        axis=axis,
        partners=[partner],
        title_fr="Accueil et orientation",
        summary_fr="Un accueil pour les personnes migrantes.",
        summary_ar="استقبال للمهاجرين.",
        summary_en="A welcome for migrants.",
        body_fr="Le projet **accueille** et oriente.",
    )


def element(html, tag, text):
    """The opening tag of the `tag` element whose content starts with `text`."""
    found = re.search(rf"(<{tag}\b[^>]*>)\s*{re.escape(text)}", html)
    assert found, (tag, text)
    return found.group(1)


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_untranslated_text_is_marked_french_and_translated_text_is_not(client, project, lang):
    html = client.get(f"/{lang}/projects/accueil/").content.decode()
    assert FRENCH in element(html, "h1", "Accueil et orientation")
    assert FRENCH in element(html, "div", "<p>Le projet <strong>accueille</strong>")
    summary = {"ar": "استقبال للمهاجرين.", "en": "A welcome for migrants."}[lang]
    assert "lang=" not in element(html, "p", summary)
    assert "lang=" not in element(html, "a", {"ar": "الحماية", "en": "Protection"}[lang])
    partner = element(html, "a", "Association Tanmia" if lang == "ar" else "Tanmia Association")
    assert (FRENCH in partner) == (lang == "ar")


def test_the_french_page_marks_nothing(client, project):
    html = client.get("/fr/projects/accueil/").content.decode()
    assert "lang=" not in html.split('<main id="main">')[1]


def test_a_project_card_marks_its_french_title(client, project):
    html = client.get("/ar/projects/").content.decode()
    assert FRENCH in element(html, "a", "Accueil et orientation")
    assert "lang=" not in element(html, "p", "استقبال للمهاجرين.")


def test_the_mission_page_marks_its_french_fields(client, initial_content):
    MissionProfile.objects.update(lead_en="")
    html = client.get("/en/mission/").content.decode()
    profile = MissionProfile.objects.get()
    assert FRENCH in element(html, "p", profile.lead_fr)
    assert "lang=" not in element(html, "h1", profile.name_en)
