"""The news: list with its filters, article pages, feeds, and the blocks of other pages."""

import datetime
import json
import re
from xml.etree import ElementTree

import pytest
from django.utils import timezone
from lxml import html as lxml_html

from news.models import Article
from news.views import ARTICLES_PER_PAGE
from tests.factories import (
    make_article,
    make_axis,
    make_partner,
    make_project,
    make_region,
)

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def titles(response):
    assert response.status_code == 200
    page = lxml_html.fromstring(response.content)
    links = page.xpath("//main//h3[@class='card-title']/a")
    return [" ".join(link.text_content().split()) for link in links]


@pytest.fixture
def news():
    youth = make_axis(slug="jeunesse", title_fr="Jeunesse", title_ar="الشباب")
    oriental = make_region(slug="oriental", name_fr="L’Oriental", code="MA-02")
    make_article(
        slug="accord",
        kind="press-release",
        title_fr="Signature d’un accord",
        title_ar="توقيع اتفاق",
        date=datetime.date(2026, 3, 1),
        dateline_fr="Oujda",
        links={"axes": [youth], "regions": [oriental]},
    )
    make_article(
        slug="atelier",
        kind="news",
        title_fr="Un atelier à Tanger",
        date=datetime.date(2025, 7, 14),
        links={"axes": [youth]},
    )
    make_article(
        slug="recit", kind="story", title_fr="Le récit d’Aminata", date=datetime.date(2024, 2, 5)
    )
    make_article(slug="brouillon", title_fr="Article caché", is_published=False)


def test_the_list_shows_published_articles_newest_first(client, news):
    assert titles(client.get("/fr/news/")) == [
        "Signature d’un accord",
        "Un atelier à Tanger",
        "Le récit d’Aminata",
    ]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("kind=story", ["Le récit d’Aminata"]),
        ("axis=jeunesse", ["Signature d’un accord", "Un atelier à Tanger"]),
        ("region=oriental", ["Signature d’un accord"]),
        ("year=2025", ["Un atelier à Tanger"]),
        ("axis=jeunesse&year=2026&kind=press-release", ["Signature d’un accord"]),
    ],
)
def test_the_list_filters_by_kind_axis_region_and_year(client, news, query, expected):
    assert titles(client.get(f"/fr/news/?{query}")) == expected


def test_an_active_filter_is_a_chip_that_removes_it(client, news):
    page = client.get("/fr/news/?kind=story&year=2024").content.decode()
    assert 'href="?year=2024"' in page
    assert 'href="?kind=story"' in page
    assert "Récit" in page and "2024" in page


@pytest.mark.parametrize(
    "query",
    ["kind=rumour", "year=1999", "year=abc", "axis=inconnu", "region=%00", "kind=story&year=x"],
)
def test_an_unknown_value_is_ignored_with_a_message(client, news, query):
    response = client.get(f"/fr/news/?{query}")
    assert response.status_code == 200
    assert 'class="errorlist"' in response.content.decode()
    assert len(titles(response)) == (1 if query.startswith("kind=story") else 3)


def test_the_year_menu_offers_the_years_of_published_articles(client, news):
    page = lxml_html.fromstring(client.get("/fr/news/").content)
    assert page.xpath("//select[@name='year']/option/@value") == ["", "2026", "2025", "2024"]


def test_the_list_is_paginated(client):
    for day in range(ARTICLES_PER_PAGE + 2):
        make_article(date=datetime.date(2026, 1, 1) + datetime.timedelta(days=day))
    assert len(titles(client.get("/fr/news/"))) == ARTICLES_PER_PAGE
    assert len(titles(client.get("/fr/news/?page=2"))) == 2


@pytest.mark.parametrize(
    ("language", "written"),
    [("fr", "1er mars 2026"), ("ar", "1 مارس 2026"), ("en", "1 March 2026")],
)
def test_an_article_shows_its_kind_dateline_and_date_as_its_language_writes_it(
    client, news, language, written
):
    page = client.get(f"/{language}/news/accord/").content.decode()
    assert f'<time datetime="2026-03-01">{written}</time>' in page
    assert "Oujda" in page
    kind = {"fr": "Communiqué de presse", "ar": "بلاغ صحفي", "en": "Press release"}[language]
    assert kind in page


