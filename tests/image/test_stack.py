"""The image built from the Dockerfile, run by compose.yaml, checked as an operator runs it.

The repository is copied into a folder of its own with a `.env` as README.md's "First
start" writes it (plus things that must never enter the image), and the stack is started
there under a compose project of its own, published on a free port of 127.0.0.1, where
these checks play the TLS proxy (Host and X-Forwarded-Proto). The checks run in order
on the one stack: the ones that restart, stop or replace parts of it come last. A second
project, started empty, is restored from the first one's backup. Everything is removed
at the end: containers, volumes, networks and the image built.

Needs a Docker engine with compose v2 (scripts/check-image.sh provides one).
"""

import gettext
import gzip
import http.client
import json
import os
import re
import secrets
import shutil
import socket
import subprocess
import time
from pathlib import Path

import pytest

from tests.image.conftest import FIGURES

ROOT = Path(__file__).resolve().parents[2]
HOST = "oim.example.org"
YEAR = 365 * 24 * 3600
LANGUAGES = {"fr": "ltr", "ar": "rtl", "en": "ltr"}
MB = 1000 * 1000
# Not copied into the project folder: the clone's own state.
NOT_COPIED = {".git", ".venv", "var", "backups", "node_modules", ".env", ".hypothesis"}
# Put in the project folder, as an operator's would have them: none may enter the image.
NEVER_IN_IMAGE = {
    ".env": None,  # written by the fixture
    ".env.production": "DJANGO_SECRET_KEY=not-for-the-image\n",
    "var/db.sqlite3": "a development database",
    "var/media/projects/photo.jpg": "a development upload",
    ".git/config": "[core]\n",
    ".venv/bin/python": "a virtual environment",
    "oim_site/__pycache__/stale.cpython-311.pyc": "bytecode of another Python",
    "node_modules/x/index.js": "a front-end dependency",
    "backups/2026-01-01T000000Z/database.dump": "a backup",
}


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Stack:
    """One compose project of compose.yaml in the project folder."""

    def __init__(self, folder, name, port, image):
        self.folder, self.name, self.port, self.image = folder, name, port, image

    def environment(self, **extra):
        # Only the project's own settings: none of the caller's DJANGO_*, POSTGRES_* or
        # COMPOSE_* variables may mask what .env says.
        keep = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("DJANGO_", "POSTGRES_", "COMPOSE_", "DATABASE_", "WEB_"))
        }
        return keep | {"WEB_PORT": f"127.0.0.1:{self.port}", "OIM_IMAGE": self.image} | extra

    def compose(self, *args, check=True, timeout=600, env=None):
        result = subprocess.run(
            ["docker", "compose", "--project-name", self.name, *args],
            cwd=self.folder,
            env=env or self.environment(),
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        if check and result.returncode != 0:
            raise AssertionError(
                f"docker compose {' '.join(args)}: exit {result.returncode}\n"
                f"{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
            )
        return result

    def up(self):
        self.compose("up", "--detach", "--no-build", "--wait", "--wait-timeout", "240")

    def exec(self, service, *command, check=True, user=None):
        options = ["--user", user] if user else []
        return self.compose("exec", "-T", *options, service, *command, check=check)

    def shell(self, code):
        """Python in the site's Django shell, in the running web container."""
        return self.exec("web", "python", "manage.py", "shell", "--no-imports", "-c", code).stdout

    def containers(self, service):
        found = self.compose("ps", "--all", "--quiet", service).stdout.split()
        return [inspect(container) for container in found]

    def fetch(self, path, headers=None, proto="https"):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=15)
        try:
            connection.request(
                "GET", path, headers={"Host": HOST, "X-Forwarded-Proto": proto, **(headers or {})}
            )
            response = connection.getresponse()
            return response.status, response.headers, response.read()
        finally:
            connection.close()

    def wait_healthy(self, service="web", seconds=240):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            states = [c["State"].get("Health", {}).get("Status") for c in self.containers(service)]
            if states == ["healthy"]:
                return
            time.sleep(1)
        raise AssertionError(f"{service} not healthy after {seconds} s: {states}")

    def wait_answers(self, seconds=120):
        """Until /healthz answers 200 through the published port (quicker than the probe)."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            try:
                if self.fetch("/healthz")[0] == 200:
                    return
            except OSError:
                pass
            time.sleep(0.5)
        raise AssertionError(f"/healthz did not answer 200 within {seconds} s")

    def down(self):
        self.compose("--profile", "tools", "down", "--volumes", "--remove-orphans", check=False)


def inspect(*objects, kind="container"):
    result = subprocess.run(
        ["docker", kind, "inspect", *objects], capture_output=True, text=True, check=True
    )
    found = json.loads(result.stdout)
    return found[0] if len(objects) == 1 else found


def env_of(container):
    return dict(item.partition("=")[::2] for item in container["Config"]["Env"])


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    """The repository as an operator's deployment folder, with a .env."""
    folder = tmp_path_factory.mktemp("deployment")
    shutil.copytree(
        ROOT,
        folder,
        dirs_exist_ok=True,
        ignore=lambda directory, names: [
            name for name in names if name in NOT_COPIED or name == "__pycache__"
        ],
    )
    for path, text in NEVER_IN_IMAGE.items():
        if text is not None:
            (folder / path).parent.mkdir(parents=True, exist_ok=True)
            (folder / path).write_text(text)
    settings = {
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "POSTGRES_PASSWORD": secrets.token_hex(24),
        "DJANGO_ALLOWED_HOSTS": HOST,
        "DJANGO_CSRF_TRUSTED_ORIGINS": f"https://{HOST}",
        "DJANGO_ADMIN_PATH": "gestion",
    }
    (folder / ".env").write_text("".join(f"{key}={value}\n" for key, value in settings.items()))
    return folder


