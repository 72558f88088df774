"""/healthz says whether the site and its database answer, and nothing more."""

import socket

import pytest

from tests.environments import PRODUCTION, get

pytestmark = [pytest.mark.postgresql, pytest.mark.django_db]


def test_healthz_answers_ok_in_any_language_without_redirect(client):
    response = client.get("/healthz", HTTP_ACCEPT_LANGUAGE="ar")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert "no-store" in response["Cache-Control"]


def test_healthz_only_reads(client):
    assert client.post("/healthz").status_code == 405


def test_healthz_is_503_when_the_database_refuses_connections():
    # Nothing listens on port 1: the connection is refused at once.
    unreachable = {"DATABASE_URL": "postgres://oim:secret@127.0.0.1:1/oim"}
    response = get("/healthz", PRODUCTION | unreachable)
    assert response["status"] == 503
    assert response["body"] == '{"status": "unavailable"}'


def test_healthz_is_503_within_seconds_when_the_database_hangs():
    with socket.socket() as server:
        # Accepts TCP connections (the kernel's backlog) but never says a word.
        server.bind(("127.0.0.1", 0))
        server.listen()
        hanging = {"DATABASE_URL": f"postgres://oim:secret@127.0.0.1:{server.getsockname()[1]}/oim"}
        response = get("/healthz", PRODUCTION | hanging)
    assert response["status"] == 503
    # The image's HEALTHCHECK gives up after 5 seconds; the process's start is not counted.
    assert response["seconds"] < 5, f"answered after {response['seconds']:.1f} s"


def test_healthz_in_production_answers_plain_http_from_inside_the_container(tmp_path):
    # The HEALTHCHECK has no proxy in front: no X-Forwarded-Proto, yet no redirect to HTTPS.
    database = {"DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}"}
    response = get("/healthz", PRODUCTION | database)
    assert response["status"] == 200
    assert response["body"] == '{"status": "ok"}'
