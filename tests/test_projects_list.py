"""The projects list: filters that combine, show, survive pagination, and forgive bad input."""

import re

import pytest

from axes.models import Axis
from partners.models import Partner
from projects.models import Project
from projects.views import PROJECTS_PER_PAGE
from tests.factories import make_axis, make_partner, make_project, make_region, make_theme

pytestmark = pytest.mark.django_db

FRENCH = ' lang="fr" dir="ltr"'


def titles(response):
    return re.findall(
        r'class="card-title">\s*<a href="[^"]+"[^>]*>([^<]+)</a>', response.content.decode()
    )


@pytest.fixture
def projects():
    youth, protection = make_axis(slug="youth", title_fr="Jeunesse"), make_axis(slug="protection")
    trafficking = make_theme(slug="trafficking")
    oriental, souss = make_region(slug="oriental"), make_region(slug="souss")
    agency = make_partner(slug="agency")
    first = make_project(title_fr="Clubs de jeunes", axis=youth, status="ongoing")
    first.themes.add(trafficking)
    first.regions.add(oriental)
    second = make_project(
        title_fr="Accueil des victimes", axis=protection, status="ongoing", partners=[agency]
    )
    second.themes.add(trafficking)
    second.regions.add(souss)
    make_project(title_fr="Formation des jeunes", axis=youth, status="planned", partners=[agency])
    return Project.objects.all()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", {"Clubs de jeunes", "Accueil des victimes", "Formation des jeunes"}),
        ("axis=youth", {"Clubs de jeunes", "Formation des jeunes"}),
        ("theme=trafficking", {"Clubs de jeunes", "Accueil des victimes"}),
        ("status=planned", {"Formation des jeunes"}),
        ("region=souss", {"Accueil des victimes"}),
        ("partner=agency", {"Accueil des victimes", "Formation des jeunes"}),
        ("q=jeunes", {"Clubs de jeunes", "Formation des jeunes"}),
        ("q=JEUNES clubs", {"Clubs de jeunes"}),
        ("axis=youth&theme=trafficking", {"Clubs de jeunes"}),
        ("axis=youth&partner=agency&status=planned&q=formation", {"Formation des jeunes"}),
    ],
)
def test_filters_apply_and_combine(client, projects, query, expected):
    response = client.get(f"/fr/projects/?{query}")
    assert response.status_code == 200
    assert set(titles(response)) == expected


def test_a_partner_with_two_roles_lists_the_project_once(client, projects):
    project = Project.objects.get(title_fr="Accueil des victimes")
    project.partnerships.create(partner=project.partners.get(), role="donor")
    assert titles(client.get("/fr/projects/?partner=agency")).count("Accueil des victimes") == 1


def test_active_filters_show_as_links_that_remove_one_filter(client, projects):
    html = client.get("/en/projects/?axis=youth&status=ongoing&q=clubs").content.decode()
    chips = re.findall(
        r'<li>\s*<a href="\?([^"]*)">([^<]+)<bdi([^>]*)>([^<]+)</bdi>\s+<span aria-hidden', html
    )
    assert chips == [
        ("axis=youth&amp;status=ongoing", "Words: ", "", "clubs"),
        # Not translated into English: the French title, said to be French.
        ("status=ongoing&amp;q=clubs", "Axis: ", FRENCH, "Jeunesse"),
        ("axis=youth&amp;q=clubs", "Status: ", "", "Ongoing"),
    ]


def test_no_result_gives_a_helpful_message(client, projects):
    html = client.get("/en/projects/?q=nothing-like-this").content.decode()
    assert "No project matches these filters." in html
    assert 'href="/en/projects/">see all projects</a>' in html


@pytest.mark.parametrize(
    "query",
    ["axis=unknown", "theme=unknown&x=1", "region=%00", "partner=" + "p" * 300, "status=lost"],
)
def test_an_invalid_filter_is_ignored_and_the_others_still_apply(client, projects, query):
    response = client.get(f"/en/projects/?{query}&q=jeunes")
    assert response.status_code == 200
    assert set(titles(response)) == {"Clubs de jeunes", "Formation des jeunes"}
    assert 'aria-invalid="true"' in response.content.decode()


@pytest.mark.parametrize("query", ["axis=unknown", "status=lost"])
def test_a_stale_link_says_its_choice_is_not_offered(client, projects, query):
    html = client.get(f"/en/projects/?{query}").content.decode()
    assert "This choice is not offered: the list is not filtered by it." in html
    assert "Select a valid choice" not in html


