"""History restores one item and what it follows, and never publishes behind a Publisher's
back; no save is based on a copy older than what its form shows (security issue, points 1-2).
"""

import pytest
import reversion
from django.core.management import call_command
from django.test import Client
from reversion.models import Revision, Version

from oim_site.mission.models import KeyFigure, Milestone, MissionProfile
from partners.models import Partner
from projects.models import Partnership, Project
from publications.models import PublicationFile
from tests.admin_forms import form_data
from tests.factories import make_axis, make_partner, make_project
from tests.test_history import edit, versions

pytestmark = [pytest.mark.postgresql, pytest.mark.django_db]


def restore_url(obj, version, admin_of=None):
    label, name = admin_of or (obj._meta.app_label, obj._meta.model_name)
    return f"/admin/{label}/{name}/{obj.pk}/history/{version.pk}/"


def restore(client, obj, version):
    url = restore_url(obj, version)
    return client.post(url, form_data(client.get(url)))


def loaded_together(*objs):
    """One revision holding every object, as the loading commands made them."""
    with reversion.create_revision():
        for obj in objs:
            reversion.add_to_revision(obj)


def test_restoring_an_item_leaves_the_rest_of_its_revision_alone(editor_client):
    axis = make_axis(title_fr="Axe d’origine")
    withdrawn = make_project(axis=axis, is_published=True)
    partner = make_partner(is_published=True)
    loaded_together(axis, withdrawn, partner)
    Project.objects.filter(pk=withdrawn.pk).update(is_published=False, title_fr="Retiré")
    Partner.objects.filter(pk=partner.pk).update(name_fr="Nom changé par une autre")
    edit(editor_client, axis, title_fr="Axe changé")
    first = versions(axis)[-1]
    assert restore(editor_client, axis, first).status_code == 302
    axis.refresh_from_db()
    withdrawn.refresh_from_db()
    partner.refresh_from_db()
    assert axis.title_fr == "Axe d’origine"
    assert (withdrawn.is_published, withdrawn.title_fr) == (False, "Retiré")
    assert partner.name_fr == "Nom changé par une autre"


def test_an_editor_recovering_a_published_item_gets_a_draft(editor_client, publisher):
    partner = make_partner(is_published=True)
    make_project(partners=[partner])
    publisher_client = Client()
    publisher_client.force_login(publisher)
    url = f"/admin/partners/partner/{partner.pk}/delete/"
    assert publisher_client.post(url, {"post": "yes"}).status_code == 302
    version = Version.objects.get_deleted(Partner).get(object_id=str(partner.pk))
    url = f"/admin/partners/partner/recover/{version.pk}/"
    assert editor_client.post(url, form_data(editor_client.get(url))).status_code == 302
    assert Partner.objects.get(pk=partner.pk).is_published is False
    assert Partnership.objects.filter(partner=partner).count() == 1


def test_a_version_is_restored_only_through_its_own_models_admin(editor_client):
    project = make_project()
    edit(editor_client, project)
    version = versions(project)[0]
    for admin_of in [("projects", "region"), ("axes", "axis"), ("partners", "partner")]:
        url = restore_url(project, version, admin_of)
        assert editor_client.get(url).status_code == 404
        assert editor_client.post(url, {}).status_code == 404
        label, name = admin_of
        assert editor_client.get(f"/admin/{label}/{name}/recover/{version.pk}/").status_code == 404


def test_the_loading_commands_make_one_revision_per_object():
    call_command("load_initial_content", verbosity=0)
    call_command("load_demo_content", "--projects", "3", "--partners", "4", verbosity=0)
    followed = {Partnership, KeyFigure, Milestone, PublicationFile}
    revisions = Revision.objects.prefetch_related("version_set__content_type")
    assert len(revisions) > 20
    for revision in revisions:
        # One object, with what it follows: a project's partnerships, the profile's key
        # figures and milestones, a publication's files.
        owners = [
            version
            for version in revision.version_set.all()
            if version.content_type.model_class() not in followed
        ]
        assert len(owners) == 1, revision


def test_restoring_a_version_that_names_a_deleted_object_says_so(publisher_client):
    gone = make_axis(title_fr="Axe supprimé depuis")
    project = make_project(axis=gone)
    edit(publisher_client, project)
    first = versions(project)[0]
    edit(publisher_client, project, axis=make_axis().pk)
    assert (
        publisher_client.post(f"/admin/axes/axis/{gone.pk}/delete/", {"post": "yes"}).status_code
        == 302
    )
    response = publisher_client.get(restore_url(project, first), follow=True)
    assert response.status_code == 200
    assert "Axe supprimé depuis" in response.content.decode()
    project.refresh_from_db()
    assert project.axis != gone


def test_a_restore_moves_the_item_forward_so_an_older_form_is_refused(editor_client, publisher):
    project = make_project(title_fr="Premier")
    edit(editor_client, project)
    edit(editor_client, project, title_fr="Second")
    first = versions(project)[-1]
    url = f"/admin/projects/project/{project.pk}/change/"
    publisher_client = Client()
    publisher_client.force_login(publisher)
    opened_before_the_restore = form_data(publisher_client.get(url))
    assert restore(editor_client, project, first).status_code == 302
    response = publisher_client.post(url, opened_before_the_restore | {"title_fr": "Écrasé"})
    assert response.status_code == 200
    project.refresh_from_db()
    assert project.title_fr == "Premier"


def test_a_project_form_opened_before_a_partnership_changed_is_refused(editor_client, publisher):
    project = make_project(partners=[make_partner()])
    partnership = project.partnerships.get()
    url = f"/admin/projects/project/{project.pk}/change/"
    opened = form_data(editor_client.get(url))
    publisher_client = Client()
    publisher_client.force_login(publisher)
    other = f"/admin/projects/partnership/{partnership.pk}/change/"
    assert (
        publisher_client.post(
            other, form_data(publisher_client.get(other)) | {"role": "donor"}
        ).status_code
        == 302
    )
    response = editor_client.post(url, opened | {"title_fr": "Changé"})
    assert response.status_code == 200
    assert "après l’ouverture de ce formulaire" in response.content.decode()
    assert Partnership.objects.get(pk=partnership.pk).role == "donor"
    assert 'value="Changé"' in response.content.decode()


def test_a_profile_form_opened_before_a_key_figure_changed_is_refused(
    editor_client, initial_content
):
    profile = MissionProfile.objects.get()
    url = f"/admin/oim_site/missionprofile/{profile.pk}/change/"
    opened = form_data(editor_client.get(url))
    figure = profile.key_figures.first()
    other = f"/admin/oim_site/keyfigure/{figure.pk}/change/"
    assert (
        editor_client.post(
            other, form_data(editor_client.get(other)) | {"value_fr": "9M+"}
        ).status_code
        == 302
    )
    response = editor_client.post(url, opened | {"name_fr": "Mission changée"})
    assert response.status_code == 200
    assert profile.key_figures.filter(value_fr="9M+").exists()
    assert MissionProfile.objects.get().name_fr != "Mission changée"