def test_arabic_months_are_written_as_in_morocco(client):
    make_article(slug="ete", date=datetime.date(2025, 8, 15))
    assert "15 غشت 2025" in client.get("/ar/news/ete/").content.decode()


def test_an_untranslated_title_is_marked_french(client, news):
    page = client.get("/en/news/accord/").content.decode()
    assert '<h1 lang="fr" dir="ltr">Signature d’un accord</h1>' in page


def test_the_date_defaults_to_the_first_publication():
    draft = make_article(is_published=False)
    assert draft.date is None
    draft.is_published = True
    draft.save(update_fields=["is_published", "updated_at"])
    draft.refresh_from_db()
    assert draft.date == timezone.localdate(draft.first_published_at)
    dated = make_article(date=datetime.date(2020, 5, 4))
    assert dated.date == datetime.date(2020, 5, 4)


def test_the_publish_action_dates_an_article(publisher_client):
    draft = make_article(is_published=False)
    publisher_client.post(
        "/admin/news/article/", {"action": "publish", "_selected_action": [draft.pk]}
    )
    draft.refresh_from_db()
    assert draft.is_published and draft.date == timezone.localdate()


def test_an_editor_cannot_publish_by_a_forged_request(editor_client):
    draft = make_article(is_published=False)
    response = editor_client.post(
        "/admin/news/article/", {"action": "publish", "_selected_action": [draft.pk]}
    )
    assert response.status_code in (200, 302, 403)
    draft.refresh_from_db()
    assert not draft.is_published


def test_the_article_carries_news_article_structured_data(client, news):
    page = lxml_html.fromstring(client.get("/ar/news/accord/").content)
    [script] = page.xpath("//script[@type='application/ld+json']")
    data = json.loads(script.text)
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "توقيع اتفاق"
    assert data["datePublished"] == "2026-03-01"
    assert data["inLanguage"] == "ar"
    assert data["publisher"]["name"] == "المنظمة الدولية للهجرة في المغرب"
    assert data["mainEntityOfPage"] == "http://testserver/ar/news/accord/"
    assert datetime.datetime.fromisoformat(data["dateModified"])


def test_structured_data_cannot_close_its_script_element(client):
    make_article(slug="piege", title_fr="</script><script>alert(1)</script>")
    page = client.get("/fr/news/piege/").content.decode()
    [data] = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    assert json.loads(data)["headline"] == "</script><script>alert(1)</script>"


def test_the_article_carries_open_graph_article_tags(client, news):
    page = lxml_html.fromstring(client.get("/fr/news/accord/").content)

    def meta(name):
        return page.xpath(f"//meta[@property='{name}']/@content")

    assert meta("og:type") == ["article"]
    assert meta("article:published_time") == ["2026-03-01"]
    assert meta("article:section") == ["Communiqué de presse"]
    assert meta("article:tag") == ["Jeunesse"]


def test_the_article_shows_its_links_and_related_articles_without_drafts(client, news):
    youth = make_axis(slug="cache", title_fr="Axe caché", is_published=False)
    project = make_project(slug="projet-lie", title_fr="Projet lié")
    draft_project = make_project(title_fr="Projet caché", is_published=False)
    partner = make_partner(name_fr="Partenaire lié")
    article = Article.objects.get(slug="accord")
    article.axes.add(youth)
    article.projects.set([project, draft_project])
    article.partners.set([partner])
    make_article(title_fr="Brouillon lié", is_published=False, links={"projects": [project]})
    for number in range(4):
        make_article(title_fr=f"Voisin {number}", links={"projects": [project]})
    page = client.get("/fr/news/accord/").content.decode()
    assert "Projet lié" in page and "Partenaire lié" in page and "L’Oriental" in page
    assert "Projet caché" not in page and "Axe caché" not in page and "Brouillon lié" not in page
    related = page[page.index('id="related-title"') :]
    # The three newest that share something with it: dated today, the last made first.
    assert re.findall(r"Voisin \d|Un atelier à Tanger", related) == [
        "Voisin 3",
        "Voisin 2",
        "Voisin 1",
    ]


def test_a_draft_is_a_404_for_the_public(client, news):
    assert client.get("/fr/news/brouillon/").status_code == 404


