"""While its database is down the site answers a translated 503 page, and it recovers by itself.

A PostgreSQL server of the test's own (not the shared one, which other work depends on) in a
temporary folder, and gunicorn with the production settings and deploy/gunicorn.conf.py; both
listen on Unix sockets only. The server is stopped and started again under the running site.
"""

import glob
import http.client
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psycopg
import pytest

from tests.environments import PRODUCTION, ROOT

LANGUAGES = {"fr": "ltr", "ar": "rtl", "en": "ltr"}
UNAVAILABLE = {
    "fr": "Service momentanément indisponible",
    "ar": "الخدمة غير متاحة مؤقتًا",
    "en": "Temporarily unavailable",
}
PAGES = ["/{lang}/", "/{lang}/axes/protection-resilience/"]


def server_binaries():
    """The folder of initdb and pg_ctl: pg_config's, else the newest Debian install."""
    candidates = []
    if shutil.which("pg_config"):
        result = subprocess.run(["pg_config", "--bindir"], capture_output=True, text=True)
        candidates.append(result.stdout.strip())
    candidates += sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)
    for folder in candidates:
        if (Path(folder) / "initdb").is_file() and (Path(folder) / "pg_ctl").is_file():
            return Path(folder)
    return None


BINARIES = server_binaries()
if BINARIES is None and not os.environ.get("CI"):
    pytest.skip("no PostgreSQL server (initdb, pg_ctl) installed", allow_module_level=True)


def as_server_user(command):
    # initdb and postgres refuse to run as root, which CI runs as.
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *command]
    return command


def run(command, **options):
    result = subprocess.run(command, capture_output=True, text=True, timeout=120, **options)
    assert result.returncode == 0, f"{command}: {result.stdout}{result.stderr}"


class Cluster:
    def __init__(self, folder):
        self.folder = folder
        self.data = folder / "data"
        # A host that is a folder means its Unix socket (django-environ: //folder/name).
        self.url = f"postgres://postgres@/{folder}/oim"

    def pg_ctl(self, *arguments):
        log = self.folder / "postgres.log"
        run(as_server_user([BINARIES / "pg_ctl", "-D", self.data, "-l", log, "-w", *arguments]))

    def running(self):
        status = as_server_user([BINARIES / "pg_ctl", "-D", self.data, "status"])
        return subprocess.run(status, capture_output=True).returncode == 0

    def start(self):
        self.pg_ctl("start")

    def stop(self):
        # Open connections are cut, not waited for, as in a restart or a failover.
        self.pg_ctl("stop", "-m", "fast")


@pytest.fixture(scope="module")
def cluster():
    assert BINARIES, "no PostgreSQL server (initdb, pg_ctl): apt-get install postgresql"
    folder = Path(tempfile.mkdtemp(prefix="oim-outage-"))
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
    cluster = Cluster(folder)
    try:
        initdb = [BINARIES / "initdb", "-D", cluster.data, "-U", "postgres", "-A", "trust"]
        run(as_server_user([*initdb, "-E", "UTF8", "--locale=C", "--no-sync"]))
        with (cluster.data / "postgresql.conf").open("a") as conf:
            conf.write(f"listen_addresses = ''\nunix_socket_directories = '{folder}'\n")
            conf.write("fsync = off\n")
        cluster.start()
        with psycopg.connect(host=str(folder), user="postgres", autocommit=True) as connection:
            connection.execute("CREATE DATABASE oim")
        yield cluster
    finally:
        if cluster.running():
            cluster.stop()
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="module")
def environment(cluster):
    """The production settings on the cluster, migrated, with the initial content."""
    environment = PRODUCTION | {
        "PATH": os.environ["PATH"],
        "DJANGO_SETTINGS_MODULE": "oim_site.settings",
        "DATABASE_URL": cluster.url,
        "DJANGO_STATIC_ROOT": str(cluster.folder / "static"),
        "DJANGO_MEDIA_ROOT": str(cluster.folder / "media"),
    }
    manage = [sys.executable, "manage.py"]
    # The public pages' static files; the admin's are most of them, and slow to compress.
    ignored = ["admin", "vendor", "modeltranslation", "reversion*"]
    run(
        [*manage, "collectstatic", "--no-input", *(f"--ignore={i}" for i in ignored)],
        cwd=ROOT,
        env=environment,
    )
    run([*manage, "migrate", "--no-input"], cwd=ROOT, env=environment)
    run([*manage, "load_initial_content"], cwd=ROOT, env=environment)
    return environment


