"""A change saved in the admin shows on every gunicorn worker at the next request, pages and
stored exports alike.

gunicorn runs the production settings and deploy/gunicorn.conf.py with three workers, on a
SQLite file the test shares with it, each worker with its own cache (the default) or all of
them with Redis (CACHE_URL). Its access log names the worker of each request, so the test
knows every worker had the old page before the change and served the new one after.
"""

import http.client
import os
import re
import subprocess
import sys
import time
from types import SimpleNamespace
from urllib.parse import urlencode

import pytest

from tests.admin_forms import form_data
from tests.environments import PRODUCTION, ROOT

WORKERS = 3
PAGES = [
    "/{language}/",
    "/{language}/projects/projet/",
    "/{language}/projects/",
    "/{language}/open-data/projects.csv",
]
TITLES = {
    "before": {"fr": "Titre initial", "ar": "العنوان الأصلي", "en": "Original title"},
    "after": {"fr": "Titre corrigé", "ar": "عنوان مصحح", "en": "Corrected title"},
}
pytestmark = pytest.mark.postgresql

SETUP = """
from django.contrib.auth import get_user_model
from axes.models import Axis
from projects.models import Project

get_user_model().objects.create_superuser("admin", "admin@example.org", "a long password 1")
Project.objects.create(
    slug="projet", axis=Axis.objects.first(), is_published=True, featured=True,
    title_fr="Titre initial", title_ar="العنوان الأصلي", title_en="Original title",
    summary_fr="Résumé",
)
"""


class Site:
    """The server's address, and requests as a visitor's browser behind the TLS proxy makes them."""

    def __init__(self, port):
        self.port = port
        self.cookies = {}

    def request(self, method, path, body=None, headers=None):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        headers = {"X-Forwarded-Proto": "https", **(headers or {})}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            content = response.read()
        finally:
            connection.close()
        for header in response.headers.get_all("Set-Cookie") or []:
            name, value = header.split(";")[0].split("=", 1)
            self.cookies[name] = value
        return SimpleNamespace(status=response.status, headers=response.headers, content=content)

    def get(self, path):
        return self.request("GET", path)

    def post(self, path, data):
        return self.request(
            "POST",
            path,
            urlencode(data, doseq=True),
            {
                "Content-Type": "application/x-www-form-urlencoded",
                "Origin": f"https://127.0.0.1:{self.port}",
            },
        )


def manage(environment, *args):
    subprocess.run(
        [sys.executable, "manage.py", *args],
        env={"PATH": os.environ["PATH"], **environment},
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


@pytest.fixture(scope="module")
def static_root(tmp_path_factory):
    root = tmp_path_factory.mktemp("static")
    manage(PRODUCTION | {"DJANGO_STATIC_ROOT": str(root)}, "collectstatic", "--no-input")
    return root


def start(tmp_path, static_root, port, cache_url):
    environment = PRODUCTION | {
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DJANGO_STATIC_ROOT": str(static_root),
        "DJANGO_MEDIA_ROOT": str(tmp_path / "media"),
        "DATABASE_CONN_MAX_AGE": "60",
        "CACHE_URL": cache_url,
        "GUNICORN_BIND": f"127.0.0.1:{port}",
        "WEB_CONCURRENCY": str(WORKERS),
        "GUNICORN_CMD_ARGS": f"--access-logfile {tmp_path / 'access.log'} "
        "--access-logformat '%(p)s %(U)s %(s)s'",
    }
    manage(environment, "migrate", "--no-input")
    manage(environment, "load_initial_content")
    manage(environment, "shell", "-c", SETUP)
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-c", "deploy/gunicorn.conf.py"],
        env={"PATH": os.environ["PATH"], **environment},
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    site = Site(port)
    for _ in range(100):
        try:
            if site.get("/fr/").status == 200:
                return server, site
        except OSError:
            pass
        time.sleep(0.2)
    server.terminate()
    pytest.fail("gunicorn did not start")


def workers_serving(tmp_path, since=""):
    """The workers that answered the requests of the access log (after the path `since`)."""
    log = (tmp_path / "access.log").read_text()
    lines = log.splitlines()
    if since:
        lines = log.partition(since)[2].splitlines()[1:]
    return {line.split()[0] for line in lines}


def visit_every_page(site, titles):
    """Each page in each language, many times over, so that every worker answers it."""
    for _ in range(20):
        for language, title in titles.items():
            for page in PAGES:
                response = site.get(page.format(language=language))
                assert response.status == 200
                assert title in response.content.decode(), (page, language)


def save_in_the_admin(port):
    admin = Site(port)
    login = admin.get("/admin/login/")
    token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', login.content)[1].decode()
    credentials = {"username": "admin", "password": "a long password 1"}
    response = admin.post(
        "/admin/login/?next=/admin/", {"csrfmiddlewaretoken": token, **credentials}
    )
    assert response.status == 302
    change = "/admin/projects/project/1/change/"
    data = form_data(admin.get(change)) | {
        f"title_{language}": title for language, title in TITLES["after"].items()
    }
    assert admin.post(change, data).status == 302


@pytest.mark.parametrize("cache", ["locmem", "redis"])
def test_a_change_saved_in_the_admin_shows_at_once_on_every_worker(
    request, tmp_path, static_root, cache
):
    cache_url = request.getfixturevalue("redis_url") if cache == "redis" else "locmemcache://"
    port = 8811 if cache == "locmem" else 8812
    server, site = start(tmp_path, static_root, port, cache_url)
    try:
        visit_every_page(site, TITLES["before"])
        assert len(workers_serving(tmp_path)) == WORKERS
        save_in_the_admin(port)
        site.get("/fr/after-the-change/")
        visit_every_page(site, TITLES["after"])
        assert len(workers_serving(tmp_path, "/fr/after-the-change/")) == WORKERS
    finally:
        server.terminate()
        server.wait(timeout=30)
