"""Pages editors add, the menus they edit, and the regions with their map."""

import re

import pytest
from django.core.management import call_command
from django.utils.html import escape

from pages.models import MenuItem, Page
from pages.sections import reserved_slugs
from projects.models import Region
from projects.region_map import OUTLINES
from tests.admin_forms import form_data
from tests.factories import make_axis, make_project

pytestmark = pytest.mark.django_db

LANGUAGES = ["fr", "ar", "en"]


def new_page(admin_client, **changes):
    url = "/admin/pages/page/add/"
    data = form_data(admin_client.get(url)) | {
        "title_fr": "Travailler avec nous",
        "summary_fr": "Offres et stages.",
        "slug": "travailler-avec-nous",
    }
    return admin_client.post(url, data | changes)


@pytest.mark.parametrize("slug", ["projects", "search", "open-data", "regions", "mission"])
def test_a_slug_that_would_hide_a_section_is_refused_with_a_message(admin_client, slug):
    response = new_page(admin_client, slug=slug)
    assert response.status_code == 200
    assert f"« {slug} » est l’adresse d’une rubrique du site" in response.content.decode()
    assert not Page.objects.filter(slug=slug).exists()


def test_the_reserved_slugs_are_read_from_the_site_addresses():
    # A section added to oim_site/urls.py later (news, publications) is reserved with no list
    # to update; the pages' own <slug> reserves nothing.
    assert {"projects", "partners", "axes", "regions", "search", "open-data"} <= reserved_slugs()
    assert not any("<" in slug for slug in reserved_slugs())


def test_a_page_and_a_page_under_it_answer_at_their_addresses(client, admin_client):
    assert new_page(admin_client, is_published="on").status_code == 302
    parent = Page.objects.get(slug="travailler-avec-nous")
    child = Page.objects.create(
        slug="stages", title_fr="Stages", summary_fr="Les stages.", parent=parent, is_published=True
    )
    assert client.get("/fr/travailler-avec-nous/").status_code == 200
    response = client.get("/ar/travailler-avec-nous/stages/")
    assert response.status_code == 200
    # The French title, for want of Arabic, under its parent's link.
    assert '<h1 lang="fr" dir="ltr">Stages</h1>' in response.content.decode()
    assert 'href="/ar/travailler-avec-nous/"' in response.content.decode()
    assert child.get_absolute_url().endswith("/travailler-avec-nous/stages/")
    # Only at its own address: not at the top level, nor under another page.
    assert client.get("/fr/stages/").status_code == 404
    assert client.get("/fr/contact/stages/").status_code == 404


def test_a_page_has_one_level_of_nesting(admin_client):
    top = Page.objects.create(slug="a", title_fr="A", summary_fr="A")
    middle = Page.objects.create(slug="b", title_fr="B", summary_fr="B", parent=top)
    response = new_page(admin_client, parent=middle.pk)
    assert response.status_code == 200
    assert not Page.objects.filter(slug="travailler-avec-nous").exists()


def test_drafts_and_pages_under_drafts_are_not_public(client):
    draft = Page.objects.create(slug="brouillon", title_fr="Brouillon", summary_fr="B")
    Page.objects.create(
        slug="sous", title_fr="Sous", summary_fr="S", parent=draft, is_published=True
    )
    assert client.get("/fr/brouillon/").status_code == 404
    assert client.get("/fr/brouillon/sous/").status_code == 404
    assert list(Page.objects.published()) == []


def test_the_initial_pages_and_menus_exist_in_three_languages(client, initial_content):
    for slug in ("mentions-legales", "donnees-personnelles", "accessibilite", "contact"):
        page = Page.objects.get(slug=slug)
        for lang in LANGUAGES:
            html = client.get(f"/{lang}/{slug}/").content.decode()
            assert f"<h1>{escape(getattr(page, f'title_{lang}'))}</h1>" in html
    page = Page.objects.get(slug="accessibilite")
    assert (
        "(WCAG) 2.1" in page.body_fr and "axe-core" in page.body_ar and "Lighthouse" in page.body_en
    )
    assert "Rabat" in Page.objects.get(slug="contact").body_fr  # from the mission profile
    home = client.get("/ar/").content.decode()
    assert 'href="/ar/projects/"' in home and "المشاريع" in home
    assert 'href="/ar/accessibilite/"' in home


def test_loading_again_keeps_what_editors_changed(initial_content):
    Page.objects.filter(slug="contact").update(body_fr="Écrivez-nous.")
    MenuItem.objects.filter(section="projects:list").update(label_fr="Nos projets", order=1)
    call_command("load_initial_content", verbosity=0)
    assert Page.objects.get(slug="contact").body_fr == "Écrivez-nous."
    assert MenuItem.objects.get(section="projects:list").label_fr == "Nos projets"
    assert MenuItem.objects.filter(section="projects:list").count() == 1


