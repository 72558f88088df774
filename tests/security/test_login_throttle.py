"""The admin login is throttled: guessing passwords slows down after a few failures.

Failures are counted per user name, as the login reads it, and per client address when that
address can be trusted. Past a few failures each further attempt waits twice as long as the
one before, up to a ceiling, so a stranger failing on purpose never keeps the owner out for
longer than that ceiling. The counts live in the database, shared by every process.
"""

import time
from datetime import timedelta

import pytest
from django.conf import settings
from django.db.models import F

from oim_site.login_throttle.models import LoginFailures
from tests.environments import run_django

pytestmark = pytest.mark.django_db


LOGIN = "/admin/login/"
USERNAME_LIMIT = settings.ADMIN_LOGIN_FREE_FAILURES_PER_USERNAME
ADDRESS_LIMIT = settings.ADMIN_LOGIN_FREE_FAILURES_PER_ADDRESS
# A public address, as a server reached directly sees its clients (not a documentation range:
# those count as private).
PUBLIC = "41.140.10.1"


@pytest.fixture
def staff(django_user_model):
    return django_user_model.objects.create_user("salma", password="right-password", is_staff=True)


def log_in(client, password, username="salma", **headers):
    return client.post(
        LOGIN, {"username": username, "password": password, "next": "/admin/"}, **headers
    )


def fail_until_throttled(client, username="salma", **headers):
    for _ in range(USERNAME_LIMIT):
        assert log_in(client, "guess", username, **headers).status_code == 200


def test_wrong_passwords_are_answered_until_the_limit_then_refused(client, staff):
    fail_until_throttled(client)
    response = log_in(client, "right-password")
    assert response.status_code == 429
    assert "Trop de tentatives de connexion échouées" in response.content.decode()
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize(
    "spelling",
    [" salma", "salma ", "\tsalma\n", "ｓａｌｍａ"],
    ids=["leading space", "trailing space", "tab and newline", "full-width"],
)
def test_the_name_is_counted_as_the_login_reads_it(client, staff, spelling):
    fail_until_throttled(client)
    assert log_in(client, "right-password", username=spelling).status_code == 429
    assert "_auth_user_id" not in client.session


def test_every_spelling_of_a_name_adds_to_the_same_count(client, staff):
    for spelling in ["salma", " salma", "salma ", "ｓａｌｍａ", "ｓalma"]:
        assert log_in(client, "guess", username=spelling).status_code == 200
    assert log_in(client, "right-password").status_code == 429


def test_case_is_part_of_the_name_as_for_the_login(client, staff, django_user_model):
    django_user_model.objects.create_user("Salma", password="other-password", is_staff=True)
    fail_until_throttled(client)
    assert log_in(client, "other-password", username="Salma").status_code == 302


def test_the_refusal_says_how_long_to_wait_and_the_wait_is_short_at_first(client, staff):
    fail_until_throttled(client)
    response = log_in(client, "right-password")
    assert response.status_code == 429
    assert response["Retry-After"] == "1"
    assert "réessayez dans 1 seconde" in response.content.decode()


def test_after_the_wait_the_right_password_logs_in(client, staff):
    fail_until_throttled(client)
    assert log_in(client, "right-password").status_code == 429
    time.sleep(1.2)
    assert log_in(client, "right-password").status_code == 302


def test_the_limit_is_per_user_name(client, staff, django_user_model):
    django_user_model.objects.create_user("karim", password="other-password", is_staff=True)
    fail_until_throttled(client)
    assert log_in(client, "other-password", username="karim").status_code == 302


def test_a_successful_login_is_not_counted(client, staff):
    for _ in range(USERNAME_LIMIT + 1):
        assert log_in(client, "right-password").status_code == 302
        client.logout()


def test_a_successful_login_clears_the_names_failures(client, staff):
    for _ in range(USERNAME_LIMIT - 1):
        log_in(client, "guess")
    assert log_in(client, "right-password").status_code == 302
    client.logout()
    for _ in range(USERNAME_LIMIT):
        assert log_in(client, "guess").status_code == 200


def test_many_user_names_from_one_public_address_are_refused_too(client):
    for n in range(ADDRESS_LIMIT):
        assert log_in(client, "guess", f"user{n}", REMOTE_ADDR=PUBLIC).status_code == 200
    assert log_in(client, "guess", "one-more", REMOTE_ADDR=PUBLIC).status_code == 429
    assert log_in(client, "guess", "one-more", REMOTE_ADDR="41.140.10.2").status_code == 200


@pytest.mark.parametrize("proxy", ["127.0.0.1", "172.18.0.1", "10.0.0.5", "::1"])
def test_the_address_of_a_proxy_is_never_throttled(client, staff, proxy):
    """Without DJANGO_CLIENT_IP_HEADER, a loopback or private peer may be the proxy in front
    (the compose network's gateway, nginx on the host): every visitor would share it."""
    for n in range(ADDRESS_LIMIT * 2):
        assert log_in(client, "guess", f"stranger{n}", REMOTE_ADDR=proxy).status_code == 200
    assert log_in(client, "right-password", REMOTE_ADDR=proxy).status_code == 302


