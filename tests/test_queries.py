"""Each page costs a fixed number of queries, the same with 30 or 300 projects and partners.

Measured without the page cache (DJANGO_CACHE_PAGES), which would hide a growing count.
"""

import pytest

from tests.factories import make_articles, make_axis, make_projects, make_region, make_theme

pytestmark = [pytest.mark.postgresql, pytest.mark.django_db]

PAGES = [
    # Every HTML page also reads its menus (header and footer) in one query.
    # mission profile, its key figures, published axes, featured projects with their
    # axis, the published partners counted by kind, the three latest articles, the regions
    # with their project counts
    ("/fr/", 8),
    # mission profile, key figures, milestones
    ("/fr/mission/", 4),
    # published axes with their count of published projects
    ("/fr/axes/", 2),
    # the axis, its first published projects, their count, its latest articles, its published
    # publications
    ("/fr/axes/axe/", 6),
    # the choices of the axis, theme, region and partner filters; count; the page of projects;
    # the regions with their project counts for the map
    ("/fr/projects/", 8),
    # the same, for a later page
    ("/fr/projects/?page=2", 8),
    # the same, plus one look-up per filter given by slug (axis, theme, region, partner)
    (
        "/fr/projects/?axis=axe&theme=theme&region=region&partner={partner}&status=planned&q=Projet",
        12,
    ),
    # the project with its axis, its published themes, its regions, its partnerships with
    # their published partners, its latest articles, its published publications
    ("/fr/projects/{project}/", 7),
    # published partners
    ("/fr/partners/", 2),
    # the partner, its partnerships in published projects with their project, its latest
    # articles
    ("/fr/partners/{partner}/", 4),
    # the regions with their counts of published projects
    ("/fr/regions/", 2),
    # the region, its newest published projects with their axis, their count, its partners,
    # its latest articles
    ("/fr/regions/{region}/", 6),
    # the page with its parent, its published children
    ("/fr/accessibilite/", 3),
    # matching axes, projects with their axis and their count, partners, articles, pages,
    # publications
    ("/fr/search/?q=projet", 8),
    # the latest published projects
    ("/fr/projects/feed.atom", 1),
    # published axes, projects, partners, articles, pages and publications, the regions (the
    # fixed pages need none)
    ("/sitemap.xml", 7),
    # the published projects the IATI file leaves out
    ("/fr/open-data/", 2),
]


@pytest.mark.parametrize("count", [30, 300])
@pytest.mark.parametrize(("url", "queries"), PAGES, ids=[url for url, _ in PAGES])
def test_a_page_costs_the_same_queries_whatever_the_number_of_projects(
    client, initial_content, uncached, django_assert_num_queries, count, url, queries
):
    axis = make_axis(slug="axe")
    region = make_region(slug="region")
    projects = make_projects(count, axis, make_theme(slug="theme"), region)
    partner = projects[0].partners.get()
    url = url.format(project=projects[0].slug, partner=partner.slug, region=region.code)
    with django_assert_num_queries(queries):
        response = client.get(url)
    assert response.status_code == 200


def test_staff_pay_only_for_their_session_and_user(
    admin_client, initial_content, uncached, django_assert_num_queries
):
    projects = make_projects(300, make_axis(), make_theme(), make_region())
    partner = projects[0].partners.get()
    # the session, the user, then the 12 queries of the fully filtered list
    with django_assert_num_queries(14):
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
    # Every HTML page also reads its menus (header and footer) in one query.
    # the choices of the axis and region filters, the years of published articles; count;
    # the page of articles
    ("/fr/news/", 6),
    # the same, for a later page
    ("/fr/news/?page=2", 6),
    # the same, plus one look-up per filter given by slug (axis, region)
    ("/fr/news/?kind=story&axis=axe&region=region&year=2026", 8),
    # the article; its published axes, published projects with their axis, published
    # partners, regions; three related articles
    ("/fr/news/{article}/", 7),
    # the latest published articles, of every kind and of one
    ("/fr/news/feed.atom", 1),
    ("/fr/news/feed/story.atom", 1),
    # the pages that show the latest articles, as in PAGES
    ("/fr/", 8),
    ("/fr/axes/axe/", 6),
    ("/fr/projects/{project}/", 7),
    ("/fr/partners/{partner}/", 4),
    # matching axes, projects (none: no count), partners, articles, pages, publications
    ("/fr/search/?q=article", 7),
    ("/sitemap.xml", 7),
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
