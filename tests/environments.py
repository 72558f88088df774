"""Django started in a child process with a given environment, as a server starts it.

Settings are read once, at start: a setting that depends on the environment is tested by
starting Django again with that environment.
"""

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PRODUCTION = {
    "DJANGO_DEBUG": "false",
    "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
    "DJANGO_ALLOWED_HOSTS": "oim.example.org",
    "DATABASE_URL": "postgres://oim:secret@127.0.0.1:5432/oim",
    "DJANGO_SECURE_PROXY_SSL_HEADER": "HTTP_X_FORWARDED_PROTO,https",
}

GET = """
import json, sys, time
from django.test import Client
started = time.monotonic()
response = Client(raise_request_exception=False).get(
    sys.argv[1], headers={"host": "oim.example.org", **json.loads(sys.argv[2])}
)
body = b"".join(response.streaming_content) if response.streaming else response.content
print(json.dumps({
    "status": response.status_code,
    "headers": dict(response.headers),
    "body": body.decode(errors="replace"),
    "seconds": time.monotonic() - started,
}))
"""


def run_django(code, environment, *args):
    """Run `code` after django.setup() in a new interpreter; return the finished process."""
    base = {"PATH": os.environ["PATH"], "DJANGO_SETTINGS_MODULE": "oim_site.settings"}
    return subprocess.run(
        [sys.executable, "-c", f"import django; django.setup()\n{code}", *args],
        env=base | environment,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )


def get(path, environment, headers=None):
    """GET `path` through the whole middleware stack; return status, headers, body and seconds."""
    result = run_django(GET, environment, path, json.dumps(headers or {}))
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)
