"""Review: an Editor submits, a Publisher publishes or sends back; each step in the history,
the people concerned told by email in their own admin language; forged steps refused."""

import json

import pytest
from django.core import mail
from django.test import Client
from reversion.models import Version

from oim_site.publishing.models import ReviewState, StaffLanguage
from oim_site.publishing.templatetags.history import history_comment
from tests.factories import make_project

pytestmark = pytest.mark.django_db


def review(client, obj, step, comment=""):
    url = f"/admin/projects/project/{obj.pk}/review/"
    return client.post(url, {"step": step, "comment": comment})


@pytest.fixture
def people(editor, publisher):
    editor.email, publisher.email = "editor@example.org", "publisher@example.org"
    editor.save()
    publisher.save()
    StaffLanguage.objects.remember(publisher, "ar")
    StaffLanguage.objects.remember(editor, "en")
    return editor, publisher


def test_an_editor_submits_and_the_publisher_is_told_in_arabic(client, people):
    editor, publisher = people
    project = make_project(is_published=False, title_fr="Projet à relire")
    client.force_login(editor)
    assert review(client, project, "submit", "Prêt pour relecture").status_code == 302
    project.refresh_from_db()
    assert project.review_state == ReviewState.IN_REVIEW
    assert project.review_requested_by == editor
    (email,) = mail.outbox
    assert email.to == ["publisher@example.org"]
    assert "Projet à relire" in email.subject
    assert "للمراجعة" in email.subject  # the publisher's language, not the editor's
    assert "Prêt pour relecture" in email.body
    assert f"/admin/projects/project/{project.pk}/change/" in email.body
    version = Version.objects.get_for_object(project).first()
    assert version.revision.user == editor
    assert json.loads(version.revision.comment) == [
        {"review": {"step": "submit", "comment": "Prêt pour relecture"}}
    ]
    assert history_comment(version.revision.comment) == "Soumis à relecture : Prêt pour relecture"


def test_the_publisher_sends_it_back_and_the_author_reads_why_in_english(client, people):
    editor, publisher = people
    project = make_project(is_published=False, in_review=True, review_requested_by=editor)
    client.force_login(publisher)
    assert review(client, project, "send_back", "Ajoutez les dates.").status_code == 302
    project.refresh_from_db()
    assert project.review_state == ReviewState.DRAFT
    (email,) = mail.outbox
    assert email.to == ["editor@example.org"]
    assert email.subject.startswith("Sent back")
    assert "Ajoutez les dates." in email.body


def test_the_publisher_publishes_and_the_author_is_told(client, people):
    editor, publisher = people
    project = make_project(is_published=False, in_review=True, review_requested_by=editor)
    client.force_login(publisher)
    review(client, project, "publish")
    project.refresh_from_db()
    assert project.review_state == ReviewState.PUBLISHED
    assert project.in_review is False
    assert project.first_published_at is not None
    (email,) = mail.outbox
    assert email.to == ["editor@example.org"]
    assert email.subject.startswith("Published")


@pytest.mark.parametrize("step", ["publish", "send_back"])
def test_a_forged_publisher_step_from_an_editor_is_refused(editor_client, editor, step):
    project = make_project(is_published=False, in_review=True, review_requested_by=editor)
    assert review(editor_client, project, step).status_code == 403
    project.refresh_from_db()
    assert (project.is_published, project.in_review) == (False, True)
    assert mail.outbox == []


def test_a_step_the_state_does_not_allow_changes_nothing(editor_client):
    project = make_project(is_published=True)
    response = review(editor_client, project, "submit")
    assert response.status_code == 302
    project.refresh_from_db()
    assert project.in_review is False
    assert not Version.objects.get_for_object(project).exists()


def test_an_unknown_step_and_a_get_are_refused(editor_client):
    project = make_project(is_published=False)
    assert review(editor_client, project, "approve").status_code == 403
    assert editor_client.get(f"/admin/projects/project/{project.pk}/review/").status_code == 403


def test_the_state_shows_in_the_list_with_a_filter_and_the_form_offers_the_steps(
    editor_client, publisher
):
    publisher_client = Client()
    publisher_client.force_login(publisher)
    make_project(is_published=False, title_fr="Brouillon A")
    make_project(is_published=False, in_review=True, title_fr="En relecture B")
    page = editor_client.get("/admin/projects/project/?state=in_review").content.decode()
    assert "En relecture B" in page and "Brouillon A" not in page
    assert "en relecture" in page
    draft = make_project(is_published=False)
    form = editor_client.get(f"/admin/projects/project/{draft.pk}/change/").content.decode()
    assert 'value="submit"' in form and 'value="publish"' not in form
    form = publisher_client.get(f"/admin/projects/project/{draft.pk}/change/").content.decode()
    assert 'value="publish"' in form


def test_the_admin_remembers_the_language_each_person_uses(editor_client, editor):
    editor_client.cookies["django_language"] = "ar"
    editor_client.get("/admin/")
    assert StaffLanguage.objects.get(user=editor).language == "ar"


def test_a_mail_server_that_does_not_answer_leaves_the_step_taken(client, people, settings):
    import socket

    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings.MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {"host": "127.0.0.1", "port": port, "timeout": 2},
        }
    }
    editor, _publisher = people
    project = make_project(is_published=False)
    client.force_login(editor)
    response = review(client, project, "submit")
    assert response.status_code == 302
    project.refresh_from_db()
    assert project.in_review is True
    page = client.get(response["Location"]).content.decode()
    assert "Le courriel n’a pas pu être envoyé" in page
