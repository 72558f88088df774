"""Who changed what and when, comparison, restore of an earlier version, recovery."""

import json

import pytest
import reversion
from django.utils.formats import date_format
from django.utils.timezone import localtime
from reversion.models import Version

from axes.models import Axis, Theme
from news.models import Article
from oim_site.mission.models import KeyFigure, Milestone, MissionProfile
from oim_site.publishing.templatetags.history import history_comment
from partners.models import Partner
from projects.models import Partnership, Project
from tests.admin_forms import form_data
from tests.factories import make_axis, make_partner, make_project, make_region, make_theme

pytestmark = [pytest.mark.postgresql, pytest.mark.django_db]

TITLES = {"title_fr": "Titre d’origine", "title_ar": "العنوان الأصلي", "title_en": "First title"}


def edit(client, obj, **changes):
    url = f"/admin/{obj._meta.app_label}/{obj._meta.model_name}/{obj.pk}/change/"
    response = client.post(url, form_data(client.get(url)) | changes)
    assert response.status_code == 302, response.context["adminform"].form.errors
    obj.refresh_from_db()
    return obj


def versions(obj):
    return list(Version.objects.get_for_object(obj).select_related("revision__user"))


def comparison(client, axis):
    """The axis's comparison page, of its first version with its second."""
    first, second = sorted(version.pk for version in versions(axis))
    return client.get(
        f"/admin/axes/axis/{axis.pk}/history/compare/",
        {"version_id1": first, "version_id2": second},
    )


@pytest.mark.parametrize(
    ("model", "follows"),
    [
        (MissionProfile, {"key_figures", "milestones"}),
        (KeyFigure, set()),
        (Milestone, set()),
        (Axis, set()),
        (Theme, set()),
        (Partner, set()),
        (Project, {"partnerships"}),
        (Partnership, set()),
        (Article, set()),
    ],
)
def test_content_is_under_version_control_in_every_language(model, follows):
    from reversion.revisions import _get_options

    assert reversion.is_registered(model)
    options = _get_options(model)
    assert set(options.follow) == follows
    translated = [name for name in options.fields if name.endswith(("_fr", "_ar", "_en"))]
    assert model is Partnership or translated


def test_the_history_says_who_changed_what_and_when(editor_client, editor):
    axis = make_axis()
    edit(editor_client, axis, title_ar="حماية")
    (version,) = versions(axis)
    assert version.revision.user == editor
    page = editor_client.get(f"/admin/axes/axis/{axis.pk}/history/").content.decode()
    assert "editor" in page
    assert "Modification de titre (Arabe)." in page  # the changed field, in the reader's words
    # The field's name is stored, its label rendered in the language of whoever reads it.
    assert json.loads(version.revision.comment) == [{"changed": {"fields": ["title_ar"]}}]
    editor_client.cookies["django_language"] = "en"
    page = editor_client.get(f"/admin/axes/axis/{axis.pk}/history/").content.decode()
    assert "Changed title (Arabic)." in page


def test_saving_an_untouched_form_changes_no_text(editor_client):
    axis = make_axis(body_fr="Un paragraphe.\n\nUn autre.", body_ar="فقرة.\n\nفقرة أخرى.")
    url = f"/admin/axes/axis/{axis.pk}/change/"
    # As a browser sends a text area: its line breaks as CR LF.
    form = {
        name: value.replace("\n", "\r\n") if isinstance(value, str) else value
        for name, value in form_data(editor_client.get(url)).items()
    }
    assert "\r\n" in form["body_fr"]
    assert editor_client.post(url, form).status_code == 302
    axis.refresh_from_db()
    assert axis.body_fr == "Un paragraphe.\n\nUn autre."
    assert axis.body_ar == "فقرة.\n\nفقرة أخرى."
    assert history_comment(versions(axis)[0].revision.comment) == "Aucun champ modifié."


