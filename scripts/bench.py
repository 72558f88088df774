"""Benchmark of the public pages against a bare Django page (issue 8): `make bench`.

    make bench
    .venv/bin/python scripts/bench.py --rounds 3 --seconds 3 --postgres postgres://postgres@127.0.0.1:5432/postgres

Needs wrk (Debian: apt install wrk) and a PostgreSQL server where it may create databases.
It builds two databases of demonstration content, oim_bench (300 projects, 120 partners) and
oim_bench_3000 (3,000 projects), collects the static files, and starts gunicorn four times
with the production settings and deploy/gunicorn.conf.py on loopback (ports 8820 to 8823,
--port): caching on and caching off (DJANGO_CACHE_PAGES) on 300 projects and on 3,000.
Settings are the site's plus a reference page (scripts/benchsite): a bare Django view
rendering a constant 10 KB page through a template, under the same settings, middleware and
server. Then it measures:

1. requests/s, p50 and p99 with wrk for every public page in fr and ar and for the reference,
   each figure the median of interleaved rounds (round 1 over every page and server, then
   round 2...), so that noise on the shared machine hits every page alike. Targets, as a
   ratio to the reference in the same run: every page at least 0.8 with caching on. The
   figures with caching off are printed without a target: what visitors meet when the cache
   cannot answer is measured by the long tail and the first visit after an edit (issue 22).
2. the long tail (issue 22), caching on: each round after an edit, and each request an
   address not asked in the round, of each kind of LONG_TAIL (filtered projects and news
   lists and their later pages, the projects list searched for words, the search page),
   made from the demonstration content so that results are real: at least 0.3 of the
   reference, in the same rounds.
3. the first visit after an edit: a project saved through the ORM, then the first request to
   home, the projects list and a project in fr, ar and en: each under 4 times its stored
   p50 plus 20 ms (median of 3 edits).
4. the projects list, search (in fr and ar, for a word in many projects and for one in none),
   the list filtered by axis and status and by that word, and the exports at 3,000 projects
   against 300, caching off: search and the filtered lists within 1.5x, the others within
   2x but the CSV and IATI exports, which hold every project (ten times as
   many at 3,000) when made anew for each request: their time per project is printed. With
   caching on they are made once for each version of the content and stored: the time of
   that first download is printed, and the stored files' within 2x. Each database is
   vacuumed and analysed after loading, as autovacuum would soon do, so the planner has its
   statistics.
5. the resident memory of each worker, caching on and off, after warm-up and after 20,000
   more requests over the pages: growth under 10 %.

--parts takes some of these only (pages, long-tail, first-visit, growth, memory).

It takes 12 to 18 minutes when pages are fast, longer when they are slow: the memory check
waits for its 20,000 requests.

Every response's status is counted: a page that answers anything but 2xx fails. Everything
is stopped and the databases dropped at the end. The exit status is 1 if a target is missed.
Compare ratios within one run, never absolute figures across runs or machines.
"""

import argparse
import collections
import contextlib
import http.client
import itertools
import json
import math
import os
import random
import secrets
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote, urlencode, urlsplit, urlunsplit

import psycopg

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from news.demo_content import ARTICLES  # noqa: E402
from oim_site.mission.initial_content import AXES  # noqa: E402
from projects.demo_content import PARTNERS, PROJECTS  # noqa: E402
from publications.demo_content import PUBLICATIONS  # noqa: E402

BIN = Path(sys.executable).parent
WRK = "/usr/bin/wrk"
WRK_SCRIPT = ROOT / "scripts" / "benchsite" / "wrk.lua"
# What a TLS proxy in front and a browser would send.
HEADERS = {"Host": "127.0.0.1", "X-Forwarded-Proto": "https", "Accept-Encoding": "gzip, br"}

