"""Each page costs a fixed number of queries, the same with 30 or 300 projects and partners.

Measured without the page cache (DJANGO_CACHE_PAGES), which would hide a growing count.
"""

import pytest

from tests.factories import make_articles, make_axis, make_projects, make_region, make_theme

pytestmark = [pytest.mark.postgresql, pytest.mark.django_db]

PAGES = [
    # mission profile, its key figures, published axes, featured projects with their
    # axis, the published partners counted by kind, the three latest articles
    ("/fr/", 6),
    # mission profile, key figures, milestones
    ("/fr/mission/", 3),
    # published axes with their count of published projects
    ("/fr/axes/", 1),
    # the axis, its first published projects, their count, its latest articles
    ("/fr/axes/axe/", 4),
    # the choices of the axis, theme, region and partner filters; count; the page of projects
    ("/fr/projects/", 6),
    # the same, for a later page
    ("/fr/projects/?page=2", 6),
    # the same, plus one look-up per filter given by slug (axis, theme, region, partner)
    (
        "/fr/projects/?axis=axe&theme=theme&region=region&partner={partner}&status=planned&q=Projet",
        10,
    ),
    # the project with its axis, its published themes, its regions, its partnerships with
    # their published partners, its latest articles
    ("/fr/projects/{project}/", 5),
    # published partners
    ("/fr/partners/", 1),
    # the partner, its partnerships in published projects with their project, its latest
    # articles
    ("/fr/partners/{partner}/", 3),
    # matching axes, projects with their axis and their count, partners, articles
    ("/fr/search/?q=projet", 5),
    # the latest published projects
    ("/fr/projects/feed.atom", 1),
    # published axes, projects, partners and articles (the fixed pages need none)
    ("/sitemap.xml", 4),
    # none: the page documents the exports
    ("/fr/open-data/", 0),
]


@pytest.mark.parametrize("count", [30, 300])
@pytest.mark.parametrize(("url", "queries"), PAGES, ids=[url for url, _ in PAGES])
def test_a_page_costs_the_same_queries_whatever_the_number_of_projects(
    client, initial_content, uncached, django_assert_num_queries, count, url, queries
):
    axis = make_axis(slug="axe")
    projects = make_projects(count, axis, make_theme(slug="theme"), make_region(slug="region"))
    partner = projects[0].partners.get()
    url = url.format(project=projects[0].slug, partner=partner.slug)
    with django_assert_num_queries(queries):
        response = client.get(url)
    assert response.status_code == 200


def test_staff_pay_only_for_their_session_and_user(
    admin_client, initial_content, uncached, django_assert_num_queries
):
    projects = make_projects(300, make_axis(), make_theme(), make_region())
    partner = projects[0].partners.get()
    # the session, the user, then the 10 queries of the fully filtered list
    with django_assert_num_queries(12):
        response = admin_client.get(
            f"/fr/projects/?axis={projects[0].axis.slug}&partner={partner.slug}&status=planned"
            f"&theme={projects[0].themes.get().slug}&region={projects[0].regions.get().slug}&q=P"
        )
    assert response.status_code == 200


def test_a_stored_page_costs_one_query_the_content_version(
    client, initial_content, django_assert_num_queries
):
    make_projects(30, make_axis(), make_theme(), make_region())
    client.get("/fr/projects/")
    with django_assert_num_queries(1):
        assert client.get("/fr/projects/").status_code == 200


NEWS_PAGES = [
    # the choices of the axis and region filters, the years of published articles; count;
    # the page of articles
    ("/fr/news/", 5),
    # the same, for a later page
    ("/fr/news/?page=2", 5),
    # the same, plus one look-up per filter given by slug (axis, region)
    ("/fr/news/?kind=story&axis=axe&region=region&year=2026", 7),
    # the article; its published axes, published projects with their axis, published
    # partners, regions; three related articles
    ("/fr/news/{article}/", 6),
    # the latest published articles, of every kind and of one
    ("/fr/news/feed.atom", 1),
    ("/fr/news/feed/story.atom", 1),
    # the pages that show the latest articles, as above
    ("/fr/", 6),
    ("/fr/axes/axe/", 4),
    ("/fr/projects/{project}/", 5),
    ("/fr/partners/{partner}/", 3),
    # matching axes, projects (none: no count), partners, articles
    ("/fr/search/?q=article", 4),
    ("/sitemap.xml", 4),
]


@pytest.mark.parametrize("count", [30, 300])
@pytest.mark.parametrize(("url", "queries"), NEWS_PAGES, ids=[url for url, _ in NEWS_PAGES])
def test_a_page_costs_the_same_queries_whatever_the_number_of_articles(
    client, initial_content, uncached, django_assert_num_queries, count, url, queries
):
    axis, region = make_axis(slug="axe"), make_region(slug="region")
    [project] = make_projects(1, axis, make_theme(), region)
    partner = project.partners.get()
    articles = make_articles(count, axis, region, project, partner)
    url = url.format(article=articles[0].slug, project=project.slug, partner=partner.slug)
    with django_assert_num_queries(queries):
        response = client.get(url)
    assert response.status_code == 200
