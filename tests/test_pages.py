"""Every public page answers in French, Arabic and English, with the content of that language."""

import re

import pytest

from axes.models import Axis
from oim_site.mission.models import MissionProfile
from partners.models import Partner
from projects.models import Project

pytestmark = pytest.mark.django_db

LANGUAGES = [("fr", "ltr"), ("ar", "rtl"), ("en", "ltr")]
PAGES = [
    "/{lang}/",
    "/{lang}/mission/",
    "/{lang}/axes/",
    "/{lang}/axes/protection-resilience/",
    "/{lang}/projects/",
    "/{lang}/projects/information-mobilite-sure/",
    "/{lang}/partners/",
    "/{lang}/partners/agence-nordique-cooperation/",
    "/{lang}/search/?q=migration",
    "/{lang}/open-data/",
    "/{lang}/regions/",
    "/{lang}/regions/MA-04/",
    "/{lang}/mentions-legales/",
]
PROJECT = "information-mobilite-sure"


def page(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def title(html):
    return re.search(r"<title>(.*?)</title>", html, re.S).group(1)


@pytest.mark.parametrize(("lang", "direction"), LANGUAGES)
@pytest.mark.parametrize("url", PAGES)
def test_every_page_has_one_h1_a_description_and_the_languages_direction(
    client, demo_content, url, lang, direction
):
    html = page(client, url.format(lang=lang))
    assert f'<html lang="{lang}" dir="{direction}">' in html
    assert len(re.findall(r"<h1[ >]", html)) == 1
    assert re.search(r'<meta name="description" content="[^"]{20,}">', html)
    assert '<a class="skip-link" href="#main">' in html
    assert '<main id="main">' in html


@pytest.mark.parametrize(("lang", "_direction"), LANGUAGES)
def test_each_page_has_its_own_title(client, demo_content, lang, _direction):
    titles = [title(page(client, url.format(lang=lang))) for url in PAGES]
    assert len(set(titles)) == len(PAGES)


@pytest.mark.parametrize("url", PAGES)
def test_a_page_title_differs_in_each_language(client, demo_content, url):
    titles = {title(page(client, url.format(lang=lang))) for lang, _ in LANGUAGES}
    assert len(titles) == len(LANGUAGES)


@pytest.mark.parametrize(("lang", "_direction"), LANGUAGES)
def test_home_shows_lead_figures_axes_featured_projects_and_partners_by_kind(
    client, demo_content, lang, _direction
):
    html = page(client, f"/{lang}/")
    profile = MissionProfile.objects.get()
    assert getattr(profile, f"lead_{lang}") in html
    for figure in profile.key_figures.all():
        assert getattr(figure, f"label_{lang}") in html
    for axis in Axis.objects.all():
        assert getattr(axis, f"title_{lang}") in html
    featured = Project.objects.filter(featured=True)
    not_featured = Project.objects.filter(featured=False).first()
    assert featured
    for project in featured:
        assert getattr(project, f"title_{lang}") in html
    assert getattr(not_featured, f"title_{lang}") not in html
    kinds = list(Partner.Kind)
    shown = [kind for kind in kinds if f'#{kind.value}">{kind.label} (' in html]
    assert len(shown) >= 3
    assert sorted(shown, key=lambda kind: html.index(str(kind.label))) == shown


@pytest.mark.parametrize(("lang", "_direction"), LANGUAGES)
def test_mission_shows_the_profile_and_its_milestones(client, demo_content, lang, _direction):
    html = page(client, f"/{lang}/mission/")
    profile = MissionProfile.objects.get()
    for field in ("name", "lead"):
        assert getattr(profile, f"{field}_{lang}") in html
    for field in ("context", "diaspora", "approach"):
        first_paragraph = getattr(profile, f"{field}_{lang}").split("\n\n")[0]
        assert f"<p>{first_paragraph}</p>" in html.replace("&#x27;", "'")
    for milestone in profile.milestones.all():
        assert getattr(milestone, f"date_{lang}") in html
        assert getattr(milestone, f"text_{lang}") in html


@pytest.mark.parametrize(("lang", "_direction"), LANGUAGES)
def test_axis_shows_its_body_and_its_projects(client, demo_content, lang, _direction):
    axis = Axis.objects.get(slug="protection-resilience")
    html = page(client, f"/{lang}/axes/{axis.slug}/")
    assert getattr(axis, f"title_{lang}") in html
    assert getattr(axis, f"body_{lang}").split("\n\n")[0][:60] in html
    for project in axis.projects.all():
        assert getattr(project, f"title_{lang}") in html
    other = Project.objects.exclude(axis=axis).first()
    assert getattr(other, f"title_{lang}") not in html


@pytest.mark.parametrize(("lang", "_direction"), LANGUAGES)
def test_project_shows_partners_regions_dates_budget_and_themes(
    client, demo_content, lang, _direction
):
    project = Project.objects.get(slug=PROJECT)
    html = page(client, f"/{lang}/projects/{PROJECT}/")
    assert getattr(project, f"title_{lang}") in html
    assert getattr(project, f"summary_{lang}") in html
    for region in project.regions.all():
        assert getattr(region, f"name_{lang}") in html
    for theme in project.themes.all():
        assert getattr(theme, f"title_{lang}") in html
    for partnership in project.partnerships.all():
        assert getattr(partnership.partner, f"name_{lang}") in html
    assert '<time datetime="2025-10-01">' in html
    currency = {
        "fr": "Dollar américain (USD)",
        "ar": "الدولار الأمريكي (USD)",
        "en": "US dollar (USD)",
    }
    assert re.search(rf'350\D000 <abbr title="{re.escape(currency[lang])}">USD</abbr>', html)


def test_project_dates_and_roles_read_in_the_visitors_language(client, demo_content):
    french, arabic = (
        page(client, f"/fr/projects/{PROJECT}/"),
        page(client, f"/ar/projects/{PROJECT}/"),
    )
    english = page(client, f"/en/projects/{PROJECT}/")
    # Day first in every language, French's "1er" for the first of the month, Arabic months as
    # written in Morocco.
    assert ">1er octobre 2025<" in french and ">30 septembre 2027<" in french
    assert ">1 October 2025<" in english and ">30 September 2027<" in english
    assert ">1 أكتوبر 2025<" in arabic and ">30 شتنبر 2027<" in arabic
    # Grouped digits in every language.
    assert "350\u202f000" in french or "350\xa0000" in french
    assert "350,000" in english
    assert "350.000" in arabic
    assert "Donor" in english
    assert "Bailleur" in page(client, f"/fr/projects/{PROJECT}/")


@pytest.mark.parametrize(("lang", "_direction"), LANGUAGES)
def test_partners_are_grouped_by_kind_in_the_order_of_kinds(client, demo_content, lang, _direction):
    html = page(client, f"/{lang}/partners/")
    headings = re.findall(r'<h2 id="([a-z-]+)-title">', html)
    order = [kind.value for kind in Partner.Kind]
    assert headings == [kind for kind in order if Partner.objects.filter(kind=kind).exists()]
    for partner in Partner.objects.all():
        assert getattr(partner, f"name_{lang}") in html


@pytest.mark.parametrize(("lang", "_direction"), LANGUAGES)
def test_partner_shows_its_projects(client, demo_content, lang, _direction):
    partner = Partner.objects.get(slug="agence-nordique-cooperation")
    html = page(client, f"/{lang}/partners/{partner.slug}/")
    assert getattr(partner, f"description_{lang}") in html
    assert partner.projects.exists()
    for project in partner.projects.all():
        assert getattr(project, f"title_{lang}") in html


def test_demonstration_content_is_marked_on_the_public_pages(client, demo_content):
    for url in (f"/en/projects/{PROJECT}/", "/en/partners/agence-nordique-cooperation/"):
        assert "Demonstration content" in page(client, url)
    assert "Demonstration content" in page(client, "/en/projects/")
    assert "Contenu de démonstration" in page(client, f"/fr/projects/{PROJECT}/")


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "/fr/projects/?axis=appui-jeunesse&page=2",
            "/ar/projects/?axis=appui-jeunesse&amp;page=2",
        ),
        (f"/fr/projects/{PROJECT}/", f"/ar/projects/{PROJECT}/"),
        ("/en/search/?q=jeunes", "/ar/search/?q=jeunes"),
    ],
)
def test_the_language_switcher_keeps_the_page_and_its_filters(client, demo_content, url, expected):
    response = client.get(url)
    assert re.search(
        rf'<a href="{re.escape(expected)}" hreflang="ar" lang="ar"\s*>', response.content.decode()
    )
