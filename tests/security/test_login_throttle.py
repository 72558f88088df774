"""The admin login is throttled: guessing passwords is refused after a few failures."""

import pytest
from django.conf import settings

pytestmark = pytest.mark.django_db


LOGIN = "/admin/login/"
USERNAME_LIMIT = int(settings.ADMIN_LOGIN_RATE_PER_USERNAME.split("/")[0])
ADDRESS_LIMIT = int(settings.ADMIN_LOGIN_RATE_PER_ADDRESS.split("/")[0])


@pytest.fixture
def staff(django_user_model):
    return django_user_model.objects.create_user("salma", password="right-password", is_staff=True)


def log_in(client, password, username="salma"):
    return client.post(LOGIN, {"username": username, "password": password, "next": "/admin/"})


def test_wrong_passwords_are_answered_until_the_limit_then_refused(client, staff):
    for _ in range(USERNAME_LIMIT):
        assert log_in(client, "guess").status_code == 200  # the form, with its error
    response = log_in(client, "right-password")
    assert response.status_code == 429
    assert "Trop de tentatives de connexion échouées" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_the_limit_is_per_user_name(client, staff, django_user_model):
    django_user_model.objects.create_user("karim", password="other-password", is_staff=True)
    for _ in range(USERNAME_LIMIT):
        log_in(client, "guess")
    assert log_in(client, "other-password", username="karim").status_code == 302


def test_many_user_names_from_one_address_are_refused_too(client):
    for n in range(ADDRESS_LIMIT):
        assert log_in(client, "guess", username=f"user{n}").status_code == 200
    assert log_in(client, "guess", username="one-more").status_code == 429


def test_a_successful_login_is_not_counted(client, staff):
    for _ in range(USERNAME_LIMIT + 1):
        assert log_in(client, "right-password").status_code == 302
        client.logout()