@pytest.fixture(scope="module")
def dotenv(folder):
    lines = (folder / ".env").read_text().splitlines()
    return dict(line.split("=", 1) for line in lines)


@pytest.fixture(scope="module")
def image(folder):
    """The image, built by compose from the Dockerfile, removed at the end."""
    tag = f"oim-image-check:{os.getpid()}"
    stack = Stack(folder, f"oim-image-check-{os.getpid()}", free_port(), tag)
    started = time.monotonic()
    stack.compose("build", "web", timeout=900)
    FIGURES.append(f"build: {time.monotonic() - started:.0f} s")
    yield tag
    subprocess.run(["docker", "image", "rm", "--force", tag], capture_output=True)


@pytest.fixture(scope="module")
def stack(folder, image):
    stack = Stack(folder, f"oim-image-check-{os.getpid()}", free_port(), image)
    started = time.monotonic()
    try:
        stack.up()
        FIGURES.append(f"up --wait: {time.monotonic() - started:.0f} s")
        yield stack
    finally:
        stack.down()


@pytest.fixture(scope="module")
def content(stack):
    """A published partner and an upload, made in the running site."""
    stack.shell(
        "from django.core.files.base import ContentFile\n"
        "from django.core.files.storage import default_storage\n"
        "from partners.models import Partner\n"
        "Partner.objects.create(slug='image-check', name='Image check partner',\n"
        "    kind='civil-society', is_published=True)\n"
        "print(default_storage.save('image-check/upload.txt', ContentFile(b'uploaded')))\n"
    )
    return {"page": "/fr/partners/image-check/", "name": b"Image check partner"}


def assert_content(stack, content):
    status, _, body = stack.fetch(content["page"])
    assert status == 200 and content["name"] in body, f"{content['page']}: {status}"
    status, _, body = stack.fetch("/media/image-check/upload.txt")
    assert (status, body) == (200, b"uploaded"), f"the upload: {status} {body[:100]!r}"


# The image.


def test_the_image_own_layers_are_at_most_150_mb(image):
    base = inspect("python:3.13-slim-trixie", kind="image")["Size"]
    built = inspect(image, kind="image")["Size"]
    own = built - base
    FIGURES.append(
        f"image: {built / MB:.0f} MB, of which its own layers {own / MB:.0f} MB "
        f"(base python:3.13-slim-trixie {base / MB:.0f} MB)"
    )
    assert own <= 150 * MB, f"the image's own layers take {own / MB:.0f} MB"


