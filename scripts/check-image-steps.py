#!/usr/bin/env python3
"""Do what the Docker image does, without Docker, and check the running site.

    make check-image
    python3.13 scripts/check-image-steps.py [--port PORT] [--postgres URL] [--keep]

Build (as the Dockerfile): a build context filtered by .dockerignore, a clean virtual
environment from requirements/base.txt only, catalogues compiled, static files collected.
Release (as compose.yaml): migrations and initial content on a new PostgreSQL database,
twice. Run: gunicorn with the production settings and deploy/gunicorn.conf.py on
127.0.0.1, behind which this script plays the TLS proxy (X-Forwarded-Proto: https).
Then it checks the pages, static files, /healthz, the HEALTHCHECK command and the
security headers, takes the database away, and stops everything it started.

One line per check; the last one says "N passed, N failed". Exit status 1 on any failure.
Standard library only: it runs with any Python 3.12+, which also makes the virtualenv.
Keep it in step with the Dockerfile and compose.yaml.
"""

import argparse
import gettext
import gzip
import http.client
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
HOST = "oim.example.org"
YEAR = 365 * 24 * 3600
LANGUAGES = {"fr": "ltr", "ar": "rtl", "en": "ltr"}


class Failed(Exception):
    """A step failed: the checks after it cannot run."""


class Report:
    def __init__(self):
        self.passed = self.failed = 0

    def check(self, description, ok, detail=""):
        if ok:
            self.passed += 1
            print(f"ok   {description}", flush=True)
        else:
            self.failed += 1
            print(f"FAIL {description}{': ' + detail if detail else ''}", flush=True)
        return ok

    def step(self, description, command, **options):
        """Run a build or release command; a failure stops the run."""
        started = time.monotonic()
        result = subprocess.run(command, capture_output=True, text=True, **options)
        took = f"({time.monotonic() - started:.0f} s)"
        if not self.check(f"{description} {took}", result.returncode == 0, result.stderr[-2000:]):
            raise Failed(description)
        return result.stdout


# The build context: .dockerignore, as Docker reads it.


def dockerignore_rules():
    rules = []
    for line in (ROOT / ".dockerignore").read_text().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        negate = line.startswith("!")
        rules.append((negate, pattern_regex(line.lstrip("!").strip("/"))))
    return rules


def pattern_regex(pattern):
    regex, i = "", 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            regex, i = regex + "(?:.*/)?", i + 3
        elif pattern.startswith("**", i):
            regex, i = regex + ".*", i + 2
        elif pattern[i] == "*":
            regex, i = regex + "[^/]*", i + 1
        elif pattern[i] == "?":
            regex, i = regex + "[^/]", i + 1
        elif pattern[i] == "[":
            end = pattern.index("]", i)
            regex, i = regex + pattern[i : end + 1], end + 1
        else:
            regex, i = regex + re.escape(pattern[i]), i + 1
    return re.compile(regex + r"\Z")


def ignored(path, rules):
    """The last rule matching the path, or one of its folders, decides."""
    parts = path.split("/")
    prefixes = ["/".join(parts[: n + 1]) for n in range(len(parts))]
    result = False
    for negate, regex in rules:
        if any(regex.match(prefix) for prefix in prefixes):
            result = not negate
    return result


def build_context(report, destination):
    rules = dockerignore_rules()
    must_stay_out = [
        ".env",
        ".env.production",
        ".git/config",
        ".venv/bin/python",
        "var/db.sqlite3",
        "var/media/projects/photo.jpg",
        "db.sqlite3",
        "backups/2026-01-01T000000Z/database.dump",
        "oim_site/__pycache__/models.cpython-313.pyc",
        "node_modules/x/index.js",
    ]
    must_stay_in = ["manage.py", "requirements/base.txt", "locale/ar/LC_MESSAGES/django.po"]
    leaks = [path for path in must_stay_out if not ignored(path, rules)]
    report.check(
        ".dockerignore keeps secrets, databases, uploads and caches out", not leaks, f"{leaks}"
    )
    missing = [path for path in must_stay_in if ignored(path, rules)]
    report.check(".dockerignore keeps the code, locks and catalogues in", not missing, f"{missing}")

    count = 0
    for folder, subfolders, files in os.walk(ROOT):
        relative = Path(folder).relative_to(ROOT).as_posix()
        prefix = "" if relative == "." else relative + "/"
        subfolders[:] = [name for name in subfolders if not ignored(prefix + name, rules)]
        for name in files:
            if not ignored(prefix + name, rules):
                target = destination / prefix / name
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(Path(folder) / name, target)
                count += 1
    report.check(f"build context copied ({count} files)", count > 0)


# Build stage.


