"""Search reads Arabic as people write it, and French without its accents, for every kind of
content on both engines: the same letters are folded in the stored columns and in the words
looked for (oim_site.publishing.search.FOLDED). Results are ranked, headings first."""

import re

import pytest
from django.db import connection
from django.utils import translation

from news.models import Article
from tests.factories import make_article, make_axis, make_partner, make_project

pytestmark = [pytest.mark.postgresql, pytest.mark.django_db]


def found(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return re.findall(r'<a href="/\w\w/(\w+)/([\w-]+)/"[ >]', response.content.decode())


@pytest.mark.parametrize(
    ("written", "typed"),
    [
        ("اطفال", "أطفال"),  # alef with hamza above
        ("أطفال", "اطفال"),
        ("انسان", "إنسان"),  # alef with hamza below
        ("القران", "القرآن"),  # alef with madda
        ("مهاجر", "مُهاجِر"),  # tashkeel in the query
        ("مُهاجِر", "مهاجر"),  # tashkeel in the text
        ("هجره", "الهجرة"),  # ta marbuta written as ha, and the article
        ("الهجرة", "هجره"),
        ("مستشفى", "مستشفي"),  # alef maqsura written as ya
        ("جمـــيل", "جميل"),  # tatweel
        ("migrés", "migres"),  # French accents
        ("État", "etat"),
        ("ÉTAT", "état"),
    ],
)
@pytest.mark.parametrize("kind", ["article", "project", "axis", "partner"])
def test_a_word_is_found_however_its_letters_are_written(client, kind, written, typed):
    text = f"نص {written} text"
    if kind == "article":
        make_article(slug="cible", title_ar=text, title_fr=text)
    elif kind == "project":
        make_project(slug="cible", title_ar=text, title_fr=text)
    elif kind == "axis":
        make_axis(slug="cible", title_ar=text, title_fr=text)
    else:
        make_partner(slug="cible", name_ar=text, name_fr=text)
    for language in ("ar", "fr"):
        assert "cible" in [slug for _, slug in found(client, f"/{language}/search/?q={typed}")]


def test_an_unrelated_word_is_not_found(client):
    make_article(slug="cible", title_ar="الهجرة والتنمية")
    assert found(client, "/ar/search/?q=الشباب") == []


def test_words_in_the_title_come_before_words_in_the_body(client):
    make_article(slug="corps", title_fr="Un atelier", body_fr="Il parle de mobilité.")
    make_article(slug="titre", title_fr="La mobilité des jeunes", body_fr="Un atelier.")
    make_article(slug="resume", title_fr="Rencontre", summary_fr="Sur la mobilité")
    slugs = [slug for kind, slug in found(client, "/fr/search/?q=mobilite") if kind == "news"]
    assert slugs[0] == "titre"
    assert set(slugs) == {"titre", "corps", "resume"}


def test_each_result_says_its_kind(client):
    make_article(slug="communique", kind="press-release", title_fr="Communiqué sur les jeunes")
    make_project(slug="projet", title_fr="Projet pour les jeunes")
    page = client.get("/fr/search/?q=jeunes").content.decode()
    assert '<h2 id="news-title">Actualités</h2>' in page
    assert '<h2 id="projects-title">Projets</h2>' in page
    assert '<span class="tag tag-press-release">Communiqué de presse</span>' in page


def test_a_draft_article_is_not_found(client):
    make_article(slug="brouillon", title_fr="Brouillon secret", is_published=False)
    assert found(client, "/fr/search/?q=secret") == []


@pytest.mark.parametrize("language", ["fr", "ar", "en"])
def test_postgresql_searches_articles_through_the_index_of_the_language(language):
    if connection.vendor != "postgresql":
        pytest.skip("trigram indexes are PostgreSQL's: this runs in the PostgreSQL suite")
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_indexscan = off")
    with translation.override(language):
        plan = Article.objects.published().search("أطفال").order_by().explain()
    assert "Seq Scan" not in plan
    assert re.findall(r"Bitmap Index Scan on (\w+)", plan) == [f"article_search_{language}_trigram"]
