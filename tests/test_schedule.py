"""Scheduled publishing and expiry: Publishers set the moments, in Morocco's time; the change
happens at the moment, never before, whether the scheduler or a visitor comes first; no stored
page shows the state from before it."""

import datetime
import io
import re
import zoneinfo

import pytest
import time_machine
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from reversion.models import Version

from oim_site.page_cache import content_version
from oim_site.publishing.schedule import apply_due
from oim_site.publishing.templatetags.history import history_comment
from projects.models import Project
from tests.admin_forms import form_data
from tests.factories import make_axis, make_project

pytestmark = [pytest.mark.postgresql, pytest.mark.django_db]

CASABLANCA = zoneinfo.ZoneInfo("Africa/Casablanca")
# A moment to come, in Morocco's time (within the sessions' lifetime).
MOMENT = (datetime.datetime.now(CASABLANCA) + datetime.timedelta(days=3)).replace(
    hour=9, minute=30, second=0, microsecond=0
)
JUST_BEFORE = MOMENT - datetime.timedelta(microseconds=1)


def change_url(obj):
    return f"/admin/projects/project/{obj.pk}/change/"


def schedule_form(client, obj, **moments):
    data = form_data(client.get(change_url(obj)))
    for name, moment in moments.items():
        local = timezone.localtime(moment)
        data[f"{name}_0"] = local.strftime("%d/%m/%Y")
        data[f"{name}_1"] = local.strftime("%H:%M:%S")
    return client.post(change_url(obj), data)


@pytest.fixture
def draft(initial_content):
    return make_project(slug="embargo", title_fr="Communiqué sous embargo", is_published=False)


def test_a_publisher_sets_the_moment_in_morocco_time_stored_in_utc(publisher_client, draft):
    with time_machine.travel(MOMENT - datetime.timedelta(days=1), tick=False):
        response = schedule_form(publisher_client, draft, publish_at=MOMENT)
        assert response.status_code == 302
        draft.refresh_from_db()
        assert draft.publish_at == MOMENT
        offset = MOMENT.utcoffset()
        assert draft.publish_at.astimezone(datetime.UTC).hour == (9 - offset.seconds // 3600)
        page = publisher_client.get("/admin/projects/project/").content.decode()
        # Shown in Morocco's time, in the list's state column.
        (cell,) = re.findall(r'<td class="field-state">(.*?)</td>', page)
        assert f"{MOMENT.day} " in cell and "09:30" in cell


def test_a_moment_in_the_past_is_refused_with_a_clear_message(publisher_client, draft):
    with time_machine.travel(MOMENT, tick=False):
        past = MOMENT - datetime.timedelta(minutes=5)
        response = schedule_form(publisher_client, draft, publish_at=past)
        assert response.status_code == 200, response
        assert "Ce moment est passé" in response.content.decode()
        draft.refresh_from_db()
        assert draft.publish_at is None


def test_an_editor_cannot_set_a_schedule_even_by_a_forged_post(editor_client, draft):
    with time_machine.travel(MOMENT - datetime.timedelta(days=1), tick=False):
        page = editor_client.get(change_url(draft)).content.decode()
        assert 'name="publish_at_0"' not in page
        response = schedule_form(editor_client, draft, publish_at=MOMENT, unpublish_at=MOMENT)
        assert response.status_code == 302
        draft.refresh_from_db()
        assert (draft.publish_at, draft.unpublish_at) == (None, None)


def test_never_early_and_applied_at_the_moment_by_the_scheduler(draft):
    draft.publish_at = MOMENT
    draft.save()
    with time_machine.travel(JUST_BEFORE, tick=False):
        assert apply_due() == []
        assert not Project.objects.published().filter(pk=draft.pk).exists()
    with time_machine.travel(MOMENT, tick=False):
        call_command("publish_scheduled", "--once", stdout=io.StringIO())
    draft.refresh_from_db()
    assert draft.is_published and draft.publish_at is None
    assert draft.first_published_at == MOMENT
    version = Version.objects.get_for_object(draft).first()
    assert history_comment(version.revision.comment) == "Publié comme programmé."


def test_expiry_boundary_and_both_moments_passed_leave_it_withdrawn(initial_content):
    live = make_project(slug="en-ligne", unpublish_at=MOMENT)
    late = make_project(slug="jamais", is_published=False, publish_at=MOMENT, unpublish_at=MOMENT)
    with time_machine.travel(JUST_BEFORE, tick=False):
        assert apply_due() == []
    with time_machine.travel(MOMENT + datetime.timedelta(hours=1), tick=False):
        assert {obj.pk for obj in apply_due()} == {live.pk, late.pk}
    live.refresh_from_db()
    late.refresh_from_db()
    assert live.is_published is False and live.unpublish_at is None
    assert late.is_published is False and late.first_published_at is None


def test_the_triggers_keep_the_next_moment_beside_the_content_version(initial_content):
    make_axis()
    assert content_version.current_and_next_change()[1] is None
    project = make_project(publish_at=MOMENT, is_published=False)
    make_project(unpublish_at=MOMENT + datetime.timedelta(days=2))
    assert content_version.current_and_next_change()[1] == MOMENT
    Project.objects.filter(pk=project.pk).update(publish_at=None)  # even by SQL
    assert content_version.current_and_next_change()[1] == MOMENT + datetime.timedelta(days=2)


def test_a_page_stored_before_the_moment_is_never_served_after_it(initial_content):
    """No scheduler runs here: the first request after the moment applies the change."""
    make_project(slug="expire", title_fr="Appel à projets", unpublish_at=MOMENT)
    make_project(slug="embargo", title_fr="Communiqué", is_published=False, publish_at=MOMENT)
    visitor = Client()
    with time_machine.travel(JUST_BEFORE, tick=False):
        assert visitor.get("/fr/projects/expire/").status_code == 200
        assert visitor.get("/fr/projects/expire/").has_header("ETag")  # stored, and served
        listing = visitor.get("/fr/projects/").content.decode()
        assert "Appel à projets" in listing and "Communiqué" not in listing
        assert visitor.get("/fr/projects/embargo/").status_code == 404
    with time_machine.travel(MOMENT, tick=False):
        assert visitor.get("/fr/projects/expire/").status_code == 404
        listing = visitor.get("/fr/projects/").content.decode()
        assert "Appel à projets" not in listing and "Communiqué" in listing
        assert visitor.get("/fr/projects/embargo/").status_code == 200
    # Applied by an ordinary save: in the history, with nobody's name.
    expired = Project.objects.get(slug="expire")
    version = Version.objects.get_for_object(expired).first()
    assert version.revision.user is None
    assert history_comment(version.revision.comment) == "Dépublié comme programmé."
