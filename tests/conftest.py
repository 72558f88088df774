import io

import pytest
from django.core.management import call_command


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
