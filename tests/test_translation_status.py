"""Lists show which languages each item is complete in, and filter by a missing language."""

import pytest
from django.contrib import admin

from oim_site.editorial.translation_status import MissingTranslationFilter, missing_languages
from projects.models import Project
from tests.factories import make_axis, make_project

pytestmark = pytest.mark.django_db

COMPLETE = {
    "title_fr": "Titre",
    "title_ar": "عنوان",
    "title_en": "Title",
    "summary_fr": "Résumé",
    "summary_ar": "ملخص",
    "summary_en": "Summary",
}


def test_a_language_is_missing_when_another_has_a_text_it_lacks():
    axis = make_axis(**COMPLETE, body_fr="Corps")
    assert missing_languages(axis) == {"ar", "en"}
    axis.body_ar = axis.body_en = "…"
    assert missing_languages(axis) == set()


def test_an_empty_field_in_every_language_is_not_missing():
    assert missing_languages(make_axis(**COMPLETE)) == set()


def test_the_list_shows_the_status_of_each_language(editor_client):
    make_project(**COMPLETE | {"title_ar": ""})
    page = editor_client.get("/admin/projects/project/").content.decode()
    badge = '<span class="translation-{}" title="{}" dir="ltr">{}&nbsp;{}</span>'
    assert badge.format("complete", "Français : complet", "FR", "✓") in page
    assert badge.format("missing", "Arabe : manquant", "AR", "✗") in page
    assert badge.format("complete", "Anglais : complet", "EN", "✓") in page


@pytest.mark.parametrize("code", ["fr", "ar", "en"])
def test_the_filter_lists_what_misses_a_language(editor_client, code):
    complete = make_project(**COMPLETE)
    incomplete = make_project(**COMPLETE | {f"summary_{code}": ""})
    response = editor_client.get("/admin/projects/project/", {"translation": code})
    assert list(response.context["cl"].result_list) == [incomplete]
    response = editor_client.get("/admin/projects/project/", {"translation": "complete"})
    assert list(response.context["cl"].result_list) == [complete]


def test_the_filter_offers_missing_arabic(editor_client):
    page = editor_client.get("/admin/projects/project/").content.decode()
    assert "?translation=ar" in page
    assert "Arabe manquant" in page


def test_an_unknown_filter_value_is_ignored(editor_client):
    make_project()
    response = editor_client.get("/admin/projects/project/", {"translation": "xx"})
    assert response.status_code == 200
    assert len(response.context["cl"].result_list) == 1


def test_every_translated_content_list_has_the_status_and_the_filter():
    from modeltranslation.translator import translator

    for model in translator.get_registered_models():
        model_admin = admin.site._registry[model]
        assert "translation_status" in model_admin.list_display, model
        assert MissingTranslationFilter in model_admin.list_filter, model


@pytest.mark.parametrize("rows", [3, 30])
def test_the_project_list_costs_the_same_queries_for_3_or_30_rows(
    editor_client, django_assert_num_queries, rows
):
    axis = make_axis()
    Project.objects.bulk_create(
        Project(axis=axis, slug=f"p-{n}", title_fr=f"P {n}", summary_fr="…") for n in range(rows)
    )
    editor_client.get("/admin/projects/project/")  # warm the content type cache
    # 1 session, 2 user, 3 savepoint of the list's revision block, 4-5 the user's own and
    # group permissions, 6-7-8 the axis, theme and region filter choices, 9-10 counts of the
    # filtered and of all projects, 11 whether the mission profile exists (the sidebar's
    # "add" link), 12 the page of projects with their axis, 13 release of the savepoint,
    # 14-15 the start date hierarchy.
    with django_assert_num_queries(15):
        response = editor_client.get("/admin/projects/project/")
    assert len(response.context["cl"].result_list) == rows
