"""Cache, object storage and HTTPS settings, each from its environment variable."""

import json
import re

import pytest

from tests.environments import PRODUCTION, ROOT, run_django

SHOW = """
import json
from django.conf import settings
from django.core.files.storage import storages
print(json.dumps({
    "cache": settings.CACHES["default"],
    "media": type(storages["default"]).__name__,
    "static": type(storages["staticfiles"]).__name__,
    "img-src": settings.SECURE_CSP["img-src"],
    "serve_media": settings.SERVE_MEDIA,
}))
"""

S3 = {
    "DJANGO_MEDIA_S3_BUCKET": "oim-media",
    "DJANGO_MEDIA_S3_CUSTOM_DOMAIN": "media.example.org",
    "DJANGO_MEDIA_S3_ENDPOINT_URL": "https://s3.example.net",
    "DJANGO_MEDIA_S3_REGION": "eu-west-3",
    "DJANGO_PUBLICATIONS_S3_BUCKET": "oim-publications",
}


def show(environment):
    result = run_django(SHOW, environment)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_development_keeps_cache_and_files_local():
    shown = show({})
    assert shown["cache"]["BACKEND"] == "django.core.cache.backends.locmem.LocMemCache"
    assert shown["media"] == "FileSystemStorage"
    assert shown["static"] == "StaticFilesStorage"
    assert shown["serve_media"] is True


def test_production_serves_hashed_compressed_static_files():
    assert show(PRODUCTION)["static"] == "CompressedManifestStaticFilesStorage"


def test_cache_url_selects_redis():
    shown = show({"CACHE_URL": "redis://redis:6379/1"})
    assert shown["cache"] == {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": "redis://redis:6379/1",
    }


def test_media_go_to_object_storage_when_a_bucket_is_set():
    shown = show(PRODUCTION | S3)
    assert shown["media"] == "S3Storage"
    assert shown["img-src"] == ["'self'", "https://media.example.org"]
    assert shown["serve_media"] is False
    url = run_django(
        "from django.core.files.storage import default_storage as s; print(s.url('p/a b.png'))",
        PRODUCTION | S3,
    )
    assert url.stdout.strip() == "https://media.example.org/p/a%20b.png"
    # Publications in a bucket of their own, which the site reads and nobody else.
    publications = run_django(
        "from django.core.files.storage import storages; s = storages['publications'];"
        " print(type(s).__name__, s.bucket_name, s.default_acl, s.querystring_auth)",
        PRODUCTION | S3,
    )
    assert publications.stdout.split() == ["S3Storage", "oim-publications", "private", "True"]


@pytest.mark.parametrize(
    ("environment", "message"),
    [
        (
            {"CACHE_URL": "memcache://cache:11211"},
            "The CACHE_URL environment variable is malformed",
        ),
        (
            {"DJANGO_SECURE_PROXY_SSL_HEADER": "X-Forwarded-Proto"},
            "The DJANGO_SECURE_PROXY_SSL_HEADER environment variable is malformed",
        ),
        (
            {"DJANGO_SECURE_SSL_REDIRECT": "sometimes"},
            "The DJANGO_SECURE_SSL_REDIRECT environment variable is malformed",
        ),
        (
            {
                "DJANGO_MEDIA_S3_BUCKET": "oim-media",
                "DJANGO_MEDIA_S3_CUSTOM_DOMAIN": "m.example.org",
            },
            "Set the DJANGO_PUBLICATIONS_S3_BUCKET environment variable",
        ),
        (
            {"DJANGO_MEDIA_S3_BUCKET": "oim-media"},
            "Set the DJANGO_MEDIA_S3_CUSTOM_DOMAIN environment variable",
        ),
        (
            {"DJANGO_SECRET_KEY": "dev-only-insecure-key"},
            "The DJANGO_SECRET_KEY environment variable is the development key",
        ),
    ],
)
def test_a_wrong_deployment_variable_is_named(environment, message):
    result = run_django("", PRODUCTION | environment)
    assert result.returncode != 0
    assert message in result.stderr


def test_two_processes_share_the_redis_cache(redis_url):
    environment = {"CACHE_URL": redis_url}
    write = "from django.core.cache import cache; cache.set('greeting', 'سلام', 60)"
    assert run_django(write, environment).returncode == 0
    read = run_django(
        "from django.core.cache import cache; print(cache.get('greeting'))", environment
    )
    assert read.stdout.strip() == "سلام"


def test_env_example_documents_every_variable_the_site_reads():
    read = set()
    for source in ("oim_site/settings.py", "deploy/gunicorn.conf.py"):
        text = (ROOT / source).read_text()
        read |= set(re.findall(r'(?:_read|environ\.get|ENVIRON)\(\s*"([A-Z][A-Z0-9_]+)"', text))
        read |= set(re.findall(r'env\.\w+\(\s*"([A-Z][A-Z0-9_]+)"', text))
    documented = set(
        re.findall(r"^#? ?([A-Z][A-Z0-9_]+)=", (ROOT / ".env.example").read_text(), re.M)
    )
    assert {"DJANGO_SECRET_KEY", "CACHE_URL", "GUNICORN_BIND"} <= read
    assert read - documented == set()