def test_two_versions_can_be_compared(editor_client):
    axis = make_axis(title_fr="Protection")
    edit(editor_client, axis, title_fr="Protection")
    edit(editor_client, axis, title_fr="Protection et résilience")
    response = comparison(editor_client, axis)
    assert response.status_code == 200
    page = response.content.decode()
    assert "<ins>" in page and "résilience" in page
    assert "titre [fr]" in page
    assert "<h3>titre</h3>" not in page  # the untranslated twin of title_fr is left out


def test_a_text_is_compared_word_by_word(editor_client):
    axis = make_axis(body_fr="Premier paragraphe.\n\nUn texte <court>.")
    edit(editor_client, axis, body_fr="Premier paragraphe.\n\nUn texte <court>.")
    edit(editor_client, axis, body_fr="Dernier paragraphe.\n\nUn texte <court> et clair.")
    page = comparison(editor_client, axis).content.decode()
    assert "<del>Premier</del><ins>Dernier</ins> paragraphe." in page
    assert "Un texte &lt;court&gt;<ins> et clair</ins>." in page


def test_a_yes_or_no_and_a_missing_date_read_plainly(editor_client):
    axis = make_axis(is_published=False)
    for published in (False, True):
        with reversion.create_revision():
            axis.is_published = published
            axis.save()
    page = comparison(editor_client, axis).content.decode()
    assert "<del>non</del> devenu : <ins>oui</ins>" in page
    # The first publication: no date before, a date after.
    assert "<del>- —</del>" in page
    assert "<ins>+ " + date_format(localtime(axis.first_published_at), "DATETIME_FORMAT") in page


def test_comparing_needs_a_permission_to_see_the_content(client, django_user_model):
    axis = make_axis()
    with reversion.create_revision():
        axis.save()
    with reversion.create_revision():
        axis.save()
    client.force_login(django_user_model.objects.create_user("x", password="pw", is_staff=True))
    assert comparison(client, axis).status_code == 403


def test_restoring_an_earlier_version_brings_back_all_three_languages(editor_client):
    project = make_project(**TITLES)
    edit(editor_client, project)
    edit(editor_client, project, title_fr="Autre", title_ar="آخر", title_en="Other")
    earliest = versions(project)[-1]
    url = f"/admin/projects/project/{project.pk}/history/{earliest.pk}/"
    response = editor_client.get(url)
    assert response.status_code == 200
    assert "Titre d’origine" in response.content.decode()
    project.refresh_from_db()
    assert project.title_en == "Other"  # looking at a version changes nothing
    assert editor_client.post(url, form_data(response)).status_code == 302
    project.refresh_from_db()
    assert {name: getattr(project, name) for name in TITLES} == TITLES
    assert "Restauré" in history_comment(versions(project)[0].revision.comment)


def test_restoring_brings_back_the_partnerships_of_that_version(editor_client):
    kept, added = make_partner(), make_partner()
    project = make_project(partners=[kept])
    edit(editor_client, project)
    earliest = versions(project)[0]
    Partnership.objects.create(project=project, partner=added, role="donor")
    edit(editor_client, project, title_fr="Avec un donateur")
    url = f"/admin/projects/project/{project.pk}/history/{earliest.pk}/"
    editor_client.post(url, form_data(editor_client.get(url)))
    assert list(project.partners.all()) == [kept]


def test_an_editor_restoring_a_version_does_not_change_its_publication(editor_client):
    project = make_project(is_published=False)
    edit(editor_client, project)
    draft_version = versions(project)[0]
    project.is_published = True
    project.save()
    published_at = project.first_published_at
    url = f"/admin/projects/project/{project.pk}/history/{draft_version.pk}/"
    editor_client.post(url, form_data(editor_client.get(url)))
    project.refresh_from_db()
    assert project.is_published is True
    assert project.first_published_at == published_at


