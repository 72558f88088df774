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
