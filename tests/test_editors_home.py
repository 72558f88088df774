"""The editors' home page: the person's drafts, what awaits review, the schedule, translations
to do and others' changes, at a cost that does not grow with the content."""

import datetime

import pytest
import reversion
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from oim_site.publishing.content import publishable_models
from projects.models import Project
from tests.factories import make_axis, make_project

pytestmark = [pytest.mark.postgresql, pytest.mark.django_db]


def saved_by(user, obj):
    with reversion.create_revision():
        reversion.set_user(user)
        obj.save()


def many_projects(count, axis, start):
    Project.objects.bulk_create(
        Project(
            title_fr=f"Projet {i}",
            title_ar=f"مشروع {i}" if i % 2 else "",
            slug=f"projet-en-masse-{start + i}",
            axis=axis,
            is_published=bool(i % 3),
            in_review=not i % 3,
            publish_at=timezone.now() + datetime.timedelta(days=i % 20 + 1) if not i % 3 else None,
            outdated_translations={"ar": {"title": "x"}} if i % 5 == 1 else {},
        )
        for i in range(count)
    )


def test_each_panel_shows_what_needs_the_persons_attention(editor, publisher):
    axis = make_axis()
    mine = make_project(title_fr="Mon brouillon", is_published=False, axis=axis)
    saved_by(editor, mine)
    theirs = make_project(title_fr="Brouillon d’un autre", is_published=False, axis=axis)
    saved_by(publisher, theirs)
    make_project(
        title_fr="À relire",
        is_published=False,
        in_review=True,
        review_requested_by=editor,
        publish_at=timezone.now() + datetime.timedelta(days=3),
        axis=axis,
    )
    make_project(
        title_fr="Plus tard",
        is_published=False,
        publish_at=timezone.now() + datetime.timedelta(days=30),
        axis=axis,
    )
    make_project(title_fr="Traduit", title_ar="مترجم", outdated_translations={"ar": {"title": "x"}})
    client = Client()
    client.force_login(editor)
    page = client.get("/admin/").content.decode()
    drafts = page[page.index('id="my-drafts"') : page.index('id="scheduled"')]
    assert "Mon brouillon" in drafts and "Brouillon d’un autre" not in drafts
    assert 'id="awaiting-review"' not in page  # editors do not review
    scheduled = page[page.index('id="scheduled"') : page.index('id="translations"')]
    assert "À relire" in scheduled and "Plus tard" not in scheduled
    counts = page[page.index('id="translations"') : page.index('id="changes-by-others"')]
    assert "?outdated=ar" in counts and "?translation=ar" in counts
    others = page[page.index('id="changes-by-others"') :]
    assert "Brouillon d’un autre" in others and "Mon brouillon" not in others
    client.force_login(publisher)
    page = client.get("/admin/").content.decode()
    review = page[page.index('id="awaiting-review"') : page.index('id="scheduled"')]
    assert "À relire" in review and "editor" in review


@pytest.mark.parametrize("language", ["fr", "ar", "en"])
def test_the_home_page_is_in_each_language(publisher_client, language):
    publisher_client.cookies["django_language"] = language
    page = publisher_client.get("/admin/").content.decode()
    headings = {"fr": "Mes brouillons", "ar": "مسوداتي", "en": "My drafts"}
    assert headings[language] in page
    assert ('dir="rtl"' in page) is (language == "ar")


def test_the_home_page_costs_the_same_with_30_and_3000_items(publisher, django_user_model):
    axis = make_axis()
    client = Client()
    client.force_login(publisher)
    client.get("/admin/")  # the first visit records the person's admin language
    counts = []
    for start, count in ((0, 30), (30, 2970)):
        many_projects(count, axis, start)
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/admin/").status_code == 200
        counts.append(len(queries))
    assert Project.objects.count() >= 3000
    # Session, user, the user's and groups' permissions; for each publishable model: drafts,
    # awaiting review, scheduled, translation counts; the others' changes; the app list's two
    # looks at the mission profile; the sidebar's log.
    assert counts[0] == counts[1] == 4 + 4 * len(publishable_models()) + 1 + 2 + 1, counts
