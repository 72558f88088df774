"""Every model of content gets what content gets, found by walking the installed apps.

A model is content when it inherits TimeStamped; nothing else has to list it. These tests read
what the site does (the database's triggers, the groups' permissions, the sitemap's sections,
the search page's kinds), so that a model the discovery misses fails here.
"""

from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import Group
from django.template.loader import get_template
from django.urls import resolve

from oim_site.page_cache.content_version import tables_with_triggers
from oim_site.publishing.content import search_template, searchable_models
from oim_site.publishing.models import Publishable, TimeStamped
from oim_site.publishing.sitemaps import PublishedSitemap

pytestmark = [pytest.mark.postgresql, pytest.mark.django_db]

# The project's own models that are not content, each with the reason.
NOT_CONTENT = {
    "page_cache.ContentVersion",  # the page cache's own state, changed by the triggers
    "login_throttle.LoginFailures",  # the admin login throttle's counts, seen by no page
    "publishing.StaffLanguage",  # the language of each person's emails, seen by no page
}


def own_models():
    """The models of the project's apps (not of Django or of libraries)."""
    return [
        model
        for app_config in apps.get_app_configs()
        if "site-packages" not in Path(app_config.path).parts
        for model in app_config.get_models()
    ]


def content():
    return [model for model in own_models() if issubclass(model, TimeStamped)]


def publishable():
    return [model for model in content() if issubclass(model, Publishable)]


def test_every_model_of_the_project_is_content_or_says_why_not():
    assert {model._meta.label for model in own_models() if model not in content()} == NOT_CONTENT


def test_every_table_of_content_has_the_page_cache_triggers():
    with_triggers = tables_with_triggers()
    for model in content():
        tables = [model._meta.db_table]
        tables += [
            field.remote_field.through._meta.db_table for field in model._meta.local_many_to_many
        ]
        assert set(tables) <= with_triggers, model


def test_the_roles_hold_the_permissions_of_every_model_of_content():
    def held(group):
        return set(
            Group.objects.get(name=group).permissions.values_list(
                "content_type__app_label", "codename"
            )
        )

    editor, publisher = held("Editor"), held("Publisher")
    for model in content():
        label, name = model._meta.app_label, model._meta.model_name
        assert (label, f"view_{name}") in editor & publisher
        for action in ("add", "change"):
            held_by = editor & publisher if model.editors_may_change else publisher - editor
            assert (label, f"{action}_{name}") in held_by
        assert (label, f"delete_{name}") in publisher - editor
    for model in publishable():
        label, name = model._meta.app_label, model._meta.model_name
        assert (label, f"publish_{name}") in publisher - editor


def test_every_model_with_pages_of_its_own_is_in_the_sitemap():
    sections = resolve("/sitemap.xml").kwargs["sitemaps"]
    in_sitemap = {
        section.model for section in sections.values() if isinstance(section, PublishedSitemap)
    }
    assert in_sitemap == {model for model in publishable() if model.has_own_page}


def test_every_model_with_search_columns_is_searched_with_a_template_of_its_own():
    with_columns = {
        model
        for model in publishable()
        if {f"search_{code}" for code, _name in settings.LANGUAGES}
        <= {field.name for field in model._meta.get_fields()}
    }
    assert with_columns
    assert set(searchable_models()) == with_columns
    for model in with_columns:
        get_template(search_template(model))
