"""Drafts are invisible to the public everywhere, and previewable by staff with a banner."""

import pytest

from projects.models import Project
from tests.factories import make_article, make_axis, make_partner, make_project, make_theme

pytestmark = pytest.mark.django_db


@pytest.fixture
def site():
    """A published project whose draft partner and draft theme must stay hidden."""
    axis = make_axis(slug="axe", title_fr="Axe public")
    draft_partner = make_partner(
        slug="brouillon-partenaire", name_fr="Partenaire caché", is_published=False
    )
    public_partner = make_partner(slug="partenaire", name_fr="Partenaire public")
    project = make_project(
        slug="public",
        title_fr="Projet public",
        axis=axis,
        featured=True,
        partners=[draft_partner, public_partner],
    )
    project.themes.add(make_theme(title_fr="Thème caché", is_published=False))
    make_project(
        slug="brouillon", title_fr="Projet caché", axis=axis, featured=True, is_published=False
    )
    draft_axis = make_axis(slug="axe-brouillon", title_fr="Axe caché", is_published=False)
    make_project(slug="sous-axe-brouillon", title_fr="Projet public 2", axis=draft_axis)
    # A published article linked to every draft, and a draft article linked to what is public.
    make_article(
        slug="article",
        title_fr="Article public",
        featured=True,
        links={
            "axes": [axis, draft_axis],
            "projects": [project, Project.objects.get(slug="brouillon")],
            "partners": [draft_partner, public_partner],
        },
    )
    make_article(
        slug="article-brouillon",
        title_fr="Article caché",
        featured=True,
        is_published=False,
        links={"axes": [axis], "projects": [project], "partners": [public_partner]},
    )
    return project


HIDDEN = ["Projet caché", "Partenaire caché", "Thème caché", "Axe caché", "Article caché"]
PUBLIC_PAGES = [
    "/fr/",
    "/fr/axes/",
    "/fr/axes/axe/",
    "/fr/projects/",
    "/fr/projects/public/",
    "/fr/projects/sous-axe-brouillon/",
    "/fr/partners/",
    "/fr/partners/partenaire/",
    "/fr/search/?q=cach%C3%A9",
    "/fr/projects/feed.atom",
    "/fr/news/",
    "/fr/news/article/",
    "/fr/news/feed.atom",
    "/fr/news/feed/news.atom",
    "/sitemap.xml",
]


@pytest.mark.parametrize("url", PUBLIC_PAGES)
def test_no_draft_shows_to_the_public_even_through_a_relation(client, site, url):
    response = client.get(url)
    assert response.status_code == 200
    page = response.content.decode()
    for hidden in HIDDEN:
        assert hidden not in page
    for slug in ("brouillon", "axe-brouillon", "brouillon-partenaire", "article-brouillon"):
        assert f"/{slug}/" not in page


def test_counts_leave_drafts_out(client, site):
    assert "1 projet" in client.get("/fr/axes/").content.decode()
    assert "2 projets" in client.get("/fr/projects/").content.decode()
    assert "1 article" in client.get("/fr/news/").content.decode()


@pytest.mark.parametrize(
    "url",
    [
        "/fr/projects/brouillon/",
        "/fr/axes/axe-brouillon/",
        "/ar/partners/brouillon-partenaire/",
        "/en/news/article-brouillon/",
    ],
)
def test_a_draft_answers_404_to_the_public(client, site, url):
    assert client.get(url).status_code == 404


def test_a_draft_is_no_filter_either(client, site):
    response = client.get("/fr/projects/?partner=brouillon-partenaire")
    assert "Projet public" in response.content.decode()
    assert 'value="brouillon-partenaire"' not in response.content.decode()


@pytest.mark.parametrize(
    "url",
    ["/en/projects/brouillon/", "/en/axes/axe-brouillon/", "/en/partners/brouillon-partenaire/"],
)
def test_staff_preview_a_draft_with_a_banner(admin_client, site, url):
    response = admin_client.get(url)
    assert response.status_code == 200
    page = response.content.decode()
    assert "This page is not published: only staff can see it." in page
    assert '<meta name="robots" content="noindex">' in page


def test_a_published_page_has_no_draft_banner_even_for_staff(admin_client, site):
    page = admin_client.get("/en/projects/public/").content.decode()
    assert "not published" not in page
    assert "noindex" not in page


def test_a_logged_in_visitor_who_is_not_staff_gets_404(client, site, django_user_model):
    client.force_login(django_user_model.objects.create_user("visitor", password="pw"))
    assert client.get("/fr/projects/brouillon/").status_code == 404