AXIS, PROJECT, PARTNER = AXES[0]["slug"], PROJECTS[0]["slug"], PARTNERS[0]["slug"]
ARTICLE = ARTICLES[0]["slug"]
PUBLICATION = PUBLICATIONS[0]["slug"]
SEARCH = {"fr": "migrants", "ar": "المهاجرين", "en": "migrants"}
PAGES = {
    "home": "/{lang}/",
    "mission": "/{lang}/mission/",
    "axes": "/{lang}/axes/",
    "axis": f"/{{lang}}/axes/{AXIS}/",
    "projects list": "/{lang}/projects/",
    "filtered projects list": f"/{{lang}}/projects/?axis={AXIS}&status=ongoing",
    "project": f"/{{lang}}/projects/{PROJECT}/",
    "partners": "/{lang}/partners/",
    "partner": f"/{{lang}}/partners/{PARTNER}/",
    "news list": "/{lang}/news/",
    "article": f"/{{lang}}/news/{ARTICLE}/",
    "regions": "/{lang}/regions/",
    "region": "/{lang}/regions/MA-04/",
    "page": "/{lang}/accessibilite/",
    "publications list": "/{lang}/publications/",
    "filtered publications list": "/{lang}/publications/?kind=annual-report&language=ar",
    "publication": f"/{{lang}}/publications/{PUBLICATION}/",
    "search": "/{lang}/search/?q={search}",
}
REFERENCE = "/reference/"
BENCH_LANGUAGES = ("fr", "ar")
CACHED_TARGET = 0.8
SMALL, LARGE, PARTNERS_COUNT = 300, 3000, 120
# Articles in every database, as many as projects in the smaller one.
ARTICLES_COUNT = SMALL
GROWTH_TARGET = 2.0
GROWTH_PAGES = {
    "projects list": "/fr/projects/",
    "filtered list, fr": f"/fr/projects/?axis={AXIS}&status=ongoing",
    "filtered list, ar": f"/ar/projects/?axis={AXIS}&status=ongoing",
    "search, fr": f"/fr/search/?q={SEARCH['fr']}",
    "search, ar": f"/ar/search/?q={quote(SEARCH['ar'])}",
    "search, ar, no match": "/ar/search/?q=zzzz",
    "list with a word, fr": f"/fr/projects/?q={SEARCH['fr']}",
    "list with a word, ar": f"/ar/projects/?q={quote(SEARCH['ar'])}",
    "JSON export (first page)": "/fr/open-data/projects.json",
    "CSV export": "/fr/open-data/projects.csv",
    "IATI export": "/fr/open-data/iati-activities.xml",
}
# What a visitor searches and filters by grows with the content no faster than this.
SEARCH_GROWTH_TARGET = 1.5
SEARCH_GROWTH_PAGES = {
    name for name in GROWTH_PAGES if name.startswith(("search", "filtered", "list"))
}
# Long tail (issue 22): with caching on, every request a different address of these kinds,
# made from the demonstration content so that each finds real results (long_tail_addresses).
LONG_TAIL_TARGET = 0.3
LONG_TAIL_WARM_UP_SECONDS = 20
# First visit after an edit: under FIRST_VISIT_TIMES times the page's stored p50, plus this.
FIRST_VISIT_TIMES, FIRST_VISIT_MARGIN_MS = 4, 20
FIRST_VISIT_PAGES = {"home": PAGES["home"], "projects list": PAGES["projects list"]}
FIRST_VISIT_PAGES["project"] = PAGES["project"]
FIRST_VISIT_LANGUAGES = ("fr", "ar", "en")
FIRST_VISIT_EDITS = 3
# A save through the ORM, as the admin makes: the project's updated_at changes, and with it
# the content version, so that no page is stored any more.
EDIT = f"from projects.models import Project; Project.objects.get(slug={PROJECT!r}).save()"
PARTS = ("pages", "long-tail", "first-visit", "growth", "memory")
# Made anew for each request with caching off; made once for each version of the content,
# then stored, with caching on.
EVERY_PROJECT = {"CSV export", "IATI export"}
STORED_EXPORTS = {name: GROWTH_PAGES[name] for name in sorted(EVERY_PROJECT)}
MEMORY_REQUESTS = 20_000
MEMORY_TARGET = 0.10


def url(template, language):
    return quote(template.format(lang=language, search=SEARCH[language]), safe="/?=&")


class Failed(Exception):
    pass


# Databases.


def sql(server_url, statement):
    try:
        with psycopg.connect(server_url, autocommit=True) as connection:
            connection.execute(statement)
    except psycopg.OperationalError as error:
        raise Failed(f"PostgreSQL at {server_url}: {error}") from error


def database_url(server_url, name):
    return urlunsplit(urlsplit(server_url)._replace(path=f"/{name}"))


def manage(environment, *arguments):
    finished = subprocess.run(
        [sys.executable, "manage.py", *arguments],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
    )
    if finished.returncode:
        raise Failed(f"manage.py {' '.join(arguments)}:\n{finished.stderr[-3000:]}")
    return finished.stdout


