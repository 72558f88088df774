"""Search across axes, projects and partners, in the current language with French as fallback."""

import re

import pytest
from django.db import connection
from django.utils import translation

from oim_site.views import SEARCH_RESULTS_PER_KIND
from projects.models import Project
from tests.factories import make_axis, make_partner, make_project

pytestmark = [pytest.mark.postgresql, pytest.mark.django_db]


def results(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return re.findall(r'<a href="/\w\w/(\w+)/([\w-]+)/"[ >]', response.content.decode())


@pytest.fixture
def content():
    axis = make_axis(slug="jeunesse", title_fr="Jeunesse", title_ar="الشباب", title_en="Youth")
    make_project(
        slug="clubs",
        axis=axis,
        title_fr="Clubs de jeunes",
        title_ar="نوادي الشباب",
        title_en="Youth clubs",
    )
    make_project(slug="sans-traduction", title_fr="Formation des jeunes")
    make_partner(slug="ong", name_fr="Association des jeunes", name_en="Youth association")


def test_search_finds_axes_projects_and_partners_in_the_current_language(client, content):
    found = results(client, "/en/search/?q=youth")
    assert ("axes", "jeunesse") in found
    assert ("projects", "clubs") in found
    assert ("partners", "ong") in found


def test_search_in_arabic_finds_arabic_text(client, content):
    found = results(client, "/ar/search/?q=الشباب")
    assert ("axes", "jeunesse") in found
    assert ("projects", "clubs") in found


def test_an_arabic_word_is_found_with_or_without_its_article(client, content):
    make_project(slug="oasis", title_ar="كفاءات خضراء لشباب الواحات")
    for words in ("الشباب", "شباب", "والشباب"):
        assert ("projects", "oasis") in results(client, f"/ar/search/?q={words}"), words
    assert "oasis" in client.get("/ar/projects/?q=الشباب").content.decode()


def test_an_untranslated_field_is_found_in_french(client, content):
    response = client.get("/ar/search/?q=formation")
    assert ("projects", "sans-traduction") in results(client, "/ar/search/?q=formation")
    assert "Formation des jeunes" in response.content.decode()


def test_every_word_must_match(client, content):
    found = results(client, "/fr/search/?q=clubs jeunes")
    assert ("projects", "clubs") in found
    assert ("projects", "sans-traduction") not in found


def test_nothing_found_says_so_and_offers_the_lists(client, content):
    html = client.get("/en/search/?q=zzzz").content.decode()
    assert "Nothing matches “zzzz”." in html
    assert 'href="/en/projects/"' in html


def test_a_query_too_long_is_a_400_that_says_why(client, content):
    response = client.get("/en/search/?q=" + "x" * 5000)
    assert response.status_code == 400
    assert "Ensure this value has at most 200 characters" in response.content.decode()


def test_an_empty_search_shows_the_form_only(client, content):
    html = client.get("/en/search/").content.decode()
    assert '<input type="text" name="q"' in html
    assert "Nothing matches" not in html


def test_search_reads_the_text_the_visitor_reads(client, content):
    """A French word of a field translated into Arabic is not on the Arabic page."""
    assert ("projects", "clubs") in results(client, "/fr/search/?q=clubs")
    assert ("projects", "clubs") not in results(client, "/ar/search/?q=clubs")


@pytest.mark.parametrize("language", ["fr", "ar", "en"])
def test_postgresql_finds_projects_through_the_index_of_the_language(language):
    """Without a trigram index of the column search() filters on, PostgreSQL reads every
    project for every search (oim_site.search_columns)."""
    if connection.vendor != "postgresql":
        pytest.skip("trigram indexes are PostgreSQL's: this runs in the PostgreSQL suite")
    with connection.cursor() as cursor:
        # On a few rows PostgreSQL would rather read the table: leave it only the indexes.
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_indexscan = off")
    with translation.override(language):
        plan = Project.objects.published().search("migrants").order_by().explain()
    assert "Seq Scan" not in plan
    assert re.findall(r"Bitmap Index Scan on (\w+)", plan) == [f"project_search_{language}_trigram"]


def test_a_common_word_reads_rows_compressed_with_lz4():
    """Counting the matches of a common word reads the column of every row: compressed with
    pglz, the Arabic one cost more to decompress than to compare (oim_site.publishing.search)."""
    if connection.vendor != "postgresql":
        pytest.skip("column compression is PostgreSQL's: this runs in the PostgreSQL suite")
    make_project(slug="long", body_ar="نص طويل للمهاجرين " * 300, body_fr="Texte. " * 300)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_column_compression(search_ar), pg_column_compression(search_fr) "
            "FROM projects_project WHERE slug = 'long'"
        )
        assert cursor.fetchone() == ("lz4", "lz4")


def test_search_says_how_many_projects_match_and_when_more_partners_do(client):
    for number in range(SEARCH_RESULTS_PER_KIND + 5):
        make_project(slug=f"port-{number}", title_en=f"Port project {number}")
        make_partner(slug=f"port-{number}", name_en=f"Port authority {number}")
    html = client.get("/en/search/?q=port").content.decode()
    found = re.findall(r'<a href="/\w\w/(\w+)/([\w-]+)/">', html)
    assert len([kind for kind, _slug in found if kind == "projects"]) == SEARCH_RESULTS_PER_KIND
    assert '<a href="/en/projects/?q=port">See all 25 projects in the projects list</a>' in html
    assert len([kind for kind, _slug in found if kind == "partners"]) == SEARCH_RESULTS_PER_KIND
    assert "More partners match" in html
    assert "More partners match" not in client.get("/en/search/?q=authority 1").content.decode()


@pytest.mark.parametrize("url", ["/fr/search/?q=jeu%00nes", "/fr/projects/?q=jeu%00nes"])
def test_a_nul_character_in_the_words_is_left_out_not_shown_back(client, content, url):
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "\x00" not in html
    assert 'name="q" value="jeunes"' in html
    assert "/fr/projects/clubs/" in html