def test_a_query_too_long_is_ignored_and_said_so(client, projects):
    response = client.get("/en/projects/?axis=youth&q=" + "x" * 5000)
    assert response.status_code == 200
    assert set(titles(response)) == {"Clubs de jeunes", "Formation des jeunes"}
    assert "Ensure this value has at most 200 characters" in response.content.decode()


def options(html, name):
    menu = re.search(rf'<select name="{name}"[^>]*>(.*?)</select>', html, re.S).group(1)
    return re.findall(
        r'<option value="([^"]*)"( selected)?((?: lang="fr" dir="ltr")?)>([^<]*)</option>', menu
    )


def test_menus_offer_each_choice_in_the_visitors_language_and_keep_the_one_chosen(client, projects):
    make_partner(
        slug="unhcr",
        name_fr="Haut-Commissariat",
        name_en="High Commissioner",
        acronym_fr="HCR",
        acronym_en="UNHCR",
    )
    html = client.get("/en/projects/?axis=youth&partner=unhcr").content.decode()
    assert options(html, "axis") == [
        ("", "", "", "All axes"),
        # Not translated into English: the French title, said to be French.
        *(
            (axis.slug, " selected" if axis.slug == "youth" else "", FRENCH, axis.title_fr)
            for axis in Axis.objects.all()
        ),
    ]
    partners = options(html, "partner")
    assert ("unhcr", " selected", "", "High Commissioner (UNHCR)") in partners
    assert ("agency", "", FRENCH, Partner.objects.get(slug="agency").name_fr) in partners
    assert options(html, "status")[2] == ("ongoing", "", "", "Ongoing")


def test_a_template_overrides_the_menus_markup(client, settings, tmp_path, projects):
    widgets = tmp_path / "includes"
    widgets.mkdir(parents=True)
    (widgets / "filter_select.html").write_text(
        "{% for _group, options, _index in widget.optgroups %}{% for option in options %}"
        '<option class="overridden" value="{{ option.value }}"'
        "{% if option.selected %} selected{% endif %}{{ option.language }}>{{ option.label }}"
        "</option>{% endfor %}{% endfor %}"
    )
    engine = settings.TEMPLATES[0]
    settings.TEMPLATES = [{**engine, "DIRS": [tmp_path, *engine["DIRS"]]}]
    html = client.get("/en/projects/?axis=youth").content.decode()
    assert f'<option class="overridden" value="youth" selected{FRENCH}>Jeunesse</option>' in html


def test_a_draft_axis_or_partner_is_no_filter_for_the_public(client, projects):
    make_axis(slug="hidden", is_published=False)
    response = client.get("/en/projects/?axis=hidden")
    assert len(titles(response)) == 3
    assert 'value="hidden"' not in response.content.decode()


@pytest.fixture
def many_projects():
    axis = make_axis(slug="many")
    for number in range(PROJECTS_PER_PAGE + 3):
        make_project(title_fr=f"Projet {number:02}", axis=axis, status="ongoing")
    make_project(title_fr="Ailleurs", status="ongoing")


def test_pagination_keeps_the_filters(client, many_projects):
    first = client.get("/fr/projects/?axis=many&status=ongoing").content.decode()
    assert 'href="?axis=many&amp;status=ongoing&amp;page=2" rel="next"' in first
    second = client.get("/fr/projects/?axis=many&status=ongoing&page=2")
    assert len(titles(second)) == 3
    assert "Ailleurs" not in second.content.decode()
    assert 'href="?axis=many&amp;status=ongoing&amp;page=1" rel="prev"' in second.content.decode()


def test_removing_a_filter_goes_back_to_the_first_page(client, many_projects):
    html = client.get("/en/projects/?axis=many&status=ongoing&page=2").content.decode()
    assert '<a href="?axis=many">Status: <bdi>Ongoing</bdi>' in html


@pytest.mark.parametrize("page", ["abc", "99999", "0", "-1", "1.5"])
def test_a_page_that_does_not_exist_is_a_404_page(client, many_projects, page):
    response = client.get(f"/en/projects/?page={page}")
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


def test_last_page_is_reachable(client, many_projects):
    response = client.get("/en/projects/?page=last")
    assert response.status_code == 200
    assert len(titles(response)) == 4


def test_a_french_filter_chip_has_french_punctuation(client, many_projects):
    html = client.get("/fr/projects/?status=ongoing").content.decode()
    assert '<a href="?">Statut\u00a0: <bdi>En cours</bdi>' in html
