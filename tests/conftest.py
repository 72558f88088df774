import io

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.management import call_command


@pytest.fixture(autouse=True)
def empty_cache():
    # Login rate limits and image rendition states live in the cache: start each test clean.
    cache.clear()


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
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def publisher_client(client, publisher):
    client.force_login(publisher)
    return client