@pytest.fixture
def behind_a_proxy(settings):
    settings.CLIENT_IP_HEADER = "HTTP_X_FORWARDED_FOR"


def test_behind_a_proxy_each_client_address_is_counted(client, behind_a_proxy):
    proxy = {"REMOTE_ADDR": "172.18.0.1"}
    for n in range(ADDRESS_LIMIT):
        response = log_in(client, "guess", f"user{n}", HTTP_X_FORWARDED_FOR="192.0.2.7", **proxy)
        assert response.status_code == 200
    assert (
        log_in(client, "guess", "x", HTTP_X_FORWARDED_FOR="192.0.2.7", **proxy).status_code == 429
    )
    # A client cannot escape its count by sending a header the proxy then appends to.
    forged = "198.51.100.1, 192.0.2.7"
    assert log_in(client, "guess", "x", HTTP_X_FORWARDED_FOR=forged, **proxy).status_code == 429
    assert (
        log_in(client, "guess", "x", HTTP_X_FORWARDED_FOR="192.0.2.8", **proxy).status_code == 200
    )


def test_behind_a_proxy_a_request_without_the_header_is_counted_by_name_only(
    client, staff, behind_a_proxy
):
    for n in range(ADDRESS_LIMIT * 2):
        assert log_in(client, "guess", f"stranger{n}", REMOTE_ADDR="41.140.10.1").status_code == 200
    assert log_in(client, "right-password", REMOTE_ADDR="41.140.10.1").status_code == 302


def test_behind_a_proxy_a_header_that_is_no_address_is_counted_by_name_only(
    client, staff, behind_a_proxy
):
    for n in range(ADDRESS_LIMIT * 2):
        response = log_in(client, "guess", f"stranger{n}", HTTP_X_FORWARDED_FOR="unknown")
        assert response.status_code == 200
    assert log_in(client, "right-password", HTTP_X_FORWARDED_FOR="unknown").status_code == 302


def test_a_stranger_failing_on_purpose_keeps_the_owner_out_for_the_ceiling_at_most(client, staff):
    """The wait doubles up to ADMIN_LOGIN_MAX_DELAY and no further, however long strangers
    keep failing; once it is over, the owner's right password logs in."""
    ceiling = settings.ADMIN_LOGIN_MAX_DELAY.total_seconds()
    waits = []
    for _ in range(40):
        response = log_in(client, "guess")
        if response.status_code == 429:
            waits.append(int(response["Retry-After"]))
            # As if the stranger waited exactly as long as told, then failed again.
            LoginFailures.objects.update(last=F("last") - timedelta(seconds=waits[-1]))
    assert waits[:5] == [1, 2, 4, 8, 16]
    assert max(waits) == ceiling
    assert log_in(client, "guess").status_code == 200  # after the wait: counted
    assert "réessayez dans 15 minutes" in log_in(client, "right-password").content.decode()
    LoginFailures.objects.update(last=F("last") - settings.ADMIN_LOGIN_MAX_DELAY)
    assert log_in(client, "right-password").status_code == 302


def test_failures_are_forgotten_a_day_after_the_last(client, staff):
    fail_until_throttled(client)
    LoginFailures.objects.update(last=F("last") - settings.ADMIN_LOGIN_FORGET_AFTER)
    fail_until_throttled(client)


def test_no_typed_name_is_stored(client):
    log_in(client, "guess", username="my-password-typed-in-the-wrong-field")
    assert "my-password" not in str(list(LoginFailures.objects.values()))


SHARED = """
import datetime, sys
from django.conf import settings
from django.test import Client
# The second process starts seconds after the first: the wait must outlast that.
settings.ADMIN_LOGIN_FIRST_DELAY = datetime.timedelta(hours=1)
for password in sys.argv[1:]:
    credentials = {"username": "salma", "password": password}
    response = Client(headers={"host": "localhost"}).post("/admin/login/", credentials)
    print(response.status_code)
"""


def test_counts_are_shared_by_every_process(tmp_path):
    """Two processes, as two gunicorn workers or two instances, each with its own memory."""
    environment = {"DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}"}
    create = "from django.contrib.auth.models import User; "
    create += "User.objects.create_user('salma', password='right-password', is_staff=True)"
    for code in [
        "from django.core.management import call_command; call_command('migrate')",
        create,
    ]:
        assert run_django(code, environment).returncode == 0
    first = run_django(SHARED, environment, *["guess"] * USERNAME_LIMIT)
    assert first.stdout.split() == ["200"] * USERNAME_LIMIT, first.stderr
    second = run_django(SHARED, environment, "right-password")
    assert second.stdout.split() == ["429"], second.stderr
