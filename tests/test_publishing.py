"""Publishers publish and unpublish in bulk; drafts are previewed from the admin."""

import pytest
from django.contrib.contenttypes.models import ContentType
from reversion.models import Version

from partners.models import Partner
from projects.models import Project
from tests.factories import make_partner, make_project

pytestmark = pytest.mark.django_db


def act(client, action, objs, url="/admin/projects/project/"):
    return client.post(url, {"action": action, "_selected_action": [obj.pk for obj in objs]})


def test_a_publisher_publishes_several_projects_at_once(publisher_client):
    drafts = [make_project(is_published=False) for _ in range(3)]
    response = act(publisher_client, "publish", drafts)
    assert response.status_code == 302
    assert Project.objects.published().count() == 3
    assert all(project.first_published_at for project in Project.objects.all())
    message = str(list(response.wsgi_request._messages)[0])
    assert message == "3 éléments publiés."


def test_a_publisher_unpublishes_several_partners_at_once(publisher_client):
    partners = [make_partner(is_published=True) for _ in range(2)]
    act(publisher_client, "unpublish", partners, "/admin/partners/partner/")
    assert not Partner.objects.published().exists()


def test_publishing_says_which_items_were_published_already(publisher_client):
    projects = [make_project(is_published=False), *(make_project() for _ in range(2))]
    response = act(publisher_client, "publish", projects)
    messages = [str(message) for message in response.wsgi_request._messages]
    assert messages == ["1 élément publié.", "2 éléments étaient déjà publiés."]


def test_the_first_publication_date_survives_unpublishing_and_republishing(publisher_client):
    project = make_project(is_published=False)
    act(publisher_client, "publish", [project])
    project.refresh_from_db()
    first = project.first_published_at
    act(publisher_client, "unpublish", [project])
    act(publisher_client, "publish", [project])
    project.refresh_from_db()
    assert project.is_published is True
    assert project.first_published_at == first


def test_a_draft_has_no_first_publication_date():
    assert make_project(is_published=False).first_published_at is None


def test_bulk_publishing_is_in_the_history_with_who_did_it(publisher_client, publisher):
    project = make_project(is_published=False)
    act(publisher_client, "publish", [project])
    version = Version.objects.get_for_object(project).get()
    assert version.revision.user == publisher
    assert version.field_dict["is_published"] is True
    history = publisher_client.get(f"/admin/projects/project/{project.pk}/history/")
    assert "publié" in history.content.decode()


def view_on_site_url(obj):
    content_type = ContentType.objects.get_for_model(obj)
    return f"/admin/r/{content_type.pk}/{obj.pk}/"


def test_the_list_offers_a_preview_of_drafts_and_a_view_of_published_items(editor_client):
    draft = make_project(is_published=False)
    published = make_project(is_published=True)
    page = editor_client.get("/admin/projects/project/").content.decode()
    assert f'<a href="{view_on_site_url(draft)}">Aperçu</a>' in page
    assert f'<a href="{view_on_site_url(published)}">Voir</a>' in page


def test_the_form_of_a_draft_offers_a_preview(editor_client):
    draft = make_project(is_published=False)
    page = editor_client.get(f"/admin/projects/project/{draft.pk}/change/").content.decode()
    assert f'href="{view_on_site_url(draft)}" class="viewsitelink">Aperçu</a>' in page


@pytest.mark.urls("tests.urls")
def test_the_preview_link_takes_staff_to_the_draft_page(editor_client):
    draft = make_project(is_published=False, slug="brouillon")
    response = editor_client.get(view_on_site_url(draft))
    assert response.status_code == 302
    assert response.url == "http://testserver/projects/brouillon/"


@pytest.mark.urls("tests.urls")
def test_the_preview_link_sends_anyone_else_to_the_login_page(client, django_user_model):
    draft = make_project(is_published=False)
    response = client.get(view_on_site_url(draft))
    assert response.status_code == 302
    assert response.url.startswith("/admin/login/")
    client.force_login(django_user_model.objects.create_user("visitor", password="pw"))
    response = client.get(view_on_site_url(draft))
    assert response.url.startswith("/admin/login/")
