"""Slow clients do not stall the server, and a big body from a stranger is refused unread.

gunicorn runs as the image runs it (deploy/gunicorn.conf.py, production settings, its
default workers) on a free loopback port.
"""

import os
import socket
import subprocess
import sys
import time

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.environments import PRODUCTION, ROOT

pytestmark = pytest.mark.django_db

# Fewer than one worker's threads: wherever the connections land, each worker keeps one free.
SLOW_CLIENTS = 7
SIXTY_MB = 60 * 1024 * 1024


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("gunicorn")
    port = free_port()
    environment = PRODUCTION | {
        "DATABASE_URL": f"sqlite:///{folder / 'db.sqlite3'}",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "GUNICORN_BIND": f"127.0.0.1:{port}",
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-c", "deploy/gunicorn.conf.py"],
        env={"PATH": os.environ["PATH"], **environment},
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(100):
            try:
                if healthz(port, timeout=1).startswith(b"HTTP/1.1 200"):
                    break
            except OSError:
                time.sleep(0.2)
        else:
            pytest.fail("gunicorn did not start")
        yield port
    finally:
        process.terminate()
        process.wait(timeout=30)


def send(port, data, timeout):
    """Send `data` and return the start of the answer, or raise TimeoutError."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as connection:
        connection.sendall(data)
        return connection.recv(200)


def healthz(port, timeout):
    request = b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
    return send(port, request, timeout)


def test_slow_clients_sending_half_a_request_do_not_stall_the_server(server):
    slow = []
    try:
        for _ in range(SLOW_CLIENTS):
            connection = socket.create_connection(("127.0.0.1", server), timeout=5)
            connection.sendall(b"GET /fr/ HTTP/1.1\r\nHost: 127.0.0.1\r\n")
            slow.append(connection)
        time.sleep(0.5)
        started = time.monotonic()
        assert healthz(server, timeout=3).startswith(b"HTTP/1.1 200")
        assert time.monotonic() - started < 2
    finally:
        for connection in slow:
            connection.close()


def test_a_strangers_big_body_is_refused_before_it_is_sent(server):
    """Only the headers go: the answer comes without waiting for the 60 MB announced."""
    headers = (
        "POST /admin/login/ HTTP/1.1\r\n"
        "Host: 127.0.0.1\r\n"
        "X-Forwarded-Proto: https\r\n"
        # What a browser would send, so that the CSRF check goes on to read the form.
        "Origin: https://127.0.0.1\r\n"
        f"Cookie: csrftoken={'a' * 32}\r\n"
        "Content-Type: multipart/form-data; boundary=x\r\n"
        f"Content-Length: {SIXTY_MB}\r\n\r\n"
    )
    assert send(server, headers.encode(), timeout=5).startswith(b"HTTP/1.1 413")


def big_form(kilobytes):
    return {"name": "x" * 10, "attachment": SimpleUploadedFile("a.bin", b"x" * kilobytes * 1024)}


def test_a_body_over_the_limit_from_a_visitor_is_refused(client, settings):
    size = settings.MAX_ANONYMOUS_BODY_KB + 1
    response = client.post("/admin/login/", big_form(size))
    assert response.status_code == 413
    assert response.content.decode() == "La requête est trop volumineuse."


def test_a_small_body_from_a_visitor_is_read(client, settings):
    response = client.post("/admin/login/", {"username": "x", "password": "y"})
    assert response.status_code == 200


def test_staff_may_send_bodies_up_to_the_upload_limit(admin_client, settings):
    assert settings.MAX_UPLOAD_MB * 1024 > settings.MAX_ANONYMOUS_BODY_KB
    response = admin_client.post(
        "/admin/partners/partner/add/", big_form(settings.MAX_UPLOAD_MB * 1024 - 100)
    )
    assert response.status_code == 200  # the form, with its errors: read and answered
