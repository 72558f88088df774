"""An address that changes keeps answering: 301 to the new one in every language, without
chains or loops; a deleted item's address answers 410; only a 404 costs a query."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from oim_site.publishing.models import Redirect
from pages.models import Page
from tests.admin_forms import form_data
from tests.factories import make_partner, make_project

pytestmark = [pytest.mark.postgresql, pytest.mark.django_db]


def rename(obj, slug):
    obj.slug = slug
    obj.save()


def test_a_new_slug_redirects_from_the_old_address_in_every_language(initial_content):
    project = make_project(slug="ancien")
    rename(type(project).objects.get(pk=project.pk), "nouveau")
    for language in ("fr", "ar", "en"):
        response = Client().get(f"/{language}/projects/ancien/")
        assert response.status_code == 301
        assert response["Location"] == f"/{language}/projects/nouveau/"
        assert Client().get(response["Location"]).status_code == 200


def test_further_changes_make_no_chain_and_going_back_no_loop(initial_content):
    partner = make_partner(slug="a")
    for slug in ("b", "c"):
        rename(type(partner).objects.get(pk=partner.pk), slug)
    assert Client().get("/fr/partners/a/")["Location"] == "/fr/partners/c/"
    assert Client().get("/fr/partners/b/")["Location"] == "/fr/partners/c/"
    rename(type(partner).objects.get(pk=partner.pk), "a")
    assert Client().get("/fr/partners/a/").status_code == 200
    assert Client().get("/fr/partners/c/")["Location"] == "/fr/partners/a/"
    assert not Redirect.objects.filter(old_path="/fr/partners/a/").exists()


def test_a_deleted_item_answers_410_in_the_site_layout(initial_content):
    project = make_project(slug="supprime")
    rename(type(project).objects.get(pk=project.pk), "supprime-2")
    type(project).objects.get(pk=project.pk).delete()
    for path in ("/ar/projects/supprime/", "/ar/projects/supprime-2/"):
        response = Client().get(path)
        assert response.status_code == 410
        page = response.content.decode()
        assert 'lang="ar" dir="rtl"' in page and "<nav" in page


def test_a_publisher_adds_a_manual_redirect_an_editor_cannot(publisher_client, editor):
    url = "/admin/publishing/redirect/add/"
    data = form_data(publisher_client.get(url)) | {
        "old_path": "/fr/ancienne-page/",
        "new_path": "https://www.iom.int/",
    }
    assert publisher_client.post(url, data).status_code == 302
    response = Client().get("/fr/ancienne-page/")
    assert (response.status_code, response["Location"]) == (301, "https://www.iom.int/")
    editor_client = Client()
    editor_client.force_login(editor)
    assert editor_client.get(url).status_code == 403
    assert editor_client.post(url, data | {"old_path": "/fr/x/"}).status_code == 403
    assert editor_client.get("/admin/publishing/redirect/").status_code == 200


def test_a_manual_redirect_to_itself_is_refused(publisher_client):
    url = "/admin/publishing/redirect/add/"
    data = form_data(publisher_client.get(url)) | {"old_path": "/fr/a/", "new_path": "/fr/a/"}
    response = publisher_client.post(url, data)
    assert response.status_code == 200
    assert not Redirect.objects.exists()


def test_one_query_per_404_and_none_on_other_pages(initial_content, uncached):
    make_project(slug="page")
    visitor = Client()
    with CaptureQueriesContext(connection) as found:
        visitor.get("/fr/projects/page/")
    with CaptureQueriesContext(connection) as missing:
        assert visitor.get("/fr/projects/absent/").status_code == 404
    assert not any("publishing_redirect" in query["sql"] for query in found.captured_queries)
    lookups = [q for q in missing.captured_queries if "publishing_redirect" in q["sql"]]
    assert len(lookups) == 1


def test_restoring_an_older_slug_redirects_from_the_newer(publisher_client):
    from reversion.models import Version

    project = make_project(slug="premier")
    url = f"/admin/projects/project/{project.pk}/change/"
    publisher_client.post(url, form_data(publisher_client.get(url)))
    publisher_client.post(url, form_data(publisher_client.get(url)) | {"slug": "second"})
    first = Version.objects.get_for_object(project).last()
    revision_url = f"/admin/projects/project/{project.pk}/history/{first.pk}/"
    assert publisher_client.post(revision_url, form_data(publisher_client.get(revision_url)))
    project.refresh_from_db()
    assert project.slug == "premier"
    assert Client().get("/fr/projects/second/")["Location"] == "/fr/projects/premier/"


def test_a_page_moved_by_its_parent_redirects_from_its_old_address(initial_content):
    parent = Page.objects.create(slug="travailler", title_fr="Travailler", is_published=True)
    child = Page.objects.create(slug="stages", title_fr="Stages", parent=parent, is_published=True)
    rename(Page.objects.get(pk=parent.pk), "recrutement")
    assert Client().get("/fr/travailler/stages/")["Location"] == "/fr/recrutement/stages/"
    other = Page.objects.create(slug="offres", title_fr="Offres", is_published=True)
    moved = Page.objects.get(pk=child.pk)
    moved.parent = other
    moved.save()
    for old in ("/ar/travailler/stages/", "/ar/recrutement/stages/"):
        assert Client().get(old)["Location"] == "/ar/offres/stages/"
    assert Client().get("/ar/offres/stages/").status_code == 200


def test_an_address_holding_a_nul_character_is_a_plain_404(initial_content):
    # PostgreSQL refuses a NUL in a text value: no redirect can be stored for one.
    assert Client().get("/fr/pages%00perdues/").status_code == 404