class UnixHTTPConnection(http.client.HTTPConnection):
    def __init__(self, socket_path):
        super().__init__("oim.example.org", timeout=30)
        self.socket_path = socket_path

    def connect(self):
        self.sock = socket.socket(socket.AF_UNIX)
        self.sock.settimeout(self.timeout)
        self.sock.connect(str(self.socket_path))


@pytest.fixture
def site(environment, cluster, request):
    """gunicorn with one worker, so that each request meets the connection the last one left."""
    socket_path = cluster.folder / "gunicorn.sock"
    log = cluster.folder / "gunicorn.log"
    settings = {
        "GUNICORN_BIND": f"unix:{socket_path}",
        "WEB_CONCURRENCY": "1",
        "DATABASE_CONN_MAX_AGE": str(request.param),
        "PYTHONUNBUFFERED": "1",
    }
    gunicorn = [Path(sys.executable).parent / "gunicorn", "--config", "deploy/gunicorn.conf.py"]
    with log.open("w") as output:
        server = subprocess.Popen(
            gunicorn, cwd=ROOT, env=environment | settings, stdout=output, stderr=output
        )
    try:
        for _ in range(300):
            if socket_path.exists() and fetch(socket_path, "/healthz")[0] == 200:
                break
            assert server.poll() is None, log.read_text()
            time.sleep(0.1)
        else:
            pytest.fail(f"gunicorn did not answer: {log.read_text()}")
        yield socket_path, log
    finally:
        server.terminate()
        server.wait(timeout=30)
        # A failed test may leave the server stopped: the next one starts with it running.
        if not cluster.running():
            cluster.start()


def fetch(socket_path, path):
    connection = UnixHTTPConnection(socket_path)
    try:
        connection.request("GET", path, headers={"X-Forwarded-Proto": "https"})
        response = connection.getresponse()
        return response.status, response.headers, response.read().decode()
    except ConnectionError:
        return None, {}, ""
    finally:
        connection.close()


def pages():
    return [(lang, page.format(lang=lang)) for lang in LANGUAGES for page in PAGES]


def assert_the_site_works(socket_path):
    for _lang, path in pages():
        status, _, body = fetch(socket_path, path)
        assert status == 200, f"{path}: {status} {body[:500]}"
    status, _, body = fetch(socket_path, "/healthz")
    assert (status, body) == (200, '{"status": "ok"}')


@pytest.mark.parametrize("site", [0, 60], ids=["new connections", "persistent"], indirect=True)
def test_pages_say_503_while_the_database_is_down_and_recover_by_themselves(cluster, site):
    socket_path, log = site
    assert_the_site_works(socket_path)

    cluster.stop()
    for lang, path in pages():
        status, headers, body = fetch(socket_path, path)
        assert status == 503, f"{path}: {status} {body[:500]}"
        assert f'<html lang="{lang}" dir="{LANGUAGES[lang]}">' in body
        assert f"<h1>{UNAVAILABLE[lang]}</h1>" in body
        assert '<nav class="sections"' in body
        assert "Traceback" not in body
        assert "OperationalError" not in body
        assert headers["Retry-After"] == "30"
        assert "no-store" in headers["Cache-Control"]
    status, _, body = fetch(socket_path, "/healthz")
    assert (status, body) == (503, '{"status": "unavailable"}')

    cluster.start()
    assert_the_site_works(socket_path)

    # A restart between two requests: the next one finds a new server, not an error.
    cluster.stop()
    cluster.start()
    assert_the_site_works(socket_path)

    # The error is logged once per request that met it, for the operator.
    assert log.read_text().count("Service Unavailable: /ar/\n") == 1
