"""Every form that changes something refuses a POST without its CSRF token.

The admin's forms (add, change, delete, list actions, revert and recover of every model in
its registry), the login, logout and password change, and the language switcher answer
403 and change nothing; with the token, the same forms work.
"""

import re

import pytest
from django.test import Client

from axes.models import Axis
from projects.models import Project
from tests.admin_forms import form_data
from tests.routes import admin_model_urls
from tests.security.conftest import snapshot, version_of

pytestmark = pytest.mark.django_db

# The admin's views that take a POST.
FORMS = {"add", "change", "delete", "changelist", "revision", "recover"}


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_superuser("root", "root@example.org", "pw")


@pytest.fixture
def browser(superuser):
    """A client that, like a browser, is held to the CSRF checks; logged in."""
    client = Client(enforce_csrf_checks=True)
    client.force_login(superuser)
    return client


def assert_refused_for_csrf(response):
    assert response.status_code == 403
    assert "CSRF" in response.content.decode()


def test_every_admin_form_refuses_a_post_without_token(browser, hostile_content):
    before = snapshot()
    posted = 0
    for model, obj in hostile_content.items():
        for name, url in admin_model_urls(model, obj, version_of(obj)):
            if name.rsplit("_", 1)[-1] in FORMS:
                data = {"post": "yes", "action": "delete_selected", "_selected_action": obj.pk}
                assert_refused_for_csrf(browser.post(url, data))
                posted += 1
    assert posted > 5 * len(hostile_content)  # the walk found the forms of every model
    assert snapshot() == before


def test_the_password_change_refuses_a_post_without_token(browser, superuser):
    new = "n3w-Passw0rd!"
    data = {"old_password": "pw", "new_password1": new, "new_password2": new}
    assert_refused_for_csrf(browser.post("/admin/password_change/", data))
    superuser.refresh_from_db()
    assert superuser.check_password("pw")


def test_the_logout_refuses_a_post_without_token(browser):
    assert_refused_for_csrf(browser.post("/admin/logout/"))
    assert browser.get("/admin/").status_code == 200  # still logged in


def test_the_login_refuses_a_post_without_token(superuser):
    client = Client(enforce_csrf_checks=True)
    client.get("/admin/login/")  # sets the CSRF cookie, as for a browser
    response = client.post("/admin/login/", {"username": "root", "password": "pw"})
    assert_refused_for_csrf(response)
    assert "_auth_user_id" not in client.session


def test_the_language_switcher_refuses_a_post_without_token():
    client = Client(enforce_csrf_checks=True)
    response = client.post("/i18n/setlang/", {"language": "ar", "next": "/"})
    assert_refused_for_csrf(response)
    assert "django_language" not in response.cookies


def test_with_the_token_the_login_the_language_switcher_and_an_admin_form_work(superuser):
    client = Client(enforce_csrf_checks=True)

    def token_in(url):
        page = client.get(url).content.decode()
        return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)[1]

    login = {"username": "root", "password": "pw", "csrfmiddlewaretoken": token_in("/admin/login/")}
    response = client.post("/admin/login/", login)
    assert response.status_code == 302
    axis = Axis.objects.create(title_fr="Axe", summary_fr="Résumé", slug="axe")
    data = form_data(client.get("/admin/projects/project/add/")) | {
        "title_fr": "Projet protégé",
        "slug": "projet-protege",
        "axis": axis.pk,
        "summary_fr": "Résumé",
    }
    assert data["csrfmiddlewaretoken"]
    assert client.post("/admin/projects/project/add/", data).status_code == 302
    assert Project.objects.filter(slug="projet-protege").exists()
    token = token_in("/admin/")  # the admin's language switcher
    response = client.post(
        "/i18n/setlang/", {"language": "ar", "next": "/admin/", "csrfmiddlewaretoken": token}
    )
    assert response.cookies["django_language"].value == "ar"
