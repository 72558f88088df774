"""When the French changes, the translations written before are marked outdated, until edited
or marked up to date; a restore brings back the marks of the texts it restores."""

import pytest
from django.test import Client
from reversion.models import Version

from tests.admin_forms import form_data
from tests.factories import make_project

pytestmark = pytest.mark.django_db


def change_url(obj):
    return f"/admin/projects/project/{obj.pk}/change/"


def edit(client, obj, **fields):
    response = client.post(change_url(obj), form_data(client.get(change_url(obj))) | fields)
    assert response.status_code == 302, response.content.decode()[:2000]
    obj.refresh_from_db()
    return obj


@pytest.fixture
def project():
    return make_project(
        title_fr="Appui aux jeunes",
        title_ar="دعم الشباب",
        title_en="Support for young people",
        summary_fr="Un résumé.",
        summary_ar="ملخص.",
    )


def test_a_french_change_marks_the_translations_written_before(editor_client, project):
    edit(editor_client, project, title_fr="Appui aux jeunes migrants")
    assert project.outdated_translations == {
        "ar": {"title": "Appui aux jeunes"},
        "en": {"title": "Appui aux jeunes"},
    }
    # A translation changed in the same save is up to date; a missing one is not "outdated".
    edit(editor_client, project, summary_fr="Un autre résumé.", summary_ar="ملخص آخر.")
    assert "summary" not in project.outdated_translations["ar"]
    assert "summary" not in project.outdated_translations["en"]  # summary_en is empty


def test_lists_show_it_beside_the_completeness_with_a_filter(editor_client, project):
    other = make_project(title_fr="Autre projet", title_ar="مشروع آخر", title_en="Other")
    edit(editor_client, project, title_fr="Appui aux jeunes migrants")
    edit(editor_client, project, title_en="Support for young migrants")
    page = editor_client.get("/admin/projects/project/?outdated=ar").content.decode()
    assert "Appui aux jeunes migrants" in page and "Autre projet" not in page
    assert "AR&nbsp;à revoir" in page
    page = editor_client.get("/admin/projects/project/?outdated=en").content.decode()
    assert "Appui aux jeunes migrants" not in page
    assert other.pk


def test_the_form_shows_the_french_diff_and_marks_it_up_to_date(editor_client, project):
    edit(editor_client, project, title_fr="Appui aux jeunes migrants")
    page = editor_client.get(change_url(project)).content.decode()
    assert "<ins> migrants</ins>" in page
    assert 'value="ar:title"' in page
    url = f"/admin/projects/project/{project.pk}/translation-current/"
    assert editor_client.post(url, {"translation": "ar:title"}).status_code == 302
    project.refresh_from_db()
    assert project.outdated_translations == {"en": {"title": "Appui aux jeunes"}}
    edit(editor_client, project, title_en="Support for young migrants")
    assert project.outdated_translations == {}


def test_marking_up_to_date_needs_the_change_permission(project, django_user_model):
    viewer = django_user_model.objects.create_user("viewer", password="pw", is_staff=True)
    client = Client()
    client.force_login(viewer)
    project.outdated_translations = {"ar": {"title": "x"}}
    project.save()
    url = f"/admin/projects/project/{project.pk}/translation-current/"
    assert client.post(url, {"translation": "ar:title"}).status_code == 403
    project.refresh_from_db()
    assert project.outdated_translations == {"ar": {"title": "x"}}


def test_restoring_a_version_restores_its_marks(publisher_client, project):
    edit(publisher_client, project, summary_fr="Résumé enregistré.")  # a first version
    edit(publisher_client, project, title_fr="Appui aux jeunes migrants")
    assert "title" in project.outdated_translations["ar"]
    before, _after = reversed(Version.objects.get_for_object(project)[:2])
    url = f"/admin/projects/project/{project.pk}/history/{before.pk}/"
    publisher_client.post(url, form_data(publisher_client.get(url)))
    project.refresh_from_db()
    assert project.title_fr == "Appui aux jeunes"
    assert "title" not in project.outdated_translations.get("ar", {})
    later = Version.objects.get_for_object(project)[1]
    url = f"/admin/projects/project/{project.pk}/history/{later.pk}/"
    publisher_client.post(url, form_data(publisher_client.get(url)))
    project.refresh_from_db()
    assert project.title_fr == "Appui aux jeunes migrants"
    assert project.outdated_translations["ar"]["title"] == "Appui aux jeunes"


def test_public_pages_do_not_change(client, project, initial_content, uncached):
    for language in ("fr", "ar", "en"):
        url = f"/{language}/projects/{project.slug}/"
        before = client.get(url).content
        type(project).objects.filter(pk=project.pk).update(
            outdated_translations={"ar": {"title": "x"}, "en": {"title": "x"}}
        )
        assert client.get(url).content == before
        type(project).objects.filter(pk=project.pk).update(outdated_translations={})
