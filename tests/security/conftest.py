import datetime
import io

import pytest
import reversion
from django.contrib import admin
from django.contrib.admin.models import LogEntry
from django.contrib.auth.models import Group, User
from django.core.files.base import ContentFile
from django.db import models
from PIL import Image
from reversion.models import Version

from axes.models import Axis, Theme
from news.models import Article
from oim_site.mission.models import KeyFigure, Milestone, MissionProfile
from oim_site.publishing.models import Redirect
from pages.models import MenuItem, Page
from partners.models import Partner
from projects.models import Partnership, Project, Region
from publications.models import Publication, PublicationFile
from tests.publication_files import add_file

# Text that is markup, a script, an event handler and a javascript: link unless escaped;
# each text field gets the longest that fits. Rendered anywhere unescaped, <xss> becomes
# an element (tests/security/test_escaping.py looks for it).
PAYLOADS = [
    "\"'><xss onmouseover=alert(1)>x</xss><script>alert(1)</script>"
    '<img src=x onerror=alert(1)><a href="javascript:alert(1)">a</a> [b](javascript:alert(1))',
    "\"'><xss onmouseover=alert(1)>",
    '"<xss>',
]
WEBSITE = "https://example.org/?\"'><xss>"


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def payload(field):
    return next(text for text in PAYLOADS if len(text) <= (field.max_length or len(text)))


def text_fields(model):
    """The free-text columns of a model: every language's, and none with a fixed format."""
    return [
        field
        for field in model._meta.concrete_fields
        if isinstance(field, (models.CharField, models.TextField))
        and not isinstance(field, (models.SlugField, models.EmailField, models.URLField))
        and not field.choices
        and field.name != "password"
        # What the site reads from files (a publication's text, a digest), never typed.
        and field.editable
    ]


def earlier(field):
    """The text of the first version: the payload, a little different."""
    return ("1" + payload(field))[: field.max_length]


def hostile(model, **fields):
    for field in text_fields(model):
        fields.setdefault(field.name, earlier(field))
    return model.objects.create(**fields)


def picture():
    buffer = io.BytesIO()
    Image.new("RGB", (400, 300), (200, 60, 30)).save(buffer, "PNG")
    return ContentFile(buffer.getvalue(), name="picture.png")


@pytest.fixture
def hostile_content(db, settings, tmp_path):
    """One published object of every model of the admin, each text an XSS payload.

    Each reversion-registered object has two versions, so that its history and comparison
    pages have something to show.
    """
    settings.MEDIA_ROOT = tmp_path
    with reversion.create_revision():
        profile = hostile(MissionProfile, email="mission@example.org")
        axis = hostile(Axis, slug="axe-xss", is_published=True, icon=Axis.Icon.SHIELD)
        theme = hostile(Theme, slug="theme-xss", is_published=True)
        region = hostile(Region, slug="region-xss")
        partner = hostile(
            Partner,
            slug="partenaire-xss",
            kind=Partner.Kind.UN_AGENCY,
            website=WEBSITE,
            is_published=True,
            logo=picture(),
        )
        project = hostile(
            Project,
            slug="projet-xss",
            axis=axis,
            status=Project.Status.ONGOING,
            start_date=datetime.date(2024, 1, 1),
            featured=True,
            is_published=True,
            image=picture(),
        )
        project.themes.add(theme)
        project.regions.add(region)
        article = hostile(
            Article,
            slug="article-xss",
            kind=Article.Kind.STORY,
            date=datetime.date(2024, 2, 1),
            featured=True,
            is_published=True,
            image=picture(),
        )
        for relation, row in (("axes", axis), ("projects", project), ("partners", partner)):
            getattr(article, relation).add(row)
        article.regions.add(region)
        page = hostile(Page, slug="page-xss", is_published=True)
        publication = hostile(
            Publication,
            slug="publication-xss",
            kind=Publication.Kind.STUDY,
            year=2024,
            is_published=True,
        )
        publication.projects.add(project)
        publication.axes.add(axis)
        objects = {
            MissionProfile: profile,
            KeyFigure: hostile(KeyFigure, profile=profile),
            Milestone: hostile(Milestone, profile=profile),
            Axis: axis,
            Theme: theme,
            Region: region,
            Partner: partner,
            Project: project,
            Article: article,
            Partnership: Partnership.objects.create(
                project=project, partner=partner, role=Partnership.Role.DONOR
            ),
            Page: page,
            MenuItem: hostile(MenuItem, menu=MenuItem.Menu.FOOTER, page=page),
            Publication: publication,
            PublicationFile: add_file(publication, "fr"),
            Group: hostile(Group),
            User: hostile(User, is_staff=True),
            Redirect: hostile(Redirect),
        }
    with reversion.create_revision():
        for obj in objects.values():
            for field in text_fields(type(obj)):
                setattr(obj, field.name, payload(field))
            obj.save()
    assert set(objects) == set(admin.site._registry), "give every model of the admin a sample"
    return objects


def version_of(obj):
    if not reversion.is_registered(type(obj)):
        return None
    return Version.objects.get_for_object(obj).first()


def snapshot():
    """Every row the admin can change, its history, and its log: to prove nothing changed."""
    rows = {
        model._meta.label: list(model._default_manager.order_by("pk").values())
        for model in admin.site._registry
    }
    rows["versions"] = Version.objects.count()
    rows["log"] = LogEntry.objects.count()
    return rows
