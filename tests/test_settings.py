"""Settings come from the environment; production refuses to start half-configured."""

import os
import subprocess
import sys

import pytest

PRODUCTION = {
    "DJANGO_DEBUG": "false",
    "DJANGO_SECRET_KEY": "x" * 50,
    "DJANGO_ALLOWED_HOSTS": "oim.example.org",
    "DATABASE_URL": "postgres://oim:secret@db:5432/oim",
}
SHOW_DATABASE = (
    "import django; django.setup(); from django.conf import settings; "
    "print(settings.DATABASES['default']['ENGINE'], settings.DEBUG)"
)


def start(environment):
    env = {"PATH": os.environ["PATH"], "DJANGO_SETTINGS_MODULE": "oim_site.settings"}
    return subprocess.run(
        [sys.executable, "-c", SHOW_DATABASE],
        env=env | environment,
        capture_output=True,
        text=True,
    )


def test_with_no_variable_it_runs_for_development_on_sqlite():
    result = start({})
    assert result.stdout.split() == ["django.db.backends.sqlite3", "True"]


def test_database_url_switches_to_postgresql():
    result = start(PRODUCTION)
    assert result.stdout.split() == ["django.db.backends.postgresql", "False"]


@pytest.mark.parametrize("name", ["DJANGO_SECRET_KEY", "DJANGO_ALLOWED_HOSTS", "DATABASE_URL"])
def test_production_names_a_missing_variable(name):
    result = start({key: value for key, value in PRODUCTION.items() if key != name})
    assert result.returncode != 0
    assert f"Set the {name} environment variable" in result.stderr


@pytest.mark.parametrize(
    ("name", "value"),
    [("DATABASE_URL", "nonsense://"), ("DJANGO_DEBUG", "maybe"), ("DATABASE_CONN_MAX_AGE", "x")],
)
def test_a_malformed_variable_is_named(name, value):
    result = start(PRODUCTION | {name: value})
    assert result.returncode != 0
    assert f"The {name} environment variable is malformed" in result.stderr
