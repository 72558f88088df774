"""A draft's image and its renditions are at addresses no one can guess before publication.

Media are public files, on the site's disk or in a publicly readable bucket, so no check
stands between an address and its file: what keeps a draft's picture from the public is
that its address holds 128 random bits.
"""

import base64
import re
from io import BytesIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from oim_site.images.renditions import renditions
from tests.admin_forms import form_data
from tests.factories import make_partner, make_project

pytestmark = pytest.mark.django_db

# secrets.token_urlsafe(16): 16 random bytes in URL-safe base64.
TOKEN = r"[A-Za-z0-9_-]{22}"


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


def jpeg():
    buffer = BytesIO()
    Image.linear_gradient("L").resize((1800, 1200)).convert("RGB").save(buffer, "JPEG")
    return buffer.getvalue()


def draft(kind):
    if kind == "project":
        return make_project(is_published=False, image_alt_fr="Atelier"), "image"
    return make_partner(is_published=False, logo_alt_fr="Logo"), "logo"


def upload_in_admin(client, obj, field, name):
    url = f"/admin/{obj._meta.app_label}/{obj._meta.model_name}/{obj.pk}/change/"
    data = form_data(client.get(url)) | {field: SimpleUploadedFile(name, jpeg(), "image/jpeg")}
    assert client.post(url, data).status_code == 302
    obj.refresh_from_db()
    assert not obj.is_published
    return getattr(obj, field)


def random_bits(token):
    return len(base64.urlsafe_b64decode(token + "==")) * 8


@pytest.mark.parametrize("kind", ["project", "partner"])
def test_a_drafts_image_and_its_renditions_are_at_unguessable_addresses(editor_client, media, kind):
    obj, field = draft(kind)
    image = upload_in_admin(editor_client, obj, field, "atelier.jpg")
    folder = obj._meta.app_label
    address = re.fullmatch(rf"{folder}/({TOKEN})/atelier\.jpg", image.name)
    assert address, image.name
    token = address[1]
    assert random_bits(token) >= 128
    assert image.url == f"/media/{image.name}"
    urls = [rendition.url for rendition, _width, _height in renditions(image)]
    assert len(urls) == 4
    for url in urls:
        assert re.fullmatch(rf"/media/CACHE/images/{folder}/{token}/atelier/\w+\.webp", url)
    assert not (media / folder / "atelier.jpg").exists()


def test_the_same_file_uploaded_twice_gets_two_addresses(editor_client):
    # Random, not derived from the file or its name, which anyone holding the file would know.
    first = upload_in_admin(editor_client, *draft("project"), "atelier.jpg")
    second = upload_in_admin(editor_client, *draft("project"), "atelier.jpg")
    assert first.name != second.name


def test_a_long_file_name_is_shortened_to_fit_the_column(editor_client):
    # Within the form's limit of 100 characters, but not with the random folder before it.
    name = "photo-de-l-atelier-" * 4 + "x" * 10 + ".jpg"
    assert len(name) == 90
    image = upload_in_admin(editor_client, *draft("project"), name)
    assert len(image.name) <= 100
    assert re.fullmatch(rf"projects/{TOKEN}/photo-de-l-atelier-[\w-]+\.jpg", image.name)
