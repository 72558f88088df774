"""Search engines and feed readers find every published page, in every language."""

import re
from xml.etree import ElementTree

import pytest

from tests.factories import (
    make_axis,
    make_partner,
    make_project,
    make_projects,
    make_region,
    make_theme,
)
from tests.publication_files import make_publication

pytestmark = pytest.mark.django_db

SITEMAP = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
ATOM = {"a": "http://www.w3.org/2005/Atom"}


@pytest.fixture
def content():
    axis = make_axis(slug="axe", title_fr="Axe", title_ar="محور", title_en="Axis")
    partner = make_partner(slug="partenaire")
    make_project(
        slug="projet", title_fr="Projet", title_en="Project", axis=axis, partners=[partner]
    )
    make_project(slug="brouillon", axis=axis, is_published=False)
    make_publication(slug="rapport")
    make_publication(slug="brouillon-de-rapport", is_published=False)


def test_sitemap_lists_every_published_page_in_every_language(client, content):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ElementTree.fromstring(response.content)
    locations = {loc.text for loc in root.findall("s:url/s:loc", SITEMAP)}
    paths = ["", "mission/", "axes/", "axes/axe/", "projects/", "projects/projet/"]
    paths += ["partners/", "partners/partenaire/", "news/", "regions/", "open-data/"]
    paths += ["publications/", "publications/rapport/"]
    assert locations == {
        f"http://testserver/{lang}/{path}" for lang in ("fr", "ar", "en") for path in paths
    }


def test_sitemap_gives_alternates_in_each_language_and_a_default(client, content):
    root = ElementTree.fromstring(client.get("/sitemap.xml").content)
    entry = next(
        url
        for url in root.findall("s:url", SITEMAP)
        if url.find("s:loc", SITEMAP).text == "http://testserver/ar/projects/projet/"
    )
    alternates = {
        link.get("hreflang"): link.get("href") for link in entry.findall("x:link", SITEMAP)
    }
    assert alternates == {
        "fr": "http://testserver/fr/projects/projet/",
        "ar": "http://testserver/ar/projects/projet/",
        "en": "http://testserver/en/projects/projet/",
        "x-default": "http://testserver/projects/projet/",
    }


def test_the_default_address_redirects_by_the_browsers_language(client, content):
    response = client.get("/projects/projet/", HTTP_ACCEPT_LANGUAGE="ar")
    assert response.status_code == 302
    assert response["Location"] == "/ar/projects/projet/"


def test_robots_txt_points_to_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response["Content-Type"] == "text/plain"
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()


@pytest.mark.parametrize("lang", ["fr", "ar", "en"])
def test_every_page_links_its_canonical_address_and_its_translations(client, content, lang):
    html = client.get(f"/{lang}/projects/projet/").content.decode()
    assert f'<link rel="canonical" href="http://testserver/{lang}/projects/projet/">' in html
    for other in ("fr", "ar", "en"):
        link = f'<link rel="alternate" hreflang="{other}" href="http://testserver/{other}/projects/projet/">'
        assert link in html
    assert (
        '<link rel="alternate" hreflang="x-default" href="http://testserver/projects/projet/">'
        in html
    )


def test_the_canonical_address_of_a_filtered_list_is_the_list(client, content):
    html = client.get("/en/projects/?axis=axe&q=x").content.decode()
    assert '<link rel="canonical" href="http://testserver/en/projects/">' in html


def test_open_graph_describes_the_page_in_its_language(client, content):
    html = client.get("/en/projects/projet/").content.decode()
    assert '<meta property="og:title" content="Project">' in html
    assert '<meta property="og:type" content="article">' in html
    assert '<meta property="og:url" content="http://testserver/en/projects/projet/">' in html
    assert '<meta property="og:locale" content="en_GB">' in html
    assert '<meta property="og:locale:alternate" content="ar_AR">' in html
    assert re.search(r'<meta property="og:description" content="[^"]+">', html)


@pytest.mark.parametrize(("lang", "title"), [("fr", "Projet"), ("en", "Project"), ("ar", "Projet")])
def test_atom_feed_of_published_projects_per_language(client, content, lang, title):
    response = client.get(f"/{lang}/projects/feed.atom")
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ElementTree.fromstring(response.content)
    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == lang
    entries = feed.findall("a:entry", ATOM)
    assert [entry.find("a:title", ATOM).text for entry in entries] == [title]
    link = entries[0].find("a:link", ATOM).get("href")
    assert link == f"http://testserver/{lang}/projects/projet/"
    # Required by Atom: an author, here the mission's, in the feed's language.
    author = {"fr": "OIM Maroc", "en": "IOM Morocco", "ar": "المنظمة الدولية للهجرة في المغرب"}
    assert feed.find("a:author/a:name", ATOM).text == author[lang]


def test_pages_announce_the_feed_in_their_language(client, content):
    html = client.get("/ar/").content.decode()
    assert 'type="application/atom+xml"' in html
    assert 'href="/ar/projects/feed.atom"' in html


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("fr", "Projets, page 2 sur 3"),
        ("ar", "المشاريع، الصفحة 2 من 3"),
        ("en", "Projects, page 2 of 3"),
    ],
)
def test_a_later_page_of_the_list_has_its_own_title_and_canonical_address(client, lang, title):
    make_projects(30, make_axis(), make_theme(), make_region())
    html = client.get(f"/{lang}/projects/?page=2").content.decode()
    assert f"<title>{title} – " in html
    assert f'<link rel="canonical" href="http://testserver/{lang}/projects/?page=2">' in html
    link = '<link rel="alternate" hreflang="fr" href="http://testserver/fr/projects/?page=2">'
    assert link in html
    assert 'hreflang="x-default" href="http://testserver/projects/?page=2"' in html
    filtered = client.get(f"/{lang}/projects/?page=2&status=planned").content.decode()
    assert f'<link rel="canonical" href="http://testserver/{lang}/projects/">' in filtered
    first = client.get(f"/{lang}/projects/?page=1").content.decode()
    assert f'<link rel="canonical" href="http://testserver/{lang}/projects/">' in first
