"""Load test (issue 6): 64 clients for 60 seconds over the public pages, with no error.

    make loadtest
    .venv/bin/python scripts/loadtest.py --clients 64 --seconds 60 --postgres postgres://postgres@127.0.0.1:5432/postgres

Needs wrk (Debian: apt install wrk) and a PostgreSQL server where it may create a database.
It builds oim_bench_load (300 projects, 120 partners of demonstration content, as
scripts/bench.py does), starts gunicorn with the production settings and
deploy/gunicorn.conf.py on loopback, and drives it with wrk over a mix of public pages in fr,
ar and en: home, mission, axes, projects lists (filtered and paginated), project, partner and
axis pages, search, the open-data page. Every response is counted by status class, with
wrk's socket errors and timeouts: one that is not 2xx, or any error, fails the test (exit 1).
It prints throughput and latency. The database is dropped and the server stopped at the end.
"""

import argparse
import contextlib
import tempfile
from pathlib import Path

from bench import (
    AXES,
    PARTNERS,
    PARTNERS_COUNT,
    PROJECTS,
    PUBLICATIONS,
    SMALL,
    collect_static,
    demo_database,
    gunicorn,
    production_environment,
    require_wrk,
    run,
    url,
    warm_up,
    wrk,
)

# Every kind of public page, lists with each filter, and pages of many projects and partners.
PAGES = [
    "/{lang}/",
    "/{lang}/mission/",
    "/{lang}/axes/",
    *(f"/{{lang}}/axes/{axis['slug']}/" for axis in AXES),
    "/{lang}/projects/",
    "/{lang}/projects/?page=2",
    "/{lang}/projects/?status=ongoing",
    f"/{{lang}}/projects/?axis={AXES[1]['slug']}&status=completed",
    f"/{{lang}}/projects/?partner={PARTNERS[3]['slug']}",
    "/{lang}/projects/?region=oriental&theme=migration-irreguliere",
    "/{lang}/projects/?q={search}",
    *(f"/{{lang}}/projects/{project['slug']}/" for project in PROJECTS),
    # Variants made by load_demo_content --projects.
    *(
        f"/{{lang}}/projects/{PROJECTS[number % len(PROJECTS)]['slug']}-{number}/"
        for number in (20, 150, 299)
    ),
    "/{lang}/partners/",
    *(f"/{{lang}}/partners/{partner['slug']}/" for partner in PARTNERS),
    "/{lang}/publications/",
    "/{lang}/publications/?kind=annual-report&year=2024",
    "/{lang}/publications/?axis=appui-jeunesse&language=en",
    *(f"/{{lang}}/publications/{publication['slug']}/" for publication in PUBLICATIONS),
    "/{lang}/search/?q={search}",
    "/{lang}/open-data/",
]
LANGUAGES = ("fr", "ar", "en")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--postgres",
        default="postgres://postgres@127.0.0.1:5432/postgres",
        help="the PostgreSQL server (a URL of any database on it) where oim_bench_load is "
        "created, then dropped",
    )
    parser.add_argument("--port", type=int, default=8824, help="past the four of make bench")
    parser.add_argument("--clients", type=int, default=64, help="concurrent connections")
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--workers", type=int, default=3, help="gunicorn's WEB_CONCURRENCY")
    arguments = parser.parse_args()

    require_wrk()
    paths = [url(template, language) for template in PAGES for language in LANGUAGES]
    with contextlib.ExitStack() as stack:
        work = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="oim-loadtest-")))
        database = stack.enter_context(
            demo_database(arguments.postgres, "oim_bench_load", SMALL, PARTNERS_COUNT)
        )
        collect_static(work / "static")
        environment = production_environment(database, work / "static")
        log = work / "gunicorn.log"
        stack.enter_context(gunicorn(environment, arguments.port, log, arguments.workers))
        warm_up(arguments.port, paths, times=1)
        print(
            f"{len(paths)} pages in turn, {arguments.clients} clients, {arguments.seconds} s, "
            f"gunicorn with {arguments.workers} workers",
            flush=True,
        )
        result = wrk(
            arguments.port,
            paths,
            arguments.seconds,
            arguments.clients,
            threads=2,
            timeout=30,
        )
        logged_errors = log.read_text().count("Traceback")

    print(
        f"requests {result['requests']}, {result['rate']:.1f} req/s, "
        f"p50 {result['p50_ms']:.0f} ms, p99 {result['p99_ms']:.0f} ms"
    )
    print(
        f"2xx {result['ok']}, 3xx {result['redirect']}, 4xx {result['client_error']}, "
        f"5xx {result['server_error']}, socket errors {result['socket_errors']}, "
        f"timeouts {result['timeouts']}, tracebacks in the server's log {logged_errors}"
    )
    failed = result["failed"] or logged_errors
    print("FAIL" if failed else "pass: no error, every response 2xx")
    return 1 if failed else 0


if __name__ == "__main__":
    run(main, "load test")
