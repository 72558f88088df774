"""Parts of pages kept apart (oim_site.page_cache.fragments) are never stale nor anyone's own.

The addresses are new each time, as a search or a new combination of filters is: the page
cache has not stored them, the parts it keeps are what these tests watch.
"""

import pytest
from django.conf.urls.i18n import i18n_patterns
from django.core.cache import caches
from django.db import connection
from django.http import HttpResponse
from django.template import engines
from django.test import Client
from django.urls import path

from axes.models import Axis
from oim_site.urls import urlpatterns as site_urlpatterns
from partners.models import Partner
from projects.models import Project, Region
from tests.factories import (
    make_axis,
    make_partner,
    make_project,
    make_projects,
    make_region,
    make_theme,
)

pytestmark = [pytest.mark.postgresql, pytest.mark.django_db]

LANGUAGES = ["fr", "ar", "en"]


def fresh(language, query=""):
    """The projects list, as an address the page cache has not stored."""
    caches["pages"].clear()
    return f"/{language}/projects/?{query}"


def template_page(source):
    def view(request):
        return HttpResponse(engines["django"].from_string(source).render({}, request))

    return view


urlpatterns = [
    *i18n_patterns(
        path(
            "private/csrf-fragment/",
            template_page(
                '{% load fragments %}{% fragment "t" %}{% csrf_token %}{% endfragment %}'
            ),
        ),
        path(
            "private/nonce-fragment/",
            template_page(
                '{% load fragments %}{% fragment "t" %}<script {% csp_nonce_attr %}></script>'
                "{% endfragment %}"
            ),
        ),
    ),
    # After the test's own: the pages editors add answer any other path.
    *site_urlpatterns,
]


@pytest.fixture(autouse=True)
def private_pages(settings):
    settings.ROOT_URLCONF = __name__


@pytest.fixture
def project(initial_content):
    return make_project(
        slug="projet",
        title_fr="Projet initial",
        title_ar="المشروع الأصلي",
        title_en="Original project",
        body_fr="Le **corps** du projet.",
        axis=make_axis(slug="axe", title_fr="Axe initial"),
        partners=[make_partner(slug="partenaire", name_fr="Partenaire initial")],
    )


def kept():
    return len(caches["fragments"]._cache)


def text(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_cards_and_menus_are_kept_for_addresses_not_stored(client, project):
    assert "Projet initial" in text(client, fresh("fr"))
    parts = kept()
    assert parts > 0
    # Another address: a new page made from the parts already kept (the menus but that of the
    # status, the card).
    assert "Projet initial" in text(client, fresh("fr", "status=planned"))
    assert kept() == parts + 1


@pytest.mark.parametrize(
    "change",
    [
        lambda: Project.objects.filter(slug="projet").update(
            title_fr="Changé", title_ar="Changé", title_en="Changé"
        ),
        lambda: Axis.objects.filter(slug="axe").update(title_fr="Changé"),
        lambda: Partner.objects.filter(slug="partenaire").update(name_fr="Changé"),
        lambda: connection.cursor().execute("UPDATE projects_project SET summary_fr = 'Changé'"),
    ],
    ids=["project, bulk update", "its axis", "a partner in the menu", "raw SQL"],
)
def test_a_change_shows_in_the_parts_on_the_next_request_in_every_language(client, project, change):
    for language in LANGUAGES:
        assert "Changé" not in text(client, fresh(language))
    change()
    for language in LANGUAGES:
        assert "Changé" in text(client, fresh(language)), language


def test_the_map_shows_a_region_s_new_count_and_name_on_the_next_request(client, project):
    region = Region.objects.get(code="MA-04")
    assert f'aria-label="{region.name_fr} : 0 projet publié"' in text(client, fresh("fr"))
    project.regions.add(region)
    assert f'aria-label="{region.name_fr} : 1 projet publié"' in text(client, fresh("fr"))
    Region.objects.filter(pk=region.pk).update(name_ar="جهة مغيّرة")
    assert 'aria-label="جهة مغيّرة، المشاريع المنشورة: 1"' in text(client, fresh("ar"))


def test_a_text_rendered_from_markdown_changes_with_its_source(client, project):
    assert "<strong>corps</strong>" in text(client, "/fr/projects/projet/")
    Project.objects.filter(pk=project.pk).update(body_fr="Un **autre** corps.")
    html = text(client, "/fr/projects/projet/")
    assert "<strong>autre</strong>" in html and "<strong>corps</strong>" not in html


def test_staff_previewing_a_draft_keep_no_part(admin_client, project):
    make_project(
        slug="brouillon", title_fr="Projet secret", body_fr="**Secret**", is_published=False
    )
    assert "Projet secret" in text(admin_client, "/fr/projects/brouillon/")
    assert "Projet initial" in text(admin_client, fresh("fr"))
    assert kept() == 0
    assert "Projet secret" not in text(Client(), fresh("fr"))


def test_a_part_holding_a_csrf_token_is_not_kept():
    first, second = (
        Client().get("/fr/private/csrf-fragment/"),
        Client().get("/fr/private/csrf-fragment/"),
    )
    assert first.content != second.content
    assert kept() == 0


def test_a_part_holding_a_csp_nonce_is_not_kept():
    first = Client().get("/fr/private/nonce-fragment/")
    second = Client().get("/fr/private/nonce-fragment/")
    assert "nonce-" in first["Content-Security-Policy"]
    assert first["Content-Security-Policy"] != second["Content-Security-Policy"]
    assert kept() == 0


def test_parts_are_kept_only_with_the_page_cache_on(client, project, settings):
    settings.CACHE_PAGES = False
    assert "Projet initial" in text(Client(), fresh("fr"))
    assert kept() == 0


@pytest.mark.parametrize("count", [30, 300])
def test_a_new_address_of_the_list_reads_no_menu_from_the_database(
    client, initial_content, count, django_assert_num_queries
):
    make_projects(count, make_axis(), make_theme(), make_region())
    text(client, fresh("fr"))
    # The content version, the count of projects and the page of them: the menus' options
    # are kept for the content version, the menus and the cards under what they show.
    with django_assert_num_queries(3):
        text(client, fresh("fr", "status=planned"))
