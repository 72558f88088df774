"""gunicorn settings for the image (and for scripts/bench.py and scripts/loadtest.py).

GUNICORN_BIND, WEB_CONCURRENCY (workers) and GUNICORN_THREADS come from the environment; any
other gunicorn option can be given in GUNICORN_CMD_ARGS.
"""

import os

wsgi_app = "oim_site.wsgi:application"
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000").split(",")
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
# Threads rather than sync workers: a sync worker is held by one client until its request is
# complete, so with two of them a few clients sending half a request stalled the whole site
# (/healthz included) until the timeout killed the worker. A thread worker serves other
# requests meanwhile, up to its threads; more slow clients than workers x threads still need
# a proxy that buffers requests in front (README.md, "Deployment"). Each thread keeps its own
# database connection (DATABASE_CONN_MAX_AGE): up to workers x threads per instance.
#
# Under a mixed load (scripts/loadtest.py --scenarios mixed: popular pages the page cache
# answers in a millisecond or two, and a crawler's long-tail addresses that take tens of
# milliseconds to make) the kind of worker decides what the popular pages wait for. A sync
# worker serves one request at a time: once the crawler's requests hold every worker, a
# popular page queues behind whole renders. A thread worker takes it at once, but its threads
# share one interpreter lock: the stored page waits for its turn among the threads that are
# rendering in the same process, so its latency grows with how many of them there are. Hence
# threads, and one render at a time in each process (DJANGO_PAGE_RENDERS_AT_ONCE=1, in the page
# cache): the other threads serve stored pages meanwhile. On 2 cores, 3 workers x 8 threads,
# the popular pages' p99 was 159 to 201 ms with 1 render at a time, 278 ms with 2, 417 ms
# without a limit. More processes with fewer threads each (WEB_CONCURRENCY=5
# GUNICORN_THREADS=4) spread the renders over more locks too, at the cost of memory; each
# process keeps its own page cache unless CACHE_URL points at Redis.
# `make loadtest ARGS="--workers 5 --threads 4"` compares them.
worker_class = "gthread"
threads = int(os.environ.get("GUNICORN_THREADS", "8"))
# With threads, the worker's heartbeat goes on while a request runs: the timeout restarts a
# worker that stopped answering altogether, no longer one whose request is slow.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
# One line per request on stdout, errors on stderr: the container's log collects both.
accesslog = "-"
errorlog = "-"
# gunicorn's control socket is shared by every gunicorn of a user (~/.gunicorn/gunicorn.ctl):
# stopping one server would remove it for all. Nothing here uses it.
control_socket_disable = True
# Workers' heartbeat files in memory, not on the container's overlay file system.
worker_tmp_dir = "/dev/shm"
