"""Editors write; publishers also publish, unpublish and delete: enforced on the server."""

import pytest
from django.contrib.auth.models import Group

from axes.models import Axis, Theme
from news.models import Article
from oim_site.mission.models import KeyFigure, Milestone, MissionProfile
from oim_site.publishing.models import Redirect
from pages.models import MenuItem, Page
from partners.models import Partner
from projects.models import Partnership, Project, Region
from publications.models import Publication, PublicationFile
from tests.admin_forms import form_data
from tests.factories import make_partner, make_project

pytestmark = pytest.mark.django_db

CONTENT = [
    *(MissionProfile, KeyFigure, Milestone, Axis, Theme, Partner, Project, Partnership, Region),
    *(Article, Page, MenuItem, Publication, PublicationFile),
]
PUBLISHABLE = [Axis, Theme, Partner, Project, Article, Page, Publication]


def codenames(group_name):
    return set(
        Group.objects.get(name=group_name).permissions.values_list(
            "content_type__app_label", "codename"
        )
    )


def perms(models, *actions):
    return {
        (model._meta.app_label, f"{action}_{model._meta.model_name}")
        for model in models
        for action in actions
    }


def test_migrate_gives_the_two_roles_their_permissions():
    # Redirects are addresses of the site: editors see them, publishers change them.
    assert codenames("Editor") == perms(CONTENT, "view", "add", "change") | perms(
        [Redirect], "view"
    )
    assert codenames("Publisher") == perms(
        [*CONTENT, Redirect], "view", "add", "change", "delete"
    ) | perms(PUBLISHABLE, "publish")


def test_only_publishers_hold_the_publish_permission(editor, publisher):
    for model in PUBLISHABLE:
        permission = f"{model._meta.app_label}.publish_{model._meta.model_name}"
        assert publisher.has_perm(permission)
        assert not editor.has_perm(permission)


def test_an_editor_can_create_a_project_but_only_as_a_draft(editor_client):
    axis = make_project().axis
    response = editor_client.get("/admin/projects/project/add/")
    assert 'name="is_published"' not in response.content.decode()
    data = form_data(response) | {
        "title_fr": "Nouveau projet",
        "slug": "nouveau-projet",
        "axis": axis.pk,
        "summary_fr": "Résumé",
        "is_published": "on",  # forged: the form has no such field for an editor
    }
    response = editor_client.post("/admin/projects/project/add/", data)
    assert response.status_code == 302
    project = Project.objects.get(slug="nouveau-projet")
    assert project.is_published is False
    assert project.first_published_at is None


def test_an_editor_edits_a_draft_but_a_forged_post_cannot_publish_it(editor_client):
    project = make_project(is_published=False)
    url = f"/admin/projects/project/{project.pk}/change/"
    data = form_data(editor_client.get(url)) | {"title_fr": "Titre corrigé", "is_published": "on"}
    assert editor_client.post(url, data).status_code == 302
    project.refresh_from_db()
    assert project.title_fr == "Titre corrigé"
    assert project.is_published is False


def test_a_forged_post_from_an_editor_cannot_unpublish(editor_client):
    partner = make_partner(is_published=True)
    url = f"/admin/partners/partner/{partner.pk}/change/"
    data = form_data(editor_client.get(url))
    data.pop("is_published", None)  # an unchecked box sends nothing
    assert editor_client.post(url, data).status_code == 302
    partner.refresh_from_db()
    assert partner.is_published is True


@pytest.mark.parametrize("action", ["publish", "unpublish"])
def test_an_editor_is_offered_no_publishing_action_and_a_forged_one_changes_nothing(
    editor_client, action
):
    project = make_project(is_published=action == "unpublish")
    page = editor_client.get("/admin/projects/project/").content.decode()
    assert 'value="publish"' not in page
    assert 'value="unpublish"' not in page
    response = editor_client.post(
        "/admin/projects/project/", {"action": action, "_selected_action": [project.pk]}
    )
    assert response.status_code == 200  # the list again, the unknown action ignored
    project.refresh_from_db()
    assert project.is_published is (action == "unpublish")


def test_an_editor_cannot_delete(editor_client):
    project = make_project(partners=[make_partner()])
    url = f"/admin/projects/project/{project.pk}/delete/"
    assert editor_client.get(url).status_code == 403
    assert editor_client.post(url, {"post": "yes"}).status_code == 403
    assert Project.objects.filter(pk=project.pk).exists()


def test_an_editor_cannot_remove_a_partnership_from_a_project(editor_client):
    project = make_project(partners=[make_partner()])
    url = f"/admin/projects/project/{project.pk}/change/"
    response = editor_client.get(url)
    assert 'name="partnerships-0-DELETE"' not in response.content.decode()
    data = form_data(response) | {"partnerships-0-DELETE": "on"}
    assert editor_client.post(url, data).status_code == 302
    assert project.partnerships.count() == 1


def test_a_publisher_publishes_from_the_form_and_the_date_is_recorded(publisher_client):
    project = make_project(is_published=False)
    url = f"/admin/projects/project/{project.pk}/change/"
    data = form_data(publisher_client.get(url)) | {"is_published": "on"}
    assert publisher_client.post(url, data).status_code == 302
    project.refresh_from_db()
    assert project.is_published is True
    assert project.first_published_at is not None


def test_a_publisher_deletes(publisher_client):
    project = make_project()
    response = publisher_client.post(
        f"/admin/projects/project/{project.pk}/delete/", {"post": "yes"}
    )
    assert response.status_code == 302
    assert not Project.objects.filter(pk=project.pk).exists()


def test_nobody_deletes_the_mission_profile(admin_client, initial_content):
    profile = MissionProfile.objects.get()
    url = f"/admin/oim_site/missionprofile/{profile.pk}/delete/"
    assert admin_client.get(url).status_code == 403
    assert admin_client.post(url, {"post": "yes"}).status_code == 403
    assert MissionProfile.objects.exists()


def test_a_key_figure_names_its_profile_in_the_admins_language(admin_client, initial_content):
    admin_client.cookies["django_language"] = "ar"
    figure = MissionProfile.objects.get().key_figures.first()
    page = admin_client.get(f"/admin/oim_site/keyfigure/{figure.pk}/change/").content.decode()
    assert '<label class="required" for="id_profile">تعريف البعثة:</label>' in page
