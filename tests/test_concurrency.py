"""Two people editing the same thing: the later save is refused, and nothing typed is lost."""

import threading

import pytest
from django.test import Client

from axes.models import Axis
from oim_site.editorial.forms import ConcurrentEditForm
from tests.admin_forms import form_data
from tests.factories import make_axis, make_partner, make_project

pytestmark = [pytest.mark.postgresql, pytest.mark.django_db]


@pytest.fixture
def two_editors(editor, django_user_model):
    from tests.conftest import staff_in

    first, second = Client(), Client()
    first.force_login(editor)
    second_user = staff_in("Editor", django_user_model, "karim")
    second_user.first_name, second_user.last_name = "Karim", "Idrissi"
    second_user.save()
    second.force_login(second_user)
    return first, second


def test_the_later_of_two_saves_is_refused_and_keeps_what_was_typed(two_editors):
    first, second = two_editors
    axis = make_axis(title_fr="Protection")
    url = f"/admin/axes/axis/{axis.pk}/change/"
    first_form, second_form = form_data(first.get(url)), form_data(second.get(url))

    assert second.post(url, second_form | {"title_fr": "Version de Karim"}).status_code == 302
    response = first.post(url, first_form | {"title_fr": "Ma version", "summary_ar": "ملخص"})

    assert response.status_code == 200
    page = response.content.decode()
    assert "Karim Idrissi a enregistré « Version de Karim » à" in page
    assert "Vos modifications ne sont pas enregistrées" in page
    assert 'value="Ma version"' in page
    assert "ملخص" in page
    axis.refresh_from_db()
    assert axis.title_fr == "Version de Karim"


def test_saving_again_after_the_warning_replaces_the_other_version(two_editors):
    first, second = two_editors
    axis = make_axis()
    url = f"/admin/axes/axis/{axis.pk}/change/"
    first_form, second_form = form_data(first.get(url)), form_data(second.get(url))
    second.post(url, second_form | {"title_fr": "Version de Karim"})
    refused = first.post(url, first_form | {"title_fr": "Ma version"})

    assert first.post(url, form_data(refused)).status_code == 302
    axis.refresh_from_db()
    assert axis.title_fr == "Ma version"


def test_saves_one_after_the_other_are_not_refused(editor_client):
    axis = make_axis()
    url = f"/admin/axes/axis/{axis.pk}/change/"
    for title in ("Un", "Deux"):
        response = editor_client.post(url, form_data(editor_client.get(url)) | {"title_fr": title})
        assert response.status_code == 302
    assert Axis.objects.get(pk=axis.pk).title_fr == "Deux"


def test_a_change_to_the_partnerships_also_counts(two_editors):
    first, second = two_editors
    project = make_project(partners=[make_partner()])
    url = f"/admin/projects/project/{project.pk}/change/"
    first_form, second_form = form_data(first.get(url)), form_data(second.get(url))
    second.post(url, second_form | {"partnerships-0-role": "donor"})
    response = first.post(url, first_form | {"partnerships-0-role": "other"})
    assert response.status_code == 200
    assert project.partnerships.get().role == "donor"


def test_a_save_made_outside_the_admin_is_not_overwritten_either(editor_client):
    axis = make_axis()
    url = f"/admin/axes/axis/{axis.pk}/change/"
    form = form_data(editor_client.get(url))
    axis.title_en = "Changed by a script"
    axis.save()
    response = editor_client.post(url, form | {"title_fr": "Mine"})
    assert "Quelqu’un d’autre a enregistré « Axe" in response.content.decode()
    axis.refresh_from_db()
    assert axis.title_en == "Changed by a script"


@pytest.mark.django_db(transaction=True)
def test_two_saves_at_the_same_instant_cannot_both_pass(django_user_model, monkeypatch):
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("row locks need PostgreSQL; SQLite runs one write at a time anyway")
    from tests.conftest import staff_in

    clients = [Client(), Client()]
    clients[0].force_login(staff_in("Editor", django_user_model, "editor"))
    clients[1].force_login(staff_in("Editor", django_user_model, "karim"))
    axis = make_axis()
    url = f"/admin/axes/axis/{axis.pk}/change/"
    forms = [form_data(client.get(url)) for client in clients]

    # Both requests check the version only once both are inside their transaction.
    both_checking = threading.Barrier(2, timeout=10)
    check = ConcurrentEditForm.clean

    def clean_together(form):
        both_checking.wait()
        return check(form)

    monkeypatch.setattr(ConcurrentEditForm, "clean", clean_together)
    statuses = []

    def save(client, form, title):
        try:
            statuses.append(client.post(url, form | {"title_fr": title}).status_code)
        finally:
            connection.close()

    threads = [
        threading.Thread(target=save, args=(clients[n], forms[n], f"Version {n}")) for n in range(2)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert sorted(statuses) == [200, 302]


def test_someone_who_may_only_view_sees_the_form_without_the_version(client, django_user_model):
    from django.contrib.auth.models import Permission

    viewer = django_user_model.objects.create_user("viewer", password="pw", is_staff=True)
    viewer.user_permissions.add(Permission.objects.get(codename="view_axis"))
    client.force_login(viewer)
    response = client.get(f"/admin/axes/axis/{make_axis().pk}/change/")
    assert response.status_code == 200
    assert "opened_version" not in response.content.decode()