def test_staff_preview_a_draft_article(admin_client, news):
    page = admin_client.get("/fr/news/brouillon/").content.decode()
    assert "Article caché" in page and '<meta name="robots" content="noindex">' in page


@pytest.mark.parametrize("language", ["fr", "ar", "en"])
def test_a_feed_per_language_lists_published_articles(client, news, language):
    response = client.get(f"/{language}/news/feed.atom")
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ElementTree.fromstring(response.content)
    entries = [entry.findtext(f"{ATOM}title") for entry in feed.iter(f"{ATOM}entry")]
    assert len(entries) == 3
    assert "Article caché" not in entries
    if language == "ar":
        assert "توقيع اتفاق" in entries


def test_a_feed_per_kind(client, news):
    feed = ElementTree.fromstring(client.get("/fr/news/feed/story.atom").content)
    assert [entry.findtext(f"{ATOM}title") for entry in feed.iter(f"{ATOM}entry")] == [
        "Le récit d’Aminata"
    ]
    assert client.get("/fr/news/feed/rumour.atom").status_code == 404


def test_the_feeds_are_linked_from_the_pages(client, news):
    page = lxml_html.fromstring(client.get("/fr/news/").content)
    feeds = page.xpath("//link[@rel='alternate'][@type='application/atom+xml']/@href")
    assert "/fr/news/feed.atom" in feeds
    assert {"/fr/news/feed/press-release.atom", "/fr/news/feed/news.atom"} <= set(feeds)
    home = lxml_html.fromstring(client.get("/ar/").content)
    assert "/ar/news/feed.atom" in home.xpath("//link[@rel='alternate']/@href")


def test_the_sitemap_lists_every_published_article_in_every_language(client, news):
    sitemap = client.get("/sitemap.xml").content.decode()
    for language in ("fr", "ar", "en"):
        assert f"http://testserver/{language}/news/accord/" in sitemap
        assert f'hreflang="{language}" href="http://testserver/{language}/news/accord/"' in sitemap
        assert f"http://testserver/{language}/news/</loc>" in sitemap
    assert "brouillon" not in sitemap


def test_the_main_navigation_leads_to_the_news(client, initial_content):
    for language, label in (("fr", "Actualités"), ("ar", "الأخبار"), ("en", "News")):
        page = lxml_html.fromstring(client.get(f"/{language}/news/").content)
        [link] = page.xpath("//nav[@class='sections']//a[@aria-current='page']")
        assert link.text.strip() == label
        assert link.get("href") == f"/{language}/news/"


def test_the_home_page_shows_three_articles_featured_first(client, news):
    make_article(slug="une", title_fr="À la une", date=datetime.date(2020, 1, 1), featured=True)
    make_article(slug="cachee", title_fr="Une cachée", featured=True, is_published=False)
    page = client.get("/fr/").content.decode()
    block = page[page.index('id="news-title"') :]
    assert re.findall(r"À la une|Signature d’un accord|Un atelier à Tanger|Le récit", block)[
        :3
    ] == [
        "À la une",
        "Signature d’un accord",
        "Un atelier à Tanger",
    ]
    assert "Une cachée" not in page and "Le récit" not in block


@pytest.mark.parametrize("page", ["axis", "project", "partner"])
def test_axis_project_and_partner_pages_show_their_latest_articles(client, page):
    axis = make_axis(slug="axe")
    project = make_project(slug="projet", axis=axis)
    partner = make_partner(slug="partenaire")
    links = {"axes": [axis], "projects": [project], "partners": [partner]}
    make_article(title_fr="Article lié", links=links)
    make_article(title_fr="Article brouillon", links=links, is_published=False)
    make_article(title_fr="Article sans lien")
    url = {
        "axis": "/fr/axes/axe/",
        "project": "/fr/projects/projet/",
        "partner": "/fr/partners/partenaire/",
    }
    html = client.get(url[page]).content.decode()
    assert "Article lié" in html
    assert "Article brouillon" not in html and "Article sans lien" not in html


def test_a_region_page_can_ask_for_its_latest_articles():
    region = make_region()
    older = make_article(date=datetime.date(2024, 1, 1), links={"regions": [region]})
    newer = make_article(date=datetime.date(2025, 1, 1), links={"regions": [region]})
    make_article(is_published=False, links={"regions": [region]})
    assert list(Article.objects.latest_about(regions=region)) == [newer, older]