def build(report, python, work):
    app, venv, i18n = work / "app", work / "venv", work / "i18n"
    build_context(report, app)
    version = "import sys; print(sys.version.split()[0]); sys.exit(sys.version_info < (3, 12))"
    found = report.step("Python 3.12 or newer (the image has 3.13)", [python, "-c", version])
    report.step(f"virtualenv with Python {found.strip()}", [python, "-m", "venv", venv])
    report.step(
        "install requirements/base.txt with --require-hashes",
        [venv / "bin/pip", "install", "--quiet", "--require-hashes", "--no-deps"]
        + ["-r", "requirements/base.txt"],
        cwd=app,
    )
    report.step("the lock holds every dependency (pip check)", [venv / "bin/pip", "check"])

    for compiled in app.glob("locale/*/LC_MESSAGES/*.mo"):
        compiled.unlink()
    report.step("virtualenv for compiling catalogues", [python, "-m", "venv", i18n])
    report.step(
        "install requirements/i18n.txt with --require-hashes",
        [i18n / "bin/pip", "install", "--quiet", "--require-hashes", "--no-deps"]
        + ["-r", "requirements/i18n.txt"],
        cwd=app,
    )
    report.step("compile the catalogues", [i18n / "bin/python", "locale/compile.py"], cwd=app)
    compiled = sorted(path.parts[-3] for path in app.glob("locale/*/LC_MESSAGES/django.mo"))
    report.check(
        "catalogues compiled for fr, ar and en", compiled == ["ar", "en", "fr"], f"{compiled}"
    )

    build_only = {
        "PATH": os.environ["PATH"],
        "DJANGO_DEBUG": "false",
        "DJANGO_SECRET_KEY": "build-only",
        "DJANGO_ALLOWED_HOSTS": "build",
        "DATABASE_URL": f"sqlite:///{work / 'unused.sqlite3'}",
    }
    report.step(
        "collectstatic",
        [venv / "bin/python", "manage.py", "collectstatic", "--no-input", "--verbosity", "0"],
        cwd=app,
        env=build_only,
    )
    report.check(
        "static files hashed (manifest) and compressed (.br, .gz)",
        (app / "var/static/staticfiles.json").is_file()
        and any(app.glob("var/static/css/site.*.css.br"))
        and any(app.glob("var/static/css/site.*.css.gz")),
    )
    report.step(
        "compileall",
        [venv / "bin/python", "-m", "compileall", "-q", "oim_site", "axes", "partners", "projects"],
        cwd=app,
    )
    return app, venv


# Release and run.


def sql(venv, server_url, statement):
    code = "import psycopg, sys\npsycopg.connect(sys.argv[1], autocommit=True).execute(sys.argv[2])"
    return subprocess.run(
        [venv / "bin/python", "-c", code, server_url, statement], capture_output=True, text=True
    )


def healthcheck(app, environment):
    """The Dockerfile's HEALTHCHECK command, with the container's environment."""
    command = ["python", "deploy/healthcheck.py"]
    return subprocess.run(command, cwd=app, env=environment, capture_output=True).returncode


def fetch(port, path, headers=None, method="GET"):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.request(method, path, headers={"Host": HOST, **(headers or {})})
        response = connection.getresponse()
        return response.status, response.headers, response.read()
    finally:
        connection.close()


