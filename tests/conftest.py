import io
import os
import shutil
import socket
import subprocess
import time
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from django.core.cache import caches
from django.core.management import call_command
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings
from lxml import etree

from tests.chromium import ARGS, CHROMIUM

# Property-based tests: few examples for `make test`; HYPOTHESIS_PROFILE=thorough for many.
# Requests take a variable time, hence no deadline; nothing is stored between runs.
hypothesis_settings.register_profile(
    "default",
    max_examples=20,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
hypothesis_settings.register_profile(
    "thorough", hypothesis_settings.get_profile("default"), max_examples=1000
)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


@pytest.fixture(autouse=True)
def empty_cache():
    # Login rate limits, image rendition states and pages live in caches: start each test clean.
    for cache in caches.all():
        cache.clear()


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    # The real hasher is slow by design, and the suite creates a user in most tests.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def publication_files(settings, tmp_path_factory):
    """Publications' files and covers in a folder of the test's own (settings.STORAGES)."""
    folder = tmp_path_factory.mktemp("publications")
    settings.STORAGES = settings.STORAGES | {
        "publications": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": folder, "base_url": None},
        }
    }
    return folder


@pytest.fixture
def initial_content(db):
    call_command("load_initial_content", verbosity=0, stdout=None)


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("admin", "admin@example.org", "pw")
    client.force_login(user)
    return client


@pytest.fixture
def demo_content(db):
    call_command("load_demo_content", verbosity=0, stdout=io.StringIO())


def staff_in(group_name, django_user_model, username):
    user = django_user_model.objects.create_user(username, password="pw", is_staff=True)
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def editor(django_user_model):
    return staff_in("Editor", django_user_model, "editor")


@pytest.fixture
def publisher(django_user_model):
    return staff_in("Publisher", django_user_model, "publisher")


@pytest.fixture
def uncached(settings):
    """No page cache, which would hide what rendering a page costs. Before the first request
    of the test's client, which builds the middleware."""
    settings.CACHE_PAGES = False


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def publisher_client(client, publisher):
    client.force_login(publisher)
    return client


@pytest.fixture(scope="module")
def browser():
    """Chromium for one test module (the module calls tests.chromium.skip_without_chromium)."""
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an event loop in this thread, and Django refuses ORM
    # calls from a thread with a running loop; the tests' own queries are synchronous.
    with pytest.MonkeyPatch.context() as patch, sync_playwright() as playwright:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield browser
        browser.close()


@pytest.fixture
def redis_url():
    if shutil.which("redis-server") is None:
        if os.environ.get("CI"):
            pytest.fail("redis-server missing: install Redis")
        pytest.skip("redis-server missing")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [
            "redis-server",
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
        ],
        stdout=subprocess.DEVNULL,
    )
    try:
        for _ in range(50):
            with socket.socket() as client:
                if client.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.1)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture(scope="session")
def iati_schema():
    """The official IATI 2.03 activity schema, from the folder IATI_SCHEMA_DIR names."""
    folder = os.environ.get("IATI_SCHEMA_DIR")
    if not folder:
        if os.environ.get("CI"):
            pytest.fail("IATI_SCHEMA_DIR is not set: CI must validate the IATI export.")
        pytest.skip(
            "IATI_SCHEMA_DIR is not set: point it at the IATI 2.03 schema folder "
            "(../shared/iati-2.03, as .ci/run does) to validate the IATI export."
        )
    path = Path(folder) / "iati-activities-schema.xsd"
    if not path.is_file():
        pytest.fail(f"IATI_SCHEMA_DIR has no iati-activities-schema.xsd: {path}")
    return etree.XMLSchema(etree.parse(path))
