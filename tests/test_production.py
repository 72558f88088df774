"""Production settings: Django's deployment checks pass, and every response is protected."""

import pytest

from tests.environments import PRODUCTION, get, run_django

pytestmark = pytest.mark.django_db

HTTPS = {"X-Forwarded-Proto": "https"}


def deploy_check(environment):
    # Without the checks against a database, which ask PostgreSQL's version (for the
    # generated search columns) and so need a server; these settings name none that runs.
    return run_django(
        "from django.core.management import call_command\n"
        "call_command('check', deploy=True, fail_level='WARNING', databases=[])",
        environment,
    )


def policy(header):
    directives = (part.split() for part in header.split(";") if part.strip())
    return {name: values for name, *values in directives}


def test_the_deployment_checks_find_nothing_in_production():
    result = deploy_check(PRODUCTION)
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout


def test_the_deployment_checks_run_with_the_environment_given():
    result = deploy_check(PRODUCTION | {"DJANGO_SECURE_SSL_REDIRECT": "false"})
    assert result.returncode != 0
    assert "security.W008" in result.stderr


def test_every_page_carries_the_security_headers(client, initial_content):
    response = client.get("/fr/")
    csp = policy(response["Content-Security-Policy"])
    assert csp["default-src"] == ["'self'"]
    assert "'unsafe-inline'" not in csp["script-src"]
    assert "'unsafe-eval'" not in csp["script-src"]
    assert csp["object-src"] == ["'none'"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"


def test_plain_http_is_redirected_to_https():
    response = get("/fr/", PRODUCTION)
    assert response["status"] == 301
    assert response["headers"]["Location"] == "https://oim.example.org/fr/"


def test_https_as_reported_by_the_proxy_gets_hsts(tmp_path):
    database = {"DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}"}
    response = get("/healthz", PRODUCTION | database, HTTPS)
    assert response["status"] == 200
    hsts = response["headers"]["Strict-Transport-Security"]
    assert hsts == "max-age=31536000; includeSubDomains; preload"


def test_the_proxy_header_is_trusted_only_when_configured():
    without_proxy = {k: v for k, v in PRODUCTION.items() if k != "DJANGO_SECURE_PROXY_SSL_HEADER"}
    assert get("/fr/", without_proxy, HTTPS)["status"] == 301
    other_proxy = PRODUCTION | {"DJANGO_SECURE_PROXY_SSL_HEADER": "HTTP_X_FORWARDED_SSL,on"}
    assert get("/fr/", other_proxy, HTTPS)["status"] == 301
    assert get("/robots.txt", other_proxy, {"X-Forwarded-Ssl": "on"})["status"] != 301


def test_uploads_on_the_local_disk_are_served_in_production(tmp_path):
    (tmp_path / "media" / "partners").mkdir(parents=True)
    (tmp_path / "media" / "partners" / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    environment = PRODUCTION | {"DJANGO_MEDIA_ROOT": str(tmp_path / "media")}
    response = get("/media/partners/logo.png", environment, HTTPS)
    assert response["status"] == 200
    assert response["headers"]["Content-Type"] == "image/png"
    assert response["headers"]["X-Content-Type-Options"] == "nosniff"
    (tmp_path / "secret.txt").write_text("outside MEDIA_ROOT")
    for escape in ("/media/../secret.txt", "/media/%2e%2e/secret.txt"):
        response = get(escape, environment, HTTPS)
        assert response["status"] in (400, 404)
        assert "outside MEDIA_ROOT" not in response["body"]