@contextlib.contextmanager
def demo_database(server_url, name, projects, partners, template=None):
    """A new database of demonstration content, dropped on leaving.

    With `template`, a copy of that database (already migrated and loaded) grows to size.
    """
    sql(server_url, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    sql(server_url, f"CREATE DATABASE {name}" + (f" TEMPLATE {template}" if template else ""))
    try:
        environment = production_environment(database_url(server_url, name), Path(os.devnull))
        started = time.monotonic()
        if not template:
            manage(environment, "migrate", "--no-input")
        manage(
            environment,
            "load_demo_content",
            f"--projects={projects}",
            f"--partners={partners}",
            f"--articles={ARTICLES_COUNT}",
        )
        # What autovacuum leaves soon after such a load: the planner's statistics.
        sql(database_url(server_url, name), "VACUUM ANALYZE")
        print(f"database {name}: {projects} projects, {partners} partners", end="")
        print(f", {ARTICLES_COUNT} articles", end="")
        print(f" ({time.monotonic() - started:.0f} s)", flush=True)
        yield database_url(server_url, name)
    finally:
        sql(server_url, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


# The server.


def production_environment(database, static_root, **variables):
    """The production settings, as the image runs them behind a TLS proxy."""
    return {
        "PATH": os.environ["PATH"],
        "LANG": "C.UTF-8",
        "DJANGO_DEBUG": "false",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": HEADERS["Host"],
        "DJANGO_SECURE_PROXY_SSL_HEADER": "HTTP_X_FORWARDED_PROTO,https",
        "DATABASE_URL": database,
        "DATABASE_CONN_MAX_AGE": "60",
        "DJANGO_STATIC_ROOT": str(static_root),
        # The demonstration publications' files: written by load_demo_content, read by gunicorn.
        "DJANGO_PUBLICATIONS_ROOT": str(Path(tempfile.gettempdir()) / "oim_bench_publications"),
        **variables,
    }


def collect_static(static_root):
    manage(production_environment("sqlite:///unused", static_root), "collectstatic", "--no-input")


@contextlib.contextmanager
def gunicorn(environment, port, log, workers=3):
    """gunicorn with deploy/gunicorn.conf.py on 127.0.0.1:`port`, until leaving."""
    environment = environment | {
        "GUNICORN_BIND": f"127.0.0.1:{port}",
        "WEB_CONCURRENCY": str(workers),
    }
    with log.open("w") as output:
        server = subprocess.Popen(
            [BIN / "gunicorn", "--config", "deploy/gunicorn.conf.py"],
            cwd=ROOT,
            env=environment,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    try:
        deadline = time.monotonic() + 60
        while fetch(port, "/healthz")[0] != 200:
            if server.poll() is not None or time.monotonic() > deadline:
                raise Failed(f"gunicorn on port {port} did not start:\n{log.read_text()[-3000:]}")
            time.sleep(0.3)
        yield server
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def fetch(port, path):
    """Status and body of one GET, or (None, b"") when nothing answers."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        connection.request("GET", path, headers=HEADERS)
        response = connection.getresponse()
        return response.status, response.read()
    except OSError:
        return None, b""
    finally:
        connection.close()


def warm_up(port, paths, times=3):
    """Ask each page a few times; say how much each weighs, and stop on any error."""
    sizes = {}
    for path in paths:
        for _ in range(times):
            status, body = fetch(port, path)
            if status != 200:
                raise Failed(f"{path} on port {port} answered {status}")
        sizes[path] = len(body)
    return sizes


def workers(master):
    """The gunicorn workers: the master's children."""
    children = []
    for status in Path("/proc").glob("[0-9]*/status"):
        with contextlib.suppress(OSError):
            fields = dict(line.split(":\t", 1) for line in status.read_text().splitlines())
            if int(fields["PPid"]) == master:
                children.append(int(fields["Pid"]))
    return sorted(children)


def resident_kb(pid):
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise Failed(f"no VmRSS for process {pid}")


# Load.


def require_wrk():
    if not Path(WRK).is_file():
        raise Failed("wrk is missing: install it with `apt install wrk` (Debian's package).")


def wrk(port, paths, seconds, connections, threads=1, timeout=10):
    """Run wrk over `paths` in turn; its counts and latencies (scripts/benchsite/wrk.lua)."""
    return wrk_result(start_wrk(port, paths, seconds, connections, threads, timeout))


def start_wrk(port, paths, seconds, connections, threads=1, timeout=10):
    """wrk started over `paths` (or "@FILE", THREADS: scripts/benchsite/wrk.lua)."""
    command = [WRK, f"-t{threads}", f"-c{connections}", f"-d{seconds}s", f"--timeout={timeout}s"]
    command += [f"-H{name}: {value}" for name, value in HEADERS.items() if name != "Host"]
    command += ["-s", WRK_SCRIPT, f"http://127.0.0.1:{port}", "--", *paths]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def wrk_result(process):
    stdout, stderr = process.communicate()
    lines = stdout.strip().splitlines()
    if process.returncode or not lines:
        raise Failed(f"wrk failed:\n{stdout}\n{stderr}")
    result = json.loads(lines[-1])
    result["rate"] = result["requests"] / result["seconds"]
    result["failed"] = result["requests"] - result["ok"] + result["socket_errors"]
    result["failed"] += result["timeouts"]
    return result


def median_of(results):
    return {
        "rate": statistics.median(result["rate"] for result in results),
        "p50_ms": statistics.median(result["p50_ms"] for result in results),
        "p99_ms": statistics.median(result["p99_ms"] for result in results),
        "failed": sum(result["failed"] for result in results),
    }


# 1. Pages against the reference.


def measure_pages(servers, paths, rounds, seconds, connections):
    """{(server, path): median figures}, rounds interleaved over pages and servers."""
    results = {(server, path): [] for server in servers for path in paths}
    for number in range(1, rounds + 1):
        started = time.monotonic()
        for path in paths:
            for server, port in servers.items():
                results[server, path].append(wrk(port, [path], seconds, connections))
        print(f"round {number}/{rounds} ({time.monotonic() - started:.0f} s)", flush=True)
    return {key: median_of(figures) for key, figures in results.items()}


def pages_table(title, figures, sizes, target_for):
    """Print the table of one server; return the number of missed targets."""
    reference = figures[REFERENCE]
    print(f"\n{title}")
    print(
        f"{'page':<24}{'lang':<6}{'KB':>6}{'req/s':>8}{'p50 ms':>9}{'p99 ms':>9}"
        f"{'ratio':>7}  target"
    )
    missed = 0
    rows = [("reference", "", REFERENCE)] + [
        (name, language, url(template, language))
        for name, template in PAGES.items()
        for language in BENCH_LANGUAGES
    ]
    for name, language, path in rows:
        figure = figures[path]
        ratio = figure["rate"] / reference["rate"]
        target = target_for(name) if path != REFERENCE else None
        if figure["failed"]:
            missed += 1
            verdict = f"FAIL: {figure['failed']} responses not 2xx, or errors"
        elif target:
            missed += ratio < target
            verdict = f">= {target:.2f} " + ("pass" if ratio >= target else "FAIL")
        else:
            verdict = ""
        print(
            f"{name:<24}{language:<6}{sizes[path] / 1024:>6.1f}{figure['rate']:>8.0f}"
            f"{figure['p50_ms']:>9.1f}{figure['p99_ms']:>9.1f}{ratio:>7.2f}  {verdict}"
        )
    return missed


# 2. Long tail: addresses the page cache has not stored.


def _project_rows(connection):
    """Each published project's filter values (slugs, status) and its search columns."""
    projects = {
        row[0]: {
            "axis": [row[1]],
            "status": [row[2]],
            "theme": [],
            "region": [],
            "partner": [],
            "text": dict(zip(FIRST_VISIT_LANGUAGES, row[3:], strict=True)),
        }
        for row in connection.execute(
            "SELECT p.id, a.slug, p.status, p.search_fr, p.search_ar, p.search_en "
            "FROM projects_project p JOIN axes_axis a ON a.id = p.axis_id WHERE p.is_published"
        )
    }
    links = [
        ("theme", "projects_project_themes", "theme_id", "axes_theme"),
        ("region", "projects_project_regions", "region_id", "projects_region"),
        ("partner", "projects_partnership", "partner_id", "partners_partner"),
    ]
    return _with_linked_slugs(connection, projects, "project_id", links)


def _article_rows(connection):
    """Each published article's filter values: kind, year, axes and regions."""
    articles = {
        row[0]: {"kind": [row[1]], "year": [str(row[2])], "axis": [], "region": []}
        for row in connection.execute(
            "SELECT id, kind, EXTRACT(YEAR FROM date)::int FROM news_article WHERE is_published"
        )
    }
    links = [
        ("axis", "news_article_axes", "axis_id", "axes_axis"),
        ("region", "news_article_regions", "region_id", "projects_region"),
    ]
    return _with_linked_slugs(connection, articles, "article_id", links)


def _with_linked_slugs(connection, rows, owner, links):
    """`rows` ({id: filter values}) as a list, each with the slugs of what it links to:
    `links` are (filter, link table, column of the linked row, its table)."""
    for name, link, column, table in links:
        linked = connection.execute(
            f"SELECT DISTINCT l.{owner}, t.slug FROM {link} l JOIN {table} t ON t.id = l.{column}"
        )
        for row, slug in linked:
            if row in rows:
                rows[row][name].append(slug)
    return list(rows.values())


def _words(text):
    """The words of a search column worth searching: letters only, four or more."""
    return list(dict.fromkeys(word for word in text.split() if word.isalpha() and len(word) > 3))


FILTERS = ("axis", "theme", "status", "region", "partner")
# projects.views.PROJECTS_PER_PAGE, which cannot be imported before Django is set up.
PROJECTS_PER_PAGE = 12
# news.views.ARTICLES_PER_PAGE, for the same reason.
ARTICLES_PER_PAGE = 12


def filter_combinations(path, rows, per_page):
    """`path` (a list's address) filtered by one to three of a row's own values, and the
    later pages of the list with one filter or none. `rows`: {filter: [values]} for each
    item of the list, so that every address finds at least that item."""
    paths = set()
    for row in rows:
        for size in (1, 2, 3):
            for names in itertools.combinations(row, size):
                for values in itertools.product(*(row[name] for name in names)):
                    paths.add(f"{path}?{urlencode(list(zip(names, values, strict=True)))}")
    counts = collections.Counter(
        (name, value) for row in rows for name in row for value in row[name]
    )
    counts[None] = len(rows)
    for filter_, count in counts.items():
        query = urlencode([filter_]) + "&" if filter_ else ""
        for page in range(2, math.ceil(count / per_page) + 1):
            paths.add(f"{path}?{query}page={page}")
    return sorted(paths)


def filtered_list_addresses(connection, language):
    rows = [{name: project[name] for name in FILTERS} for project in _project_rows(connection)]
    return filter_combinations(f"/{language}/projects/", rows, PROJECTS_PER_PAGE)


def news_list_addresses(connection, language):
    return filter_combinations(f"/{language}/news/", _article_rows(connection), ARTICLES_PER_PAGE)


# Two words searched together are at most this far apart in the text.
SEARCH_PAIR_SPAN = 10


def _searches(text):
    """What a visitor may search a project's text for: each word, and two words of it
    close together (every word must match)."""
    words = _words(text)
    for number, word in enumerate(words):
        yield word
        for other in words[number + 1 : number + 1 + SEARCH_PAIR_SPAN]:
            yield f"{word} {other}"


def list_word_addresses(connection, language):
    """The projects list searched for what a project's text holds, alone and with the
    project's status."""
    paths = set()
    for project in _project_rows(connection):
        for words in _searches(project["text"][language]):
            paths.add(f"/{language}/projects/?{urlencode({'q': words})}")
            status = project["status"][0]
            paths.add(f"/{language}/projects/?{urlencode({'q': words, 'status': status})}")
    return sorted(paths)


def search_addresses(connection, language):
    """The search page for what a project's text holds."""
    paths = set()
    for project in _project_rows(connection):
        for words in _searches(project["text"][language]):
            paths.add(f"/{language}/search/?{urlencode({'q': words})}")
    return sorted(paths)


# Each kind of long-tail page, and how its addresses are made from the content (a psycopg
# connection to the database of 300 projects) for a language. A content type with a
# filtered list of its own adds its entry here, its rows' filter values read from its
# tables and handed to filter_combinations().
LONG_TAIL = {
    "filtered projects list": filtered_list_addresses,
    "projects list, words": list_word_addresses,
    "search": search_addresses,
    "filtered news list": news_list_addresses,
}


def long_tail_addresses(database):
    """{kind: addresses in fr and ar, in an order of their own}: none asked twice in a round."""
    shuffle = random.Random(22).shuffle
    addresses = {}
    with psycopg.connect(database) as connection:
        for kind, make in LONG_TAIL.items():
            paths = [path for language in BENCH_LANGUAGES for path in make(connection, language)]
            shuffle(paths)
            addresses[kind] = paths
    return addresses


def measure_long_tail(port, environment, addresses, rounds, seconds, connections, work):
    """Print each kind's figures against the reference; return the missed targets.

    Each round starts with an edit (EDIT), a new content version: no address is stored
    then, and each kind's addresses are asked in an order of their own, none twice in the
    round, so that none is served as stored but the reference. What is measured is then the
    parts of pages (oim_site.page_cache.fragments), kept under what they show, and the data
    they are made from, read again once for the version.
    """
    results = {name: [] for name in [REFERENCE, *addresses]}
    # A site that has been up a while: its workers already keep the cards and menus that many
    # pages share. A first pass over each kind's addresses is for that, and not measured.
    listed = {kind: work / f"long-tail-{kind.replace(' ', '-')}.txt" for kind in addresses}
    for kind, paths in addresses.items():
        listed[kind].write_text("\n".join(paths) + "\n")
        wrk(port, [f"@{listed[kind]}", "1"], LONG_TAIL_WARM_UP_SECONDS, connections)
    for _ in range(rounds):
        manage(environment, "shell", "-c", EDIT)
        results[REFERENCE].append(wrk(port, [REFERENCE], seconds, connections))
        for kind in addresses:
            results[kind].append(wrk(port, [f"@{listed[kind]}", "1"], seconds, connections))
    reference = median_of(results[REFERENCE])
    print(f"\nLong tail, caching on: each request a new address (median of {rounds} rounds)")
    print(
        f"{'page':<26}{'addresses':>10}{'req/s':>8}{'p50 ms':>9}{'p99 ms':>9}{'ratio':>7}  target"
    )
    print(
        f"{'reference':<26}{'':>10}{reference['rate']:>8.0f}{reference['p50_ms']:>9.1f}"
        f"{reference['p99_ms']:>9.1f}{1:>7.2f}"
    )
    missed = 0
    for kind, paths in addresses.items():
        figure = median_of(results[kind])
        ratio = figure["rate"] / reference["rate"]
        repeated = sum(result["repeated"] for result in results[kind])
        if figure["failed"]:
            verdict = f"FAIL: {figure['failed']} responses not 2xx, or errors"
        elif repeated:
            verdict = f"FAIL: {repeated} addresses asked again in a round (too few for --seconds)"
        else:
            verdict = f">= {LONG_TAIL_TARGET:.2f} " + (
                "pass" if ratio >= LONG_TAIL_TARGET else "FAIL"
            )
        missed += "FAIL" in verdict
        print(
            f"{kind:<26}{len(paths):>10}{figure['rate']:>8.0f}{figure['p50_ms']:>9.1f}"
            f"{figure['p99_ms']:>9.1f}{ratio:>7.2f}  {verdict}"
        )
    return missed


# 3. The first visit after an edit.


def measure_first_visits(port, environment, samples=30):
    """Print the first request to each page after an edit against its stored p50; return
    the missed targets. Each figure is the median over FIRST_VISIT_EDITS edits."""
    pages = [
        (name, language, url(template, language))
        for name, template in FIRST_VISIT_PAGES.items()
        for language in FIRST_VISIT_LANGUAGES
    ]
    stored = {}
    for _name, _language, path in pages:
        timed_get(port, path)
        stored[path] = statistics.median(timed_get(port, path)[0] for _ in range(samples))
    first = {path: [] for _name, _language, path in pages}
    for _ in range(FIRST_VISIT_EDITS):
        manage(environment, "shell", "-c", EDIT)
        for _name, _language, path in pages:
            first[path].append(timed_get(port, path)[0])
    print(
        "\nFirst visit after an edit saved through the ORM, caching on "
        f"(median of {FIRST_VISIT_EDITS} edits)"
    )
    print(f"{'page':<16}{'lang':<6}{'stored p50':>11}{'first ms':>10}{'limit ms':>10}  target")
    missed = 0
    for name, language, path in pages:
        first_ms = statistics.median(first[path]) * 1000
        limit = FIRST_VISIT_TIMES * stored[path] * 1000 + FIRST_VISIT_MARGIN_MS
        passed = first_ms < limit
        missed += not passed
        print(
            f"{name:<16}{language:<6}{stored[path] * 1000:>11.1f}{first_ms:>10.1f}{limit:>10.1f}"
            f"  < {FIRST_VISIT_TIMES} x p50 + {FIRST_VISIT_MARGIN_MS} "
            + ("pass" if passed else "FAIL")
        )
    return missed


# 4. Cost as content grows.


def timed_get(port, path):
    started = time.perf_counter()
    status, body = fetch(port, path)
    if status != 200:
        raise Failed(f"{path} on port {port} answered {status}")
    return time.perf_counter() - started, body


def measure_growth(title, small_port, large_port, pages, rounds, target_for):
    """Print each page's time at 3,000 projects against 300; return the missed targets.

    A page whose `target_for` is None is printed without a target: an export made anew for
    each request holds every project, ten times as many at 3,000.
    """
    times = {(path, port): [] for path in pages.values() for port in (small_port, large_port)}
    sizes = {}
    for _ in range(rounds):
        for path in pages.values():
            for port in (small_port, large_port):
                seconds, body = timed_get(port, path)
                times[path, port].append(seconds)
                sizes[path, port] = len(body)
    print(f"\nCost as content grows: {LARGE} projects against {SMALL}, {title}", end="")
    print(f" (median of {rounds})")
    columns = [f"KB {SMALL}", f"KB {LARGE}", f"ms {SMALL}", f"ms {LARGE}", "ratio"]
    print(f"{'page':<26}" + "".join(f"{column:>9}" for column in columns) + "  target")
    missed = 0
    for name, path in pages.items():
        small, large = (statistics.median(times[path, port]) for port in (small_port, large_port))
        ratio = large / small
        values = [sizes[path, small_port] / 1024, sizes[path, large_port] / 1024]
        values += [small * 1000, large * 1000]
        target = target_for(name)
        if target:
            passed = ratio <= target
            missed += not passed
            verdict = f"<= {target:.1f} " + ("pass" if passed else "FAIL")
        else:
            verdict = f"none: {ratio * SMALL / LARGE:.2f} per project"
        print(
            f"{name:<26}"
            + "".join(f"{value:>9.0f}" for value in values)
            + f"{ratio:>9.2f}  {verdict}"
        )
    return missed


def measure_first_downloads(small_port, large_port):
    """Print how long each stored export takes to make, on its first download."""
    print("\nFirst download of each export after a change (made, then stored), caching on")
    print(f"{'export':<26}{f'ms {SMALL}':>9}{f'ms {LARGE}':>9}")
    for name, path in STORED_EXPORTS.items():
        small, large = (timed_get(port, path)[0] * 1000 for port in (small_port, large_port))
        print(f"{name:<26}{small:>9.0f}{large:>9.0f}")


# 5. Memory.


def measure_memory(label, server, port, paths):
    """Print each worker's growth over MEMORY_REQUESTS requests; return the missed targets."""
    pids = workers(server.pid)
    before = {pid: resident_kb(pid) for pid in pids}
    requests, failed, started = 0, 0, time.monotonic()
    while requests < MEMORY_REQUESTS:
        # wrk runs for a duration, not a number of requests: short runs until there are enough.
        result = wrk(port, paths, 10, 8, threads=2)
        requests += result["requests"]
        failed += result["failed"]
    rate = requests / (time.monotonic() - started)
    after = {pid: resident_kb(pid) for pid in pids if Path(f"/proc/{pid}").exists()}
    print(f"\nMemory: resident memory of each worker ({label}) after warm-up, then after")
    print(f"{requests} more requests over the pages ({rate:.0f} req/s)")
    print(f"{'worker':<10}{'MB before':>10}{'MB after':>10}{'growth':>8}  target")
    missed = 0
    if failed:
        missed += 1
        print(f"FAIL: {failed} responses not 2xx, or errors")
    for pid in pids:
        if pid not in after:
            missed += 1
            print(f"{pid:<10}{before[pid] / 1024:>10.1f}  FAIL: the worker was replaced")
            continue
        growth = after[pid] / before[pid] - 1
        passed = growth < MEMORY_TARGET
        missed += not passed
        print(
            f"{pid:<10}{before[pid] / 1024:>10.1f}{after[pid] / 1024:>10.1f}{growth:>8.1%}"
            f"  < {MEMORY_TARGET:.0%} " + ("pass" if passed else "FAIL")
        )
    return missed


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--postgres",
        default="postgres://postgres@127.0.0.1:5432/postgres",
        help="the PostgreSQL server (a URL of any database on it) where the oim_bench "
        "databases are created, then dropped",
    )
    parser.add_argument("--port", type=int, default=8820, help="first of four ports")
    parser.add_argument("--rounds", type=int, default=3, help="rounds of each measure")
    parser.add_argument("--seconds", type=int, default=3, help="seconds of wrk per page")
    parser.add_argument("--connections", type=int, default=8, help="wrk's connections")
    parser.add_argument(
        "--parts",
        default=",".join(PARTS),
        help=f"the measures to take, of {', '.join(PARTS)} (all by default)",
    )
    arguments = parser.parse_args()
    parts = set(arguments.parts.split(","))
    if not parts <= set(PARTS):
        parser.error(f"--parts: unknown {', '.join(sorted(parts - set(PARTS)))}")

    require_wrk()
    started = time.monotonic()
    ports = (arguments.port + offset for offset in range(4))
    cached_port, uncached_port, large_port, large_cached_port = ports
    paths = [REFERENCE] + [
        url(template, language) for template in PAGES.values() for language in BENCH_LANGUAGES
    ]
    missed = 0
    with contextlib.ExitStack() as stack:
        work = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="oim-bench-")))
        small = stack.enter_context(
            demo_database(arguments.postgres, "oim_bench", SMALL, PARTNERS_COUNT)
        )
        grow = "growth" in parts
        large = grow and stack.enter_context(
            demo_database(
                arguments.postgres, "oim_bench_3000", LARGE, PARTNERS_COUNT, template="oim_bench"
            )
        )
        collect_static(work / "static")
        bench_settings = {"PYTHONPATH": "scripts", "DJANGO_SETTINGS_MODULE": "benchsite.settings"}
        environments = {}
        servers = {}
        for port, database, caching in [
            (cached_port, small, "true"),
            (uncached_port, small, "false"),
            *([(large_port, large, "false"), (large_cached_port, large, "true")] if grow else []),
        ]:
            environments[port] = production_environment(
                database, work / "static", DJANGO_CACHE_PAGES=caching, **bench_settings
            )
            log = work / f"gunicorn-{port}.log"
            servers[port] = stack.enter_context(gunicorn(environments[port], port, log))
        sizes = warm_up(cached_port, paths)
        warm_up(uncached_port, paths)
        print(f"servers ready ({time.monotonic() - started:.0f} s)", flush=True)

        if "pages" in parts:
            print(
                f"{arguments.rounds} rounds of {len(paths)} pages x 2 servers x "
                f"{arguments.seconds} s (wrk -t1 -c{arguments.connections})",
                flush=True,
            )
            figures = measure_pages(
                {"on": cached_port, "off": uncached_port},
                paths,
                arguments.rounds,
                arguments.seconds,
                arguments.connections,
            )
            missed += pages_table(
                f"Caching on (DJANGO_CACHE_PAGES=true), median of {arguments.rounds} rounds",
                {path: figures["on", path] for path in paths},
                sizes,
                lambda name: CACHED_TARGET,
            )
            missed += pages_table(
                f"Caching off (DJANGO_CACHE_PAGES=false), median of {arguments.rounds} rounds",
                {path: figures["off", path] for path in paths},
                sizes,
                lambda name: None,
            )
        if "long-tail" in parts:
            missed += measure_long_tail(
                cached_port,
                environments[cached_port],
                long_tail_addresses(small),
                arguments.rounds,
                arguments.seconds,
                arguments.connections,
                work,
            )
        if "first-visit" in parts:
            missed += measure_first_visits(cached_port, environments[cached_port])
        if grow:
            growth_rounds = max(arguments.rounds, 5)
            missed += measure_growth(
                "caching off",
                uncached_port,
                large_port,
                GROWTH_PAGES,
                growth_rounds,
                lambda name: (
                    None
                    if name in EVERY_PROJECT
                    else SEARCH_GROWTH_TARGET
                    if name in SEARCH_GROWTH_PAGES
                    else GROWTH_TARGET
                ),
            )
            measure_first_downloads(cached_port, large_cached_port)
            missed += measure_growth(
                "caching on: stored exports",
                cached_port,
                large_cached_port,
                STORED_EXPORTS,
                growth_rounds,
                lambda name: GROWTH_TARGET,
            )
        if "memory" in parts:
            # Cached, the workers mostly fill and read the page cache; uncached, they render.
            for label, port in [("caching on", cached_port), ("caching off", uncached_port)]:
                missed += measure_memory(label, servers[port], port, paths[1:])

    print(
        f"\ntook {time.monotonic() - started:.0f} s; "
        + (f"{missed} targets missed" if missed else "every target met")
    )
    return 1 if missed else 0


def run(main, name):
    """Exit with main()'s status, or 2 with the reason when a step fails."""
    # `timeout` and CI stop with SIGTERM: stop the servers and drop the databases all the same.
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    try:
        sys.exit(main())
    except Failed as error:
        print(f"{name} stopped: {error}", file=sys.stderr)
        sys.exit(2)


if __name__ == "__main__":
    run(main, "bench")