def test_a_menu_change_shows_on_the_next_request_through_the_page_cache(client, initial_content):
    assert "Nos projets" not in client.get("/fr/").content.decode()
    MenuItem.objects.filter(section="projects:list").update(label_fr="Nos projets")
    assert "Nos projets" in client.get("/fr/").content.decode()


def test_menus_cost_no_query_once_stored(client, initial_content, django_assert_num_queries):
    client.get("/fr/mission/")  # stores the menus of this content version
    # another page, not stored yet: the content version, the published axes; no menu query
    with django_assert_num_queries(2):
        assert client.get("/fr/axes/").status_code == 200


def test_an_external_link_says_so_and_a_draft_page_is_left_out(client, initial_content):
    MenuItem.objects.create(menu="footer", order=1, label_fr="ONU Maroc", url="https://ma.un.org/")
    Page.objects.filter(slug="contact").update(is_published=False)
    footer = client.get("/fr/").content.decode().split('class="site-footer"')[1]
    assert re.search(r'href="https://ma.un.org/" rel="external"[^>]*>ONU Maroc', footer)
    assert "(autre site)" in footer
    assert 'href="/fr/contact/"' not in footer


def test_a_menu_link_has_exactly_one_target(admin_client):
    url = "/admin/pages/menuitem/add/"
    data = form_data(admin_client.get(url)) | {"menu": "header", "label_fr": "Double"}
    both = admin_client.post(url, data | {"section": "projects:list", "url": "https://ma.un.org/"})
    assert both.status_code == 200
    none = admin_client.post(url, data)
    assert none.status_code == 200
    assert admin_client.post(url, data | {"section": "regions:list"}).status_code == 302
    assert MenuItem.objects.get().section == "regions:list"


def test_editors_edit_menus_but_do_not_delete_them(editor_client, initial_content):
    item = MenuItem.objects.get(section="search")
    assert editor_client.get(f"/admin/pages/menuitem/{item.pk}/change/").status_code == 200
    assert (
        editor_client.post(f"/admin/pages/menuitem/{item.pk}/delete/", {"post": "yes"}).status_code
        == 403
    )
    assert MenuItem.objects.filter(pk=item.pk).exists()


def test_a_page_in_a_menu_or_with_pages_under_it_is_not_deleted(publisher_client, initial_content):
    page = Page.objects.get(slug="contact")
    url = f"/admin/pages/page/{page.pk}/delete/"
    assert "Lien de menu" in publisher_client.get(url).content.decode()
    publisher_client.post(url, {"post": "yes"})
    assert Page.objects.filter(pk=page.pk).exists()


def test_the_regions_page_counts_published_projects_and_maps_them(client, initial_content):
    region = Region.objects.get(code="MA-04")
    axis = make_axis()
    for published in (True, True, False):
        make_project(axis=axis, is_published=published).regions.add(region)
    for lang in LANGUAGES:
        html = client.get(f"/{lang}/regions/").content.decode()
        assert html.count('<a href="/' + lang + "/regions/MA-") == 24  # the map and the table
        assert html.split("<svg")[0].endswith('<div class="map-drawing" dir="ltr">\n  ')
        assert "Nations" in html or "الأمم المتحدة" in html
    html = client.get("/fr/regions/").content.decode()
    assert "Rabat-Salé-Kénitra : 2 projets publiés" in html
    assert "<svg" in client.get("/fr/").content.decode()
    assert "<svg" in client.get("/fr/projects/").content.decode()
    assert "<script" not in html


def test_a_region_page_lists_its_published_projects_and_their_partners(client, initial_content):
    region = Region.objects.get(code="MA-06")
    shown = make_project(axis=make_axis(), title_fr="Projet visible")
    hidden = make_project(axis=shown.axis, title_fr="Projet brouillon", is_published=False)
    for project in (shown, hidden):
        project.regions.add(region)
    html = client.get("/fr/regions/MA-06/").content.decode()
    assert "Projet visible" in html and "Projet brouillon" not in html
    assert client.get("/fr/regions/MA-99/").status_code == 404
    detail = client.get(shown.get_absolute_url()).content.decode()
    assert 'href="/fr/regions/MA-06/"' in detail
    listed = client.get(f"/fr/projects/?region={region.slug}").content.decode()
    assert 'href="/fr/regions/MA-06/"' in listed


def test_the_map_outlines_are_at_most_40_kb():
    assert OUTLINES.stat().st_size <= 40 * 1024