def test_a_publisher_restoring_a_version_keeps_its_publication_unless_changed(publisher_client):
    project = make_project(is_published=False)
    edit(publisher_client, project)
    draft_version = versions(project)[0]
    edit(publisher_client, project, is_published="on")
    published_at = project.first_published_at
    url = f"/admin/projects/project/{project.pk}/history/{draft_version.pk}/"
    form = form_data(publisher_client.get(url))
    # The form offers the publication the project has now, not the draft version's.
    assert form["is_published"] == "on"
    publisher_client.post(url, form)
    project.refresh_from_db()
    assert project.is_published is True
    # Unticked by the publisher, it goes back to a draft, with its first publication dated.
    form = form_data(publisher_client.get(url))
    del form["is_published"]
    publisher_client.post(url, form)
    project.refresh_from_db()
    assert project.is_published is False
    assert project.first_published_at == published_at


def delete(client, obj):
    url = f"/admin/{obj._meta.app_label}/{obj._meta.model_name}/{obj.pk}/delete/"
    assert client.post(url, {"post": "yes"}).status_code == 302


def recover(client, model, object_id):
    version = Version.objects.get_deleted(model).get(object_id=str(object_id))
    url = f"/admin/{model._meta.app_label}/{model._meta.model_name}/recover/{version.pk}/"
    response = client.get(url)
    assert response.status_code == 200
    assert client.post(url, form_data(response)).status_code == 302


def test_a_deleted_project_is_recovered_with_its_partnerships(client, publisher, editor):
    partners = [make_partner(), make_partner()]
    project = make_project(partners=partners, **TITLES)
    # Created outside the admin, partnerships changed through the partnership admin: the
    # deletion itself records what it removes.
    client.force_login(publisher)
    delete(client, project)
    assert not Partnership.objects.exists()
    page = client.get("/admin/projects/project/recover/").content.decode()
    assert "Titre d’origine" in page
    client.force_login(editor)
    recover(client, Project, project.pk)
    project = Project.objects.get(pk=project.pk)
    assert set(project.partners.all()) == set(partners)
    assert {name: getattr(project, name) for name in TITLES} == TITLES
    # An editor cannot publish, so what they recover comes back as a draft.
    assert project.is_published is False


def test_a_publisher_recovers_a_published_project_as_it_was(publisher_client):
    project = make_project(is_published=True)
    delete(publisher_client, project)
    recover(publisher_client, Project, project.pk)
    assert Project.objects.get(pk=project.pk).is_published is True


def test_a_deleted_partner_is_recovered_with_its_partnerships(publisher_client):
    partner = make_partner()
    projects = [make_project(partners=[partner]), make_project(partners=[partner])]
    delete(publisher_client, partner)
    assert not Partnership.objects.exists()
    recover(publisher_client, Partner, partner.pk)
    assert set(Partner.objects.get(pk=partner.pk).projects.all()) == set(projects)


@pytest.mark.parametrize("model", ["theme", "region"])
def test_a_theme_or_region_used_by_a_project_is_not_deleted(publisher_client, model):
    project = make_project(title_fr="Projet lié")
    used = make_theme() if model == "theme" else make_region()
    getattr(project, f"{model}s").add(used)
    url = f"/admin/{used._meta.app_label}/{model}/{used.pk}/delete/"
    response = publisher_client.post(url, {"post": "yes"})
    assert response.status_code == 200
    link = f'Projet: <a href="/admin/projects/project/{project.pk}/change/">Projet lié</a>'
    assert link in response.content.decode()
    assert type(used).objects.filter(pk=used.pk).exists()
    project.refresh_from_db()
    assert list(getattr(project, f"{model}s").all()) == [used]


def test_the_deletion_is_in_the_history(publisher_client, publisher):
    project = make_project()
    delete(publisher_client, project)
    (version,) = Version.objects.get_deleted(Project)
    assert version.revision.user == publisher
    assert history_comment(version.revision.comment) == "Supprimé."
