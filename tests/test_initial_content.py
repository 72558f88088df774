import pytest
from django.core.management import call_command
from django.utils import translation
from reversion.models import Version

from axes.models import Axis, Theme
from oim_site.mission.models import KeyFigure, Milestone, MissionProfile
from oim_site.publishing.templatetags.history import history_comment
from partners.models import Partner
from projects.demo_content import PROJECTS
from projects.models import Partnership, Project, Region

pytestmark = [pytest.mark.postgresql, pytest.mark.django_db]

LANGUAGES = ("fr", "ar", "en")


def snapshot():
    models = [MissionProfile, KeyFigure, Milestone, Axis, Theme, Region, Partner, Project]
    return {model.__name__: sorted(map(str, model.objects.values_list())) for model in models} | {
        "Partnership": sorted(Partnership.objects.values_list("project", "partner", "role"))
    }


def test_initial_content_is_complete_in_three_languages(initial_content):
    profile = MissionProfile.objects.get()
    assert profile.name_fr == "Mission OIM Maroc"
    for field in ("name", "lead", "context", "diaspora", "approach"):
        for code in LANGUAGES:
            assert getattr(profile, f"{field}_{code}"), f"{field}_{code} is empty"
    assert KeyFigure.objects.count() >= 4
    assert [m.date_fr for m in Milestone.objects.all()] == ["1998", "juillet 2006", "2007"]
    assert Axis.objects.published().count() == 3
    assert Theme.objects.published().count() == 6
    assert Region.objects.count() == 12
    for model, fields in [
        (KeyFigure, ("value", "label")),
        (Milestone, ("date", "text")),
        (Axis, ("title", "summary", "body")),
        (Theme, ("title", "description")),
        (Region, ("name",)),
    ]:
        for obj in model.objects.all():
            for field in fields:
                for code in LANGUAGES:
                    assert getattr(obj, f"{field}_{code}"), f"{obj!r}.{field}_{code} is empty"


def test_a_second_run_changes_nothing(initial_content):
    before = snapshot()
    call_command("load_initial_content", verbosity=0)
    assert snapshot() == before


def test_a_second_run_keeps_what_staff_edited(initial_content):
    axis = Axis.objects.get(slug="appui-jeunesse")
    axis.title_ar = "عنوان عدله المحرر"
    axis.save()
    profile = MissionProfile.objects.get()
    profile.lead_en = "Edited by staff."
    profile.save()
    profile.key_figures.first().delete()
    figures = KeyFigure.objects.count()

    call_command("load_initial_content", verbosity=0)

    assert Axis.objects.get(slug="appui-jeunesse").title_ar == "عنوان عدله المحرر"
    assert MissionProfile.objects.get().lead_en == "Edited by staff."
    assert KeyFigure.objects.count() == figures


def test_demo_content_is_marked_and_spans_every_axis_and_kind(db):
    call_command("load_demo_content", verbosity=0)
    before = snapshot()
    call_command("load_demo_content", verbosity=0)
    assert snapshot() == before

    projects = Project.objects.all()
    assert projects.count() >= 12
    assert all(project.is_demo for project in projects)
    assert {project.axis.slug for project in projects} == set(
        Axis.objects.values_list("slug", flat=True)
    )
    assert Partner.objects.count() >= 15
    assert all(partner.is_demo for partner in Partner.objects.all())
    assert set(Partner.objects.values_list("kind", flat=True)) == set(Partner.Kind.values)
    for project in projects:
        for code in LANGUAGES:
            assert getattr(project, f"title_{code}")


def test_demo_content_grows_to_a_benchmark_dataset(db):
    call_command("load_demo_content", projects=40, partners=25, verbosity=0)
    before = snapshot()
    call_command("load_demo_content", projects=40, partners=25, verbosity=0)
    assert snapshot() == before

    assert Project.objects.published().count() == 40
    assert Partner.objects.published().count() == 25
    assert Project.objects.filter(is_demo=False).count() == 0
    for project in Project.objects.prefetch_related("partners", "themes", "regions"):
        assert 2 <= len(project.partners.all()) <= 4, project.slug
        assert 1 <= len(project.themes.all()) <= 3, project.slug
        assert 1 <= len(project.regions.all()) <= 3, project.slug
        for code in LANGUAGES:
            assert getattr(project, f"title_{code}") and getattr(project, f"summary_{code}")
    variant = Project.objects.get(slug__endswith="-39")
    assert variant.title_ar.endswith(" 39")
    assert variant.first_published_at is not None
    # As in a real list, and as the database's plans for the projects list assume.
    start_dates = list(Project.objects.values_list("start_date", flat=True))
    assert len(set(start_dates)) > 0.9 * len(start_dates)
    # The home page features the demonstration's own projects, not copies of one of them.
    featured = set(Project.objects.filter(featured=True).values_list("slug", flat=True))
    assert featured == {entry["slug"] for entry in PROJECTS if entry["featured"]}


def test_loaded_content_has_a_first_version_to_go_back_to(db):
    # Its comment is data, read in the reader's language whatever language the command ran in.
    with translation.override("en"):
        call_command("load_demo_content", verbosity=0)
    profile, axis = MissionProfile.objects.get(), Axis.objects.first()
    project = Project.objects.filter(partnerships__isnull=False).first()
    for obj in (profile, axis, Theme.objects.first(), Region.objects.first(), project):
        [version] = Version.objects.get_for_object(obj)
        with translation.override("fr"):
            assert history_comment(version.revision.comment) == "Version initiale."
    # The project's version holds its partnerships, which restoring brings back.
    revision = Version.objects.get_for_object(project).get().revision
    versioned = revision.version_set.filter(content_type__model="partnership")
    kept = {str(pk) for pk in project.partnerships.values_list("pk", flat=True)}
    assert kept <= set(versioned.values_list("object_id", flat=True))
    # Loading again adds no version.
    call_command("load_demo_content", verbosity=0)
    assert Version.objects.get_for_object(axis).count() == 1
