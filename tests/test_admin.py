import subprocess
import sys

import pytest
from django.contrib import admin
from django.core.management import call_command

from axes.models import Axis, Theme
from news.models import Article
from oim_site.mission.models import KeyFigure, Milestone, MissionProfile
from oim_site.publishing.models import Redirect
from pages.models import MenuItem, Page
from partners.models import Partner
from projects.models import Partnership, Project, Region
from publications.models import Publication, PublicationFile
from tests.factories import make_partner, make_project, make_region, make_theme

pytestmark = pytest.mark.django_db

TRANSLATED = {
    MissionProfile: "lead",
    KeyFigure: "label",
    Milestone: "text",
    Axis: "title",
    Theme: "title",
    Partner: "name",
    Project: "title",
    Region: "name",
    Article: "title",
    Page: "title",
    MenuItem: "label",
    Publication: "title",
}


@pytest.fixture
def demo_content(db):
    call_command("load_demo_content", verbosity=0)


def admin_url(model, view, *args):
    opts = model._meta
    suffix = "/".join(map(str, args))
    return f"/admin/{opts.app_label}/{opts.model_name}/{suffix + '/' if args else ''}{view}"


CONTENT_MODELS = [*TRANSLATED, Partnership, Redirect, PublicationFile]


def test_every_content_model_is_registered():
    registered = {model for model in admin.site._registry if model._meta.app_label != "auth"}
    assert registered == set(CONTENT_MODELS)


@pytest.mark.parametrize("model", CONTENT_MODELS, ids=lambda m: m.__name__)
def test_list_search_and_change_form_answer(admin_client, demo_content, model):
    assert admin_client.get(admin_url(model, "")).status_code == 200
    assert admin_client.get(admin_url(model, "") + "?q=migration").status_code == 200
    # Demonstration content has no redirect: an address changes later.
    obj = model.objects.first() or Redirect.objects.create(old_path="/fr/a/", new_path="/fr/")
    assert admin_client.get(admin_url(model, "change/", obj.pk)).status_code == 200


@pytest.mark.parametrize("model", list(TRANSLATED), ids=lambda m: m.__name__)
def test_change_form_shows_the_three_languages(admin_client, demo_content, model):
    obj = model.objects.first()
    page = admin_client.get(admin_url(model, "change/", obj.pk)).content.decode()
    field = TRANSLATED[model]
    for code in ("fr", "ar", "en"):
        assert f'name="{field}_{code}"' in page
    assert "vendor/jquery-ui/jquery-ui.min.js" in page
    assert "googleapis" not in page


def test_search_finds_arabic_titles(admin_client, demo_content):
    axis = Axis.objects.get(slug="appui-jeunesse")
    response = admin_client.get(admin_url(Axis, "") + "?q=" + axis.title_ar.split()[0])
    assert axis.title_fr in response.content.decode()


def test_project_form_has_partnership_inline_and_autocomplete(admin_client, demo_content):
    page = admin_client.get(admin_url(Project, "add/")).content.decode()
    assert 'name="partnerships-TOTAL_FORMS"' in page
    assert "admin-autocomplete" in page
    assert '"title_fr"' in page  # the slug is prepopulated from the French title


def test_admin_path_comes_from_configuration():
    code = (
        "import django; django.setup(); "
        "from django.urls import reverse; print(reverse('admin:index'))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        env={"DJANGO_SETTINGS_MODULE": "oim_site.settings", "DJANGO_ADMIN_PATH": "gestion"},
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == "/gestion/"


def test_deleting_a_project_lists_what_goes_with_it_not_its_links(publisher_client):
    project = make_project(slug="clubs", partners=[make_partner(name_fr="Association Tanmia")])
    project.themes.add(make_theme(title_fr="Traite"))
    project.regions.add(make_region(name_fr="Oriental"))
    html = publisher_client.get(f"/admin/projects/project/{project.pk}/delete/").content.decode()
    objects = html.split('id="deleted-objects"')[1].split("</ul>\n")[0]
    assert "Association Tanmia" in objects
    # Django listed "Relation project-theme: Project_themes object (1)", and counted them.
    assert "object (" not in html and "Relation" not in html

    publisher_client.post(f"/admin/projects/project/{project.pk}/delete/", {"post": "yes"})
    assert not Project.objects.filter(slug="clubs").exists()
    assert Theme.objects.filter(title_fr="Traite").exists()
    assert Region.objects.filter(name_fr="Oriental").exists()


def test_deleting_a_project_with_only_themes_lists_the_project_alone(publisher_client):
    project = make_project()
    project.themes.add(make_theme())
    html = publisher_client.get(f"/admin/projects/project/{project.pk}/delete/").content.decode()
    objects = html.split('id="deleted-objects"')[1].split("</ul>")[0]
    assert objects.count("<li>") == 1
