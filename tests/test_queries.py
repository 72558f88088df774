"""Each page costs a fixed number of queries, the same with 30 or 300 projects and partners.

Measured without the page cache (DJANGO_CACHE_PAGES), which would hide a growing count.
"""

import pytest

from tests.factories import make_axis, make_projects, make_region, make_theme

pytestmark = [pytest.mark.postgresql, pytest.mark.django_db]

PAGES = [
    # mission profile, its key figures, published axes, featured projects with their
    # axis, the published partners counted by kind
    ("/fr/", 5),
    # mission profile, key figures, milestones
    ("/fr/mission/", 3),
    # published axes with their count of published projects
    ("/fr/axes/", 1),
    # the axis, its first published projects, their count, its published publications
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
    # their published partners, its published publications
    ("/fr/projects/{project}/", 5),
    # published partners
    ("/fr/partners/", 1),
    # the partner, its partnerships in published projects with their project
    ("/fr/partners/{partner}/", 2),
    # matching axes, projects with their axis and their count, partners, publications
    ("/fr/search/?q=projet", 5),
    # the latest published projects
    ("/fr/projects/feed.atom", 1),
    # published axes, projects, partners and publications (the fixed pages need none)
    ("/sitemap.xml", 4),
    # the published projects the IATI file leaves out
    ("/fr/open-data/", 1),
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
