"""scripts/backup.sh and scripts/restore.sh bring back every object, translation and upload."""

import io
import os
import shutil
import subprocess
from pathlib import Path
from urllib.parse import quote

import pytest
from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.db import connection
from PIL import Image

from oim_site.publishing.content import content_models
from projects.models import Project
from publications.models import PublicationFile
from tests.factories import make_project

ROOT = Path(__file__).resolve().parent.parent

pytestmark = [pytest.mark.postgresql, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def tools():
    if connection.vendor != "postgresql":
        pytest.skip("backups are of PostgreSQL: this runs in the PostgreSQL suite")
    missing = [tool for tool in ("pg_dump", "pg_restore") if shutil.which(tool) is None]
    if missing and os.environ.get("CI"):
        pytest.fail(f"{', '.join(missing)} missing: install PostgreSQL's client tools")
    if missing:
        pytest.skip(f"{', '.join(missing)} missing")


def database_url():
    db = connection.settings_dict
    password = f":{quote(db['PASSWORD'], safe='')}" if db["PASSWORD"] else ""
    return (
        f"postgres://{quote(db['USER'], safe='')}{password}@{db['HOST']}:{db['PORT']}/{db['NAME']}"
    )


def snapshot():
    """Every row of every table of the site's apps, translated columns included."""
    return {
        model._meta.db_table: list(model._base_manager.order_by("pk").values())
        for model in apps.get_models(include_auto_created=True)
        if model._meta.app_label in {"auth", *(m._meta.app_label for m in content_models())}
    }


def run(script, *args, media_root, publications_root):
    environment = {
        "PATH": os.environ["PATH"],
        "DATABASE_URL": database_url(),
        "DJANGO_MEDIA_ROOT": str(media_root),
        "DJANGO_PUBLICATIONS_ROOT": str(publications_root),
    }
    result = subprocess.run(
        [ROOT / "scripts" / script, *args], env=environment, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def png():
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), "teal").save(buffer, "PNG")
    return buffer.getvalue()


def test_a_restored_backup_holds_everything_that_was_saved(
    tools, settings, tmp_path, django_user_model, publication_files
):
    settings.MEDIA_ROOT = tmp_path / "media"
    call_command("load_initial_content", verbosity=0)
    call_command("load_demo_content", verbosity=0)
    editor = django_user_model.objects.create_user("editor", "editor@example.org", "pw")
    editors = Group.objects.create(name="Editors")
    editors.permissions.set(Permission.objects.filter(codename__endswith="_project"))
    editor.groups.add(editors)
    editor.user_permissions.add(Permission.objects.get(codename="view_partner"))
    project = Project.objects.filter(is_demo=True).first()
    project.image.save("water.png", ContentFile(png()))
    project.title_ar = "مشروع بعنوان عربي"
    project.save()
    image_path = Path(project.image.path)
    document = PublicationFile.objects.first()
    document_path, document_bytes = Path(document.file.path), document.file.read()
    before = snapshot()
    filled = {table for table, rows in before.items() if rows}
    assert {
        "projects_project",
        "news_article",
        "pages_page",
        "publications_publicationfile",
    } <= filled

    roots = {"media_root": settings.MEDIA_ROOT, "publications_root": publication_files}
    backup = Path(run("backup.sh", tmp_path / "backups", **roots).strip())
    assert sorted(p.name for p in backup.iterdir()) == [
        "database.dump",
        "media.tar.gz",
        "publications.tar.gz",
    ]

    # Lose everything: an empty database, as on a new server, and no uploads.
    connection.close()
    with connection.cursor() as cursor:
        cursor.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
    shutil.rmtree(settings.MEDIA_ROOT)
    shutil.rmtree(publication_files)
    assert connection.introspection.table_names() == []
    try:
        run("restore.sh", backup, **roots)
        connection.close()

        assert snapshot() == before
        assert Project.objects.get(pk=project.pk).title_ar == "مشروع بعنوان عربي"
        assert image_path.read_bytes() == png()
        assert document_path.read_bytes() == document_bytes
        # The sequences came back too: new content gets new keys.
        assert make_project().pk > max(row["id"] for row in before["projects_project"])
    finally:
        if "projects_project" not in connection.introspection.table_names():
            call_command("migrate", verbosity=0)