def wait_for(port, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return True
        time.sleep(0.2)
    return False


def policy(header):
    directives = (part.split() for part in (header or "").split(";") if part.strip())
    return {name: values for name, *values in directives}


def check_security_headers(report, page, headers):
    csp = policy(headers.get("Content-Security-Policy"))
    script_src = csp.get("script-src", csp.get("default-src"))
    report.check(
        f"{page}: Content-Security-Policy, no 'unsafe-inline' for scripts",
        bool(script_src) and "'unsafe-inline'" not in script_src and "default-src" in csp,
        headers.get("Content-Security-Policy", "missing"),
    )
    hsts = re.search(r"max-age=(\d+)", headers.get("Strict-Transport-Security", ""))
    report.check(
        f"{page}: Strict-Transport-Security of a year or more",
        bool(hsts) and int(hsts.group(1)) >= YEAR,
        headers.get("Strict-Transport-Security", "missing"),
    )
    expected = {
        "Referrer-Policy": "same-origin",
        "X-Content-Type-Options": "nosniff",
        "X-Frame-Options": "DENY",
    }
    for name, value in expected.items():
        report.check(f"{page}: {name}: {value}", headers.get(name) == value, headers.get(name))
    permissions = headers.get("Permissions-Policy", "")
    report.check(
        f"{page}: Permissions-Policy denies camera, microphone, geolocation",
        all(f"{feature}=()" in permissions for feature in ("camera", "microphone", "geolocation")),
        permissions or "missing",
    )


def check_site(report, app, port, environment):
    https = {"X-Forwarded-Proto": "https"}

    report.check("the image's HEALTHCHECK command passes", healthcheck(app, environment) == 0)
    status, headers, body = fetch(port, "/healthz")
    report.check(
        '/healthz: 200 {"status": "ok"}, not cached',
        status == 200
        and json.loads(body) == {"status": "ok"}
        and "no-store" in headers.get("Cache-Control", ""),
        f"{status} {body[:200]!r} {headers.get('Cache-Control')}",
    )

    status, headers, _ = fetch(port, "/fr/", {"X-Forwarded-Proto": "http"})
    report.check(
        "plain HTTP is redirected to HTTPS",
        status == 301 and headers.get("Location") == f"https://{HOST}/fr/",
        f"{status} {headers.get('Location')}",
    )

    home = {}
    for language, direction in LANGUAGES.items():
        status, headers, body = fetch(port, f"/{language}/", https)
        page = home[language] = body.decode(errors="replace")
        report.check(
            f"/{language}/: 200, lang={language} dir={direction}",
            status == 200 and f'lang="{language}" dir="{direction}"' in page,
            f"{status} {page[:300]!r}",
        )
        locale = app / f"locale/{language}/LC_MESSAGES"
        with (locale / "django.mo").open("rb") as compiled:
            catalogue = gettext.GNUTranslations(compiled)
        sources = re.findall(r'^msgid "(.+)"$', (locale / "django.po").read_text(), re.MULTILINE)
        translated = [
            catalogue.gettext(source)
            for source in sources
            if catalogue.gettext(source) != source and catalogue.gettext(source) in page
        ]
        if language != "en":
            report.check(
                f"/{language}/: interface strings from the compiled catalogue",
                bool(translated),
                "no translated string found on the page",
            )
        check_security_headers(report, f"/{language}/", headers)

    stylesheet = re.search(r'<link rel="stylesheet" href="(/static/[^"]+)"', home["fr"])
    hashed = stylesheet and re.search(r"\.[0-9a-f]{12}\.css$", stylesheet.group(1))
    report.check("the page links a hashed stylesheet", bool(hashed), str(stylesheet))
    if hashed:
        collected = app / "var" / stylesheet.group(1).removeprefix("/")
        for encoding in ("br", "gzip"):
            asked = https | {"Accept-Encoding": encoding}
            status, headers, body = fetch(port, stylesheet.group(1), asked)
            age = re.search(r"max-age=(\d+)", headers.get("Cache-Control", ""))
            report.check(
                f"static file: Content-Encoding {encoding}, cached a year or more",
                status == 200
                and headers.get("Content-Encoding") == encoding
                and bool(age)
                and int(age.group(1)) >= YEAR,
                f"{status} {headers.get('Content-Encoding')} {headers.get('Cache-Control')}",
            )
            if encoding == "gzip":
                report.check(
                    "static file: the gzip body is the collected file",
                    gzip.decompress(body) == collected.read_bytes(),
                )

    for language in LANGUAGES:
        status, headers, body = fetch(port, f"/{language}/", https | {"Accept-Encoding": "gzip"})
        report.check(
            f"/{language}/: HTML compressed (gzip), the same page, under 40 KB uncompressed",
            status == 200
            and headers.get("Content-Encoding") == "gzip"
            and "Accept-Encoding" in headers.get("Vary", "")
            and gzip.decompress(body).decode() == home[language]
            and len(home[language].encode()) < 40 * 1024,
            f"{status} {headers.get('Content-Encoding')} {headers.get('Vary')}",
        )
    # The admin login page carries a CSRF token: compressed with GZipMiddleware's random padding
    # (against BREACH), never from the page cache.
    status, headers, body = fetch(port, "/gestion/login/", https | {"Accept-Encoding": "gzip"})
    report.check(
        "a page with a CSRF token: compressed, not cached",
        status == 200 and headers.get("Content-Encoding") == "gzip" and "ETag" not in headers,
        f"{status} {headers.get('Content-Encoding')} {headers.get('ETag')}",
    )

    status, headers, _ = fetch(port, "/gestion/login/", https)
    cookies = headers.get_all("Set-Cookie") or []
    report.check("admin at DJANGO_ADMIN_PATH (/gestion/)", status == 200, str(status))
    report.check(
        "cookies are Secure",
        bool(cookies) and all("Secure" in cookie for cookie in cookies),
        f"{cookies}",
    )
    status, _, _ = fetch(port, "/admin/", https)
    report.check("nothing at the default /admin/", status == 404, str(status))

    upload = Path(environment["DJANGO_MEDIA_ROOT"]) / "partners" / "logo.png"
    upload.parent.mkdir(parents=True)
    upload.write_bytes(b"\x89PNG\r\n\x1a\n")
    status, headers, body = fetch(port, "/media/partners/logo.png", https)
    report.check(
        "uploads in MEDIA_ROOT are served",
        status == 200 and body == upload.read_bytes(),
        f"{status} {headers.get('Content-Type')}",
    )


def run(report, app, venv, port, postgres, work):
    server_url = urlunsplit(urlsplit(postgres)._replace(path="/postgres"))
    database = f"oim_image_check_{os.getpid()}"
    database_url = urlunsplit(urlsplit(server_url)._replace(path=f"/{database}"))
    if not report.check(
        f"database {database} created",
        sql(venv, server_url, f"CREATE DATABASE {database}").returncode == 0,
    ):
        raise Failed("create database")
    environment = {
        "PATH": f"{venv / 'bin'}:{os.environ['PATH']}",
        "PYTHONUNBUFFERED": "1",
        "DJANGO_DEBUG": "false",
        "GUNICORN_BIND": f"127.0.0.1:{port}",
        "WEB_CONCURRENCY": "2",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": HOST,
        "DATABASE_URL": database_url,
        "DJANGO_SECURE_PROXY_SSL_HEADER": "HTTP_X_FORWARDED_PROTO,https",
        "DJANGO_MEDIA_ROOT": str(work / "media"),
        "DJANGO_ADMIN_PATH": "gestion",
    }
    gunicorn = None
    try:
        for description, expected in [
            ("release: migrations and initial content", "Created: mission profile"),
            ("release again, as on an upgrade: nothing overwritten", "Nothing to load."),
        ]:
            output = report.step(description, ["sh", "deploy/release.sh"], cwd=app, env=environment)
            report.check(f"{description}: {expected}", expected in output, output[-300:])

        log = work / "gunicorn.log"
        with log.open("w") as output:
            gunicorn = subprocess.Popen(
                [venv / "bin/gunicorn", "--config", "deploy/gunicorn.conf.py"],
                cwd=app,
                env=environment,
                stdout=output,
                stderr=subprocess.STDOUT,
            )
        if not report.check(
            f"gunicorn listens on 127.0.0.1:{port}", wait_for(port), log.read_text()[-2000:]
        ):
            raise Failed("gunicorn")
        check_site(report, app, port, environment)
        report.check(
            "access log on stdout", '"GET /healthz' in log.read_text(), log.read_text()[-500:]
        )

        dropped = sql(venv, server_url, f"DROP DATABASE {database} WITH (FORCE)")
        report.check("database taken away", dropped.returncode == 0, dropped.stderr)
        status, _, body = fetch(port, "/healthz")
        report.check(
            '/healthz without its database: 503 {"status": "unavailable"}',
            status == 503 and json.loads(body) == {"status": "unavailable"},
            f"{status} {body[:200]!r}",
        )
        report.check("the HEALTHCHECK command then fails", healthcheck(app, environment) == 1)

        gunicorn.send_signal(signal.SIGTERM)
        try:
            code = gunicorn.wait(timeout=30)
        except subprocess.TimeoutExpired:
            code = None
        report.check("gunicorn stops cleanly on SIGTERM (docker stop)", code == 0, f"exit {code}")
    finally:
        if gunicorn and gunicorn.poll() is None:
            gunicorn.kill()
            gunicorn.wait()
        sql(venv, server_url, f"DROP DATABASE IF EXISTS {database} WITH (FORCE)")


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--port", type=int, default=0, help="gunicorn's port (default: a free one)")
    parser.add_argument(
        "--postgres",
        default="postgres://postgres@127.0.0.1:5432/postgres",
        help="the PostgreSQL server (a URL of any database on it) where a temporary "
        "database is created, then dropped",
    )
    parser.add_argument(
        "--python", default=sys.executable, help="the Python that makes the virtualenv"
    )
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    arguments = parser.parse_args()

    report = Report()
    work = Path(tempfile.mkdtemp(prefix="oim-image-check-"))
    started = time.monotonic()
    try:
        app, venv = build(report, arguments.python, work)
        run(report, app, venv, arguments.port or free_port(), arguments.postgres, work)
    except Failed as step:
        print(f"stopped: {step} failed, the checks after it could not run", flush=True)
    finally:
        if arguments.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    print(f"took {time.monotonic() - started:.0f} s")
    print(f"{report.passed} passed, {report.failed} failed")
    return 1 if report.failed else 0


if __name__ == "__main__":
    sys.exit(main())
