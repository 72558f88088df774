#!/bin/sh
# The release step, run once before the web service starts (compose.yaml's "release"):
# schema migrations and the initial content, never raced by several gunicorn workers.
# Both are idempotent: running it again on an up-to-date database changes nothing.
set -eu
python manage.py migrate --no-input
python manage.py load_initial_content
