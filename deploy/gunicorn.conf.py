"""gunicorn settings for the image (and for scripts/bench.py and scripts/loadtest.py).

GUNICORN_BIND and WEB_CONCURRENCY (workers) come from the environment; any other
gunicorn option can be given in GUNICORN_CMD_ARGS.
"""

import os

wsgi_app = "oim_site.wsgi:application"
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000").split(",")
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
# One line per request on stdout, errors on stderr: the container's log collects both.
accesslog = "-"
errorlog = "-"
# gunicorn's control socket is shared by every gunicorn of a user (~/.gunicorn/gunicorn.ctl):
# stopping one server would remove it for all. Nothing here uses it.
control_socket_disable = True
# Workers' heartbeat files in memory, not on the container's overlay file system.
worker_tmp_dir = "/dev/shm"
