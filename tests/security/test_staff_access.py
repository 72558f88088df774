"""Staff pages: anonymous visitors are sent to the login, staff without the permission refused.

Every view of every model of the admin (history, comparison and recovery included), read
from the admin's registry, is opened on a real object and a real version of it.
"""

import pytest
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType

from projects.models import Project
from tests.routes import admin_model_urls, admin_site_urls
from tests.security.conftest import snapshot, version_of

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"
# A view answers POST too (a form, or an action on a list): each is also tried with one.
WRITES = {"add", "change", "delete", "changelist", "revision", "recover"}


def model_urls(model, obj):
    return admin_model_urls(model, obj, version_of(obj))


def is_write(name):
    return name.rsplit("_", 1)[-1] in WRITES


def test_the_views_are_read_from_the_registry(hostile_content):
    # Were the walk broken, the tests below would pass without testing anything.
    names = {name for name, _url in model_urls(Project, hostile_content[Project])}
    views = ["changelist", "add", "change", "delete", "history", "compare", "recoverlist"]
    assert names >= {f"projects_project_{view}" for view in [*views, "recover", "revision"]}


def test_anonymous_visitors_are_sent_to_the_login_from_every_staff_page(client, hostile_content):
    before = snapshot()
    urls = admin_site_urls() + [
        url for model, obj in hostile_content.items() for _name, url in model_urls(model, obj)
    ]
    for url in urls:
        for response in (client.get(url), client.post(url, {"post": "yes"})):
            assert response.status_code == 302, url
            assert response.url.startswith(f"{LOGIN}?next="), url
    assert snapshot() == before


def staff_with_every_permission_but(model, django_user_model):
    """A staff member who may do everything, except anything at all on `model`."""
    user = django_user_model.objects.create_user("someone", password="pw", is_staff=True)
    own = ContentType.objects.get_for_model(model, for_concrete_model=False)
    user.user_permissions.set(Permission.objects.exclude(content_type=own))
    return user


def test_staff_without_the_permission_open_no_view_of_a_model(
    client, hostile_content, django_user_model
):
    before = snapshot()
    for model, obj in hostile_content.items():
        user = staff_with_every_permission_but(model, django_user_model)
        client.force_login(user)
        for name, url in model_urls(model, obj):
            response = client.get(url)
            assert response.status_code == 403, url
            assert "xss" not in response.content.decode(), url  # none of the object's text
            if is_write(name):
                assert client.post(url, {"post": "yes"}).status_code == 403, url
        client.logout()
        user.delete()
    assert snapshot() == before


@pytest.mark.parametrize("permission", ["view", "change"])
def test_staff_who_may_only_read_or_change_cannot_add_delete_or_restore(
    client, hostile_content, django_user_model, permission
):
    for model, obj in hostile_content.items():
        user = django_user_model.objects.create_user("reader", password="pw", is_staff=True)
        codename = f"{permission}_{model._meta.model_name}"
        user.user_permissions.add(
            Permission.objects.get(content_type__app_label=model._meta.app_label, codename=codename)
        )
        client.force_login(user)
        before = snapshot()
        for name, url in model_urls(model, obj):
            view = name.rsplit("_", 1)[-1]
            forbidden = {"add", "delete", "recover", "recoverlist"}
            if permission == "view":
                forbidden |= {"revision"}
            if view in forbidden:
                assert client.post(url, {"post": "yes"}).status_code == 403, url
        if permission == "view":
            change = f"{model._meta.app_label}_{model._meta.model_name}_change"
            url = dict(model_urls(model, obj))[change]
            assert client.post(url, {}).status_code == 403, url
        assert snapshot() == before
        client.logout()
        user.delete()


def test_staff_without_any_permission_see_no_content_in_the_admin(client, django_user_model):
    user = django_user_model.objects.create_user("nobody", password="pw", is_staff=True)
    client.force_login(user)
    page = client.get("/admin/").content.decode()
    assert "/admin/projects/project/" not in page
    # Not found (after the redirection to /fr/admin/projects/, which could be a page's address).
    assert client.get("/admin/projects/", follow=True).status_code == 404
    assert client.get("/admin/auth/user/").status_code == 403