def run_in_image(image, *command):
    result = subprocess.run(
        ["docker", "run", "--rm", "--entrypoint", command[0], image, *command[1:]],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_the_image_holds_exactly_the_lock(image):
    def normalise(name):
        return re.sub(r"[-_.]+", "-", name).lower()

    lock = {
        normalise(name): version
        for name, version in re.findall(
            r"^([A-Za-z0-9_.-]+)==(\S+)", (ROOT / "requirements/base.txt").read_text(), re.M
        )
    }
    frozen = run_in_image(image, "pip", "freeze", "--all").split()
    installed = {
        normalise(name): version
        for name, _, version in (line.partition("==") for line in frozen)
        if normalise(name) != "pip"
    }
    assert installed == lock
    run_in_image(image, "pip", "check")


def test_the_code_is_compiled_to_bytecode(image):
    compiled = run_in_image(
        image, "sh", "-c", "ls /app/oim_site/__pycache__ /app/projects/__pycache__"
    )
    assert "settings.cpython-" in compiled and "models.cpython-" in compiled


def test_the_build_context_leaves_secrets_databases_and_caches_out(image):
    present = run_in_image(
        image,
        "sh",
        "-c",
        'cd /app && for p in "$@"; do [ -e "$p" ] && echo "$p"; done; :',
        "-",
        *NEVER_IN_IMAGE,
        "tests",
        "backups",
        "compose.yaml",
    ).split()
    assert present == []
    needed = ["manage.py", "locale/ar/LC_MESSAGES/django.mo", "var/static/staticfiles.json"]
    present = run_in_image(image, "sh", "-c", 'cd /app && ls -d "$@"', "-", *needed).split()
    assert sorted(present) == sorted(needed)


# The stack.


def test_missing_secret_key_makes_compose_refuse_to_start(folder, image):
    stack = Stack(folder, f"oim-image-check-refused-{os.getpid()}", free_port(), image)
    without = folder / "without-secret-key.env"
    lines = (folder / ".env").read_text().splitlines()
    without.write_text("".join(f"{line}\n" for line in lines if "DJANGO_SECRET_KEY" not in line))
    try:
        result = stack.compose(
            "--env-file", str(without), "up", "--detach", "--no-build", check=False
        )
        assert result.returncode != 0
        assert "DJANGO_SECRET_KEY" in result.stderr, result.stderr
        label = f"label=com.docker.compose.project={stack.name}"
        started = subprocess.run(
            ["docker", "ps", "--all", "--quiet", "--filter", label],
            capture_output=True,
            text=True,
            check=True,
        )
        assert started.stdout.split() == []
    finally:
        stack.down()
        without.unlink()


def test_up_wait_db_healthy_release_ran_once_and_exited_0_web_healthy(stack):
    (db,) = stack.containers("db")
    assert db["State"]["Health"]["Status"] == "healthy"
    releases = stack.containers("release")
    assert len(releases) == 1, "release ran more than once"
    (release,) = releases
    assert (release["State"]["Status"], release["State"]["ExitCode"]) == ("exited", 0)
    assert release["RestartCount"] == 0
    assert "Created: 1 mission profile" in stack.compose("logs", "release").stdout
    (web,) = stack.containers("web")
    assert web["State"]["Health"]["Status"] == "healthy"


def test_healthz(stack):
    status, headers, body = stack.fetch("/healthz")
    assert (status, json.loads(body)) == (200, {"status": "ok"})
    assert "no-store" in headers["Cache-Control"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_home_page(stack, language):
    status, headers, body = stack.fetch(f"/{language}/")
    page = body.decode()
    assert status == 200
    assert f'lang="{language}" dir="{LANGUAGES[language]}"' in page
    assert len(body) < 40 * 1024
    if language != "en":
        # The interface in the page's language, from the image's compiled catalogue.
        with (ROOT / f"locale/{language}/LC_MESSAGES/django.mo").open("rb") as compiled:
            catalogue = gettext.GNUTranslations(compiled)
        po = (ROOT / f"locale/{language}/LC_MESSAGES/django.po").read_text()
        sources = re.findall(r'^msgid "(.+)"$', po, re.MULTILINE)
        assert any(
            catalogue.gettext(source) != source and catalogue.gettext(source) in page
            for source in sources
        )
    status, headers, compressed = stack.fetch(f"/{language}/", {"Accept-Encoding": "gzip"})
    assert headers["Content-Encoding"] == "gzip"
    assert gzip.decompress(compressed) == body


def test_plain_http_is_redirected_to_https(stack):
    status, headers, _ = stack.fetch("/fr/", proto="http")
    assert (status, headers["Location"]) == (301, f"https://{HOST}/fr/")


def test_security_headers(stack):
    _, headers, _ = stack.fetch("/fr/")
    csp = {
        name: values
        for name, *values in (
            part.split() for part in headers["Content-Security-Policy"].split(";")
        )
    }
    assert "'unsafe-inline'" not in csp.get("script-src", csp["default-src"])
    assert int(re.search(r"max-age=(\d+)", headers["Strict-Transport-Security"])[1]) >= YEAR
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["X-Frame-Options"] == "DENY"
    assert headers["Referrer-Policy"] == "same-origin"
    for feature in ("camera", "microphone", "geolocation"):
        assert f"{feature}=()" in headers["Permissions-Policy"]


@pytest.mark.parametrize("encoding", ["br", "gzip"])
def test_static_file_hashed_compressed_and_cached_a_year(stack, encoding):
    _, _, body = stack.fetch("/fr/")
    stylesheet = re.search(r'<link rel="stylesheet" href="(/static/[^"]+)"', body.decode())[1]
    assert re.search(r"\.[0-9a-f]{12}\.css$", stylesheet), stylesheet
    status, headers, _ = stack.fetch(stylesheet, {"Accept-Encoding": encoding})
    assert status == 200
    assert headers["Content-Encoding"] == encoding
    assert int(re.search(r"max-age=(\d+)", headers["Cache-Control"])[1]) >= YEAR


def test_admin_login(stack):
    status, headers, body = stack.fetch("/gestion/login/")
    assert status == 200
    assert b'name="username"' in body and b'name="password"' in body
    cookies = headers.get_all("Set-Cookie") or []
    assert cookies and all("Secure" in cookie for cookie in cookies)
    # Nothing at /admin/: like any address without a language, it leads to its French one,
    # which is not found.
    status, headers, _ = stack.fetch("/admin/")
    assert status == 302 and headers["Location"].endswith("/fr/admin/")
    assert stack.fetch("/fr/admin/")[0] == 404
    # A page with a CSRF token: compressed with GZipMiddleware's padding, never stored.
    _, headers, _ = stack.fetch("/gestion/login/", {"Accept-Encoding": "gzip"})
    assert headers["Content-Encoding"] == "gzip" and "ETag" not in headers


def test_runs_as_the_non_root_user_whose_group_has_its_id(stack):
    ids = stack.exec("web", "id").stdout
    assert re.match(r"uid=(\d+)\(app\) gid=\1\(app\)", ids), ids
    assert not ids.startswith("uid=0")
    # gunicorn itself, not only what exec starts.
    status = stack.exec("web", "cat", "/proc/1/status").stdout
    uid = re.search(r"^Uid:\s+(\d+)", status, re.M)[1]
    gid = re.search(r"^Gid:\s+(\d+)", status, re.M)[1]
    assert uid == gid != "0"
    assert "gunicorn" in stack.exec("web", "cat", "/proc/1/cmdline").stdout


def test_the_code_is_not_writable_by_the_site(stack):
    probe = (
        "import os, sys\n"
        "written = []\n"
        "for path in ['/app/manage.py', '/app/oim_site/settings.py', '/app/var/static/x',\n"
        "             '/app/new', '/venv/lib/new', '/app/var/media/probe']:\n"
        "    try:\n"
        "        open(path, 'a').close()\n"
        "        written.append(path)\n"
        "    except OSError:\n"
        "        pass\n"
        "print(' '.join(written))\n"
    )
    written = stack.exec("web", "python", "-c", probe).stdout.split()
    assert written == ["/app/var/media/probe"]
    stack.exec("web", "rm", "/app/var/media/probe")


def test_access_log_on_stdout(stack):
    stack.fetch("/healthz")
    assert '"GET /healthz' in stack.compose("logs", "web").stdout


def test_postgres_password_reaches_only_the_database(stack, dotenv):
    password = dotenv["POSTGRES_PASSWORD"]
    config = json.loads(
        stack.compose(
            "--profile", "tools", "--profile", "redis", "config", "--format", "json"
        ).stdout
    )
    environments = {
        name: service.get("environment") or {} for name, service in config["services"].items()
    }
    assert set(environments) == {"db", "release", "web", "scheduler", "redis", "backup"}
    assert environments["db"]["POSTGRES_PASSWORD"] == password
    for name, environment in environments.items():
        if name != "db":
            assert "POSTGRES_PASSWORD" not in environment, name
        if name not in ("web", "release", "scheduler"):
            assert "DJANGO_SECRET_KEY" not in environment, name
    # The running containers, as docker sees them.
    for service in ("release", "web"):
        (container,) = stack.containers(service)
        environment = env_of(container)
        assert "POSTGRES_PASSWORD" not in environment, service
        assert environment["DATABASE_URL"] == f"postgres://oim:{password}@db:5432/oim"
    (db,) = stack.containers("db")
    assert env_of(db)["POSTGRES_PASSWORD"] == password
    assert "DJANGO_SECRET_KEY" not in env_of(db)


def test_an_upload_survives_restarting_web(stack, content):
    assert_content(stack, content)
    stack.compose("restart", "web")
    stack.wait_answers()
    assert_content(stack, content)
    # A new container (an upgrade) keeps it too: only the media volume can.
    before = stack.containers("web")[0]["Id"]
    stack.compose("up", "--detach", "--no-build", "--force-recreate", "web")
    assert stack.containers("web")[0]["Id"] != before
    stack.wait_answers()
    assert_content(stack, content)


def test_backup_restored_into_a_fresh_stack(stack, content, folder, image):
    printed = stack.compose("--profile", "tools", "run", "--rm", "backup").stdout.split()
    backup = printed[-1]
    assert re.fullmatch(r"/backups/\d{4}-\d\d-\d\dT\d{6}Z", backup), printed
    written = folder / "backups" / Path(backup).name
    assert (written / "database.dump").stat().st_size > 0
    assert (written / "media.tar.gz").stat().st_size > 0

    fresh = Stack(folder, f"oim-image-check-fresh-{os.getpid()}", free_port(), image)
    try:
        # A new server, restored before the site first starts (README.md, "Backups").
        fresh.compose("up", "--detach", "--wait", "db")
        tables = ["psql", "--username=oim", "--dbname=oim", "--tuples-only", "--command"]
        count = "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
        assert fresh.exec("db", *tables, count).stdout.split() == ["0"], "not a new database"
        restore = ["--entrypoint", "bash", "backup", "/scripts/restore.sh", backup]
        fresh.compose("--profile", "tools", "run", "--rm", *restore)
        fresh.up()
        assert_content(fresh, content)
    finally:
        fresh.down()


def test_down_then_up_keeps_the_data(stack, content):
    stack.compose("down")
    assert stack.compose("ps", "--all", "--quiet").stdout.split() == []
    stack.compose("up", "--detach", "--no-build")
    stack.wait_answers()
    assert_content(stack, content)
    # The release ran again on the same database, overwriting nothing.
    assert "Nothing to load." in stack.compose("logs", "release").stdout


def test_healthz_503_and_the_healthcheck_fails_without_the_database(stack):
    stack.compose("stop", "db")
    try:
        status, _, body = stack.fetch("/healthz")
        assert (status, json.loads(body)) == (503, {"status": "unavailable"})
        assert stack.exec("web", "python", "deploy/healthcheck.py", check=False).returncode == 1
    finally:
        stack.compose("start", "db")
    stack.wait_healthy("db")
    assert stack.fetch("/healthz")[0] == 200


def test_web_stops_cleanly(stack):
    stack.compose("stop", "web")
    (web,) = stack.containers("web")
    assert (web["State"]["Status"], web["State"]["ExitCode"]) == ("exited", 0)
