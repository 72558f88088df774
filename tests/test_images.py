"""Uploaded images: checked by their content, stored clean, shown as WebP renditions."""

import functools
import os
import re
import shutil
from io import BytesIO
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.template.loader import render_to_string
from PIL import Image, ImageCms, PngImagePlugin

from partners.models import Partner
from projects.models import Project
from tests.admin_forms import form_data
from tests.factories import make_partner, make_project

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


def stored_files(media):
    return sorted(str(path.relative_to(media)) for path in media.rglob("*") if path.is_file())


def encoded(image, fmt, **options):
    buffer = BytesIO()
    image.save(buffer, fmt, **options)
    return buffer.getvalue()


def photo(width=1800, height=1200):
    """A picture with detail (a gradient and shapes), so that it compresses like a photo."""
    image = Image.linear_gradient("L").resize((width, height)).convert("RGB")
    image.paste((200, 60, 30), (width // 4, height // 4, width // 2, height // 2))
    return image


def upload(name, content, content_type="application/octet-stream"):
    return SimpleUploadedFile(name, content, content_type=content_type)


PARTNER = {
    "name_fr": "Association Tanmia",
    "name_ar": "جمعية تنمية",
    "slug": "tanmia",
    "kind": "local-association",
    "description_fr": "Une description tapée avec soin.",
    "logo_alt_fr": "Logo de l’association Tanmia",
}


def add_partner(client, logo, **fields):
    data = form_data(client.get("/admin/partners/partner/add/")) | PARTNER | fields
    return client.post("/admin/partners/partner/add/", data | {"logo": logo})


@pytest.mark.parametrize(
    ("name", "fmt", "stored_as"),
    [("photo.jpg", "JPEG", ".jpg"), ("logo.png", "PNG", ".png"), ("logo.webp", "WEBP", ".webp")],
)
def test_jpeg_png_and_webp_are_accepted(editor_client, name, fmt, stored_as):
    response = add_partner(editor_client, upload(name, encoded(photo(), fmt)))
    assert response.status_code == 302
    logo = Partner.objects.get(slug="tanmia").logo
    assert logo.name.endswith(stored_as)
    assert (logo.width, logo.height) == (1800, 1200)


def test_a_file_is_judged_by_its_content_not_its_name(editor_client):
    response = add_partner(editor_client, upload("logo.jpg", encoded(photo(), "PNG")))
    assert response.status_code == 302
    assert Partner.objects.get(slug="tanmia").logo.name.endswith(".png")


NOT_AN_IMAGE = {
    "fr": "ne s’agit pas d’une image JPEG, PNG ou WebP",
    "ar": "هذا الملف ليس صورة بصيغة JPEG أو PNG أو WebP",
}
DAMAGED = {"fr": "image est endommagée ou incomplète", "ar": "هذه الصورة تالفة أو ناقصة"}
TOO_MANY_PIXELS = {
    "fr": "trop grande en pixels : au plus 40 mégapixels",
    "ar": "أبعاد هذه الصورة كبيرة جدًّا: 40 ميغابكسل على الأكثر",
}
TOO_LARGE = {
    "fr": "Ce fichier fait 50,0 Mo ; la limite est de 10 Mo.",
    "ar": "حجم هذا الملف 50,0 ميغابايت، والحدّ الأقصى 10 ميغابايت.",
}


@functools.cache
def bomb(size):
    # A few kilobytes of PNG that would take hundreds of megabytes once decoded.
    content = encoded(Image.new("1", size), "PNG")
    assert len(content) < 100_000
    return content


def fifty_megabytes():
    # A real photo, padded after its end as JPEG allows: an image, only far too large.
    content = encoded(photo(), "JPEG")
    return content + bytes(50 * 1024 * 1024 - len(content))


# Made when a test asks for them, so that 50 MB are not held for the whole run.
REFUSED = {
    "renamed Windows program": (
        "photo.jpg",
        lambda: b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + os.urandom(4000),
        NOT_AN_IMAGE,
    ),
    "renamed Linux program": (
        "photo.jpg",
        lambda: Path(shutil.which("true")).read_bytes(),
        NOT_AN_IMAGE,
    ),
    "shell script": ("photo.jpg", lambda: b'#!/bin/sh\nrm -rf "$HOME"\n', NOT_AN_IMAGE),
    "SVG": (
        "logo.svg",
        lambda: (
            b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="9" '
            b'height="9"/></svg>'
        ),
        NOT_AN_IMAGE,
    ),
    "GIF": ("logo.gif", lambda: encoded(photo(), "GIF"), NOT_AN_IMAGE),
    "truncated": ("photo.jpg", lambda: encoded(photo(), "JPEG")[:6000], DAMAGED),
    # Over our limit only, then over Pillow's own bomb limit too.
    "bomb of 48 megapixels": ("logo.png", lambda: bomb((8000, 6000)), TOO_MANY_PIXELS),
    "bomb of 400 megapixels": ("logo.png", lambda: bomb((20000, 20000)), TOO_MANY_PIXELS),
    "50 MB": ("photo.jpg", fifty_megabytes, TOO_LARGE),
}


@pytest.fixture
def upload_temp_dir(settings, tmp_path):
    """Where Django spools uploads larger than FILE_UPLOAD_MAX_MEMORY_SIZE."""
    settings.FILE_UPLOAD_TEMP_DIR = tmp_path / "uploads"
    settings.FILE_UPLOAD_TEMP_DIR.mkdir()
    return settings.FILE_UPLOAD_TEMP_DIR


def stored_content(media):
    return {path: path.read_bytes() for path in media.rglob("*") if path.is_file()}


# Every case in both languages: in French on a new partner's logo, in Arabic on a project's
# image.
@pytest.mark.parametrize("case", REFUSED, ids=list(REFUSED))
def test_a_bad_logo_is_refused_with_a_clear_error_and_the_rest_is_kept(
    editor_client, media, upload_temp_dir, case
):
    name, content, error = REFUSED[case]
    response = add_partner(editor_client, upload(name, content()))
    assert response.status_code == 200
    page = response.content.decode()
    assert error["fr"] in page
    assert 'value="Association Tanmia"' in page
    assert "جمعية تنمية" in page
    assert "Une description tapée avec soin." in page
    assert not Partner.objects.exists()
    assert stored_files(media) == []
    assert list(upload_temp_dir.iterdir()) == []


def test_a_good_image_sent_with_another_error_is_asked_for_again(editor_client, media):
    logo = upload("logo.png", encoded(photo(400, 200), "PNG"))
    response = add_partner(editor_client, logo, name_fr="")
    assert response.status_code == 200
    assert "Choisissez de nouveau ce fichier" in response.content.decode()
    assert stored_files(media) == []


@pytest.mark.parametrize("case", REFUSED, ids=list(REFUSED))
def test_a_bad_file_does_not_replace_a_projects_image(editor_client, media, upload_temp_dir, case):
    project = make_project(title_fr="Titre d’origine", image_alt_fr="Atelier")
    project.image.save("atelier.jpg", upload("atelier.jpg", encoded(photo(), "JPEG")))
    name_before = project.image.name
    before = stored_content(media)
    url = f"/admin/projects/project/{project.pk}/change/"
    name, content, error = REFUSED[case]
    editor_client.cookies["django_language"] = "ar"
    data = form_data(editor_client.get(url)) | {"title_fr": "Titre retapé avec soin"}
    response = editor_client.post(url, data | {"image": upload(name, content())})
    assert response.status_code == 200
    page = response.content.decode()
    assert '<html lang="ar" dir="rtl">' in page
    assert error["ar"] in page
    assert 'value="Titre retapé avec soin"' in page
    project.refresh_from_db()
    assert project.title_fr == "Titre d’origine"
    assert project.image.name == name_before
    assert stored_content(media) == before
    assert list(upload_temp_dir.iterdir()) == []


def test_the_size_limit_comes_from_the_configuration(editor_client, settings, media):
    settings.MAX_UPLOAD_MB = 1
    noise = Image.frombytes("RGB", (800, 800), os.urandom(800 * 800 * 3))
    content = encoded(noise, "PNG")
    assert len(content) > 1024 * 1024
    response = add_partner(editor_client, upload("logo.png", content))
    assert "la limite est de 1 Mo" in response.content.decode()
    assert stored_files(media) == []


def test_the_form_states_the_limits(editor_client, settings):
    settings.MAX_UPLOAD_MB = 7
    page = editor_client.get("/admin/partners/partner/add/").content.decode()
    assert "Au plus 7 Mo et 40 mégapixels." in page
    assert 'accept="image/jpeg,image/png,image/webp"' in page


def test_an_image_needs_a_text_alternative(editor_client, media):
    response = add_partner(
        editor_client, upload("logo.png", encoded(photo(), "PNG")), logo_alt_fr=""
    )
    assert "une alternative textuelle est obligatoire" in response.content.decode()
    assert stored_files(media) == []


def test_no_image_needs_no_text_alternative():
    project = make_project()
    project.full_clean()


def test_the_text_alternative_is_translated(editor_client):
    page = editor_client.get("/admin/projects/project/add/").content.decode()
    for code in ("fr", "ar", "en"):
        assert f'name="image_alt_{code}"' in page


def test_photos_are_stored_upright_and_without_their_metadata(editor_client):
    exif = Image.Exif()
    exif[0x0112] = 6  # orientation: rotate 90° to display
    exif[0x013B] = "Photographer Name"
    content = encoded(photo(1800, 1200), "JPEG", exif=exif)
    response = add_partner(editor_client, upload("photo.jpg", content))
    assert response.status_code == 302
    logo = Partner.objects.get(slug="tanmia").logo
    with Image.open(logo.path) as stored:
        assert stored.size == (1200, 1800)
        assert not stored.getexif()


def img_attributes(html):
    return dict(re.findall(r'(\w+)="([^"]*)"', html))


def test_an_upload_gets_webp_renditions_at_several_widths(editor_client, media):
    add_partner(editor_client, upload("photo.jpg", encoded(photo(1800, 1200), "JPEG")))
    partner = Partner.objects.get(slug="tanmia")
    renditions = sorted(media.glob("CACHE/images/**/*.webp"))
    assert len(renditions) == 4  # made at upload, not on the first visit
    widths = set()
    for path in renditions:
        with Image.open(path) as rendition:
            assert rendition.format == "WEBP"
            widths.add(rendition.width)
            assert rendition.height == round(1200 * rendition.width / 1800)
    assert widths == {320, 640, 1024, 1600}
    html = render_to_string(
        "includes/image.html", {"image": partner.logo, "alt": "Logo", "sizes": "10rem"}
    )
    attributes = img_attributes(html)
    assert html.startswith("<img ")
    assert attributes["alt"] == "Logo"
    assert attributes["loading"] == "lazy"
    assert attributes["sizes"] == "10rem"
    assert (attributes["width"], attributes["height"]) == ("1600", "1067")
    assert re.fullmatch(r"(/media/CACHE/images/\S+\.webp \d+w(, )?){4}", attributes["srcset"])
    assert attributes["src"].endswith(".webp")


def test_a_small_image_is_never_enlarged(media):
    partner = make_partner(logo_alt_fr="Logo")
    partner.logo.save("small.png", upload("small.png", encoded(photo(500, 250), "PNG")))
    attributes = img_attributes(render_to_string("includes/image.html", {"image": partner.logo}))
    assert re.findall(r" (\d+)w", attributes["srcset"]) == ["320", "500"]
    assert (attributes["width"], attributes["height"]) == ("500", "250")


def test_a_missing_file_shows_no_image_rather_than_an_error(media):
    project = make_project(image_alt_fr="Photo")
    project.image.save("gone.jpg", upload("gone.jpg", encoded(photo(), "JPEG")))
    os.remove(project.image.path)
    image = Project.objects.get(pk=project.pk).image
    html = render_to_string("includes/image.html", {"image": image, "alt": "Photo"})
    assert html.strip() == ""


def test_no_image_renders_nothing():
    project = make_project()
    assert Project.objects.get(pk=project.pk).image.name == ""
    assert render_to_string("includes/image.html", {"image": project.image}).strip() == ""


@pytest.mark.parametrize("language", ["fr", "ar", "en"])
def test_public_pages_show_renditions_with_the_translated_alternative(client, media, language):
    project = make_project(
        slug="avec-image",
        image_alt_fr="Des jeunes en atelier",
        image_alt_ar="شباب في ورشة",
        image_alt_en="Young people in a workshop",
    )
    project.image.save("atelier.jpg", upload("atelier.jpg", encoded(photo(1200, 800), "JPEG")))
    partner = make_partner(slug="avec-logo", logo_alt_fr="Logo", logo_alt_ar="شعار")
    partner.logo.save("logo.png", upload("logo.png", encoded(photo(400, 200), "PNG")))

    page = client.get(f"/{language}/projects/avec-image/").content.decode()
    attributes = img_attributes(re.search(r"<img [^>]*>", page).group())
    assert attributes["alt"] == getattr(project, f"image_alt_{language}")
    assert attributes["loading"] == "lazy"
    assert ".webp 640w" in attributes["srcset"]
    assert (attributes["width"], attributes["height"]) == ("1200", "800")

    page = client.get(f"/{language}/partners/avec-logo/").content.decode()
    attributes = img_attributes(re.search(r"<img [^>]*>", page).group())
    assert attributes["alt"] == ("شعار" if language == "ar" else "Logo")
    # The English page shows the French alternative, and says so to screen readers.
    assert attributes.get("lang") == ("fr" if language == "en" else None)
    assert ".webp 320w" in attributes["srcset"]


TOO_WIDE = {
    "fr": "Cette image est trop large pour sa hauteur",
    "ar": "هذه الصورة عريضة جدًّا بالنسبة إلى ارتفاعها",
}
TOO_TALL = {
    "fr": "Cette image est trop haute pour sa largeur",
    "ar": "هذه الصورة طويلة جدًّا بالنسبة إلى عرضها",
}


def rotated(image):
    """A JPEG shown upright only once turned a quarter, as its EXIF orientation (6) says."""
    exif = Image.Exif()
    exif[0x0112] = 6
    return encoded(image.transpose(Image.Transpose.ROTATE_90), "JPEG", exif=exif)


# Wider than 320:1, the 320-pixel rendition would be under a pixel high (beyond 640:1 it rounds
# to 0 and making it fails); WebP, the renditions' format, has no side over 16,383 pixels.
OUT_OF_SHAPE = {
    "321:1": ("banner.png", lambda: encoded(photo(32100, 100), "PNG"), TOO_WIDE),
    "641:1": ("banner.png", lambda: encoded(photo(64100, 100), "PNG"), TOO_WIDE),
    "400:1, a pixel high": ("line.png", lambda: encoded(photo(400, 1), "PNG"), TOO_WIDE),
    "641:1 once upright": ("banner.jpg", lambda: rotated(photo(64100, 100)), TOO_WIDE),
    "16,384 pixels high": ("tower.png", lambda: encoded(photo(100, 16384), "PNG"), TOO_TALL),
    "1,024 wide, 16,400 high": ("tower.png", lambda: encoded(photo(1024, 16400), "PNG"), TOO_TALL),
}


@pytest.mark.parametrize("case", OUT_OF_SHAPE, ids=list(OUT_OF_SHAPE))
def test_an_image_too_wide_or_too_tall_for_its_renditions_is_refused(editor_client, media, case):
    name, content, error = OUT_OF_SHAPE[case]
    response = add_partner(editor_client, upload(name, content()))
    assert response.status_code == 200
    page = response.content.decode()
    assert error["fr"] in page
    assert 'value="Association Tanmia"' in page
    assert "Une description tapée avec soin." in page
    assert not Partner.objects.exists()
    assert stored_files(media) == []


def test_the_shape_error_is_translated(editor_client, media):
    editor_client.cookies["django_language"] = "ar"
    response = add_partner(editor_client, upload("banner.png", encoded(photo(64100, 100), "PNG")))
    assert TOO_WIDE["ar"] in response.content.decode()
    response = add_partner(editor_client, upload("tower.png", encoded(photo(100, 16384), "PNG")))
    assert TOO_TALL["ar"] in response.content.decode()
    assert stored_files(media) == []


@pytest.mark.parametrize(
    ("size", "smallest"), [((32000, 100), (320, 1)), ((100, 16383), (100, 16383))]
)
def test_an_image_at_the_shape_limits_gets_its_renditions(editor_client, media, size, smallest):
    response = add_partner(editor_client, upload("edge.png", encoded(photo(*size), "PNG")))
    assert response.status_code == 302
    renditions = sorted(media.glob("CACHE/images/**/*.webp"))
    assert renditions
    sizes = set()
    for path in renditions:
        with Image.open(path) as rendition:
            sizes.add(rendition.size)
    assert min(sizes) == smallest


SECRET = b"Rendez-vous 14 rue des Oudayas"


def with_metadata(fmt):
    """An image carrying SECRET in every metadata block its format has, and an sRGB profile."""
    exif = Image.Exif()
    exif[0x010E] = SECRET.decode()  # image description
    xmp = b'<x:xmpmeta xmlns:x="adobe:ns:meta/">' + SECRET + b"</x:xmpmeta>"
    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    options = {"exif": exif, "icc_profile": icc}
    if fmt == "JPEG":
        options |= {"comment": SECRET, "xmp": xmp}
    elif fmt == "PNG":
        text = PngImagePlugin.PngInfo()
        text.add_text("Comment", SECRET.decode())
        text.add_itxt("XML:com.adobe.xmp", xmp.decode())
        options |= {"pnginfo": text}
    else:
        options |= {"xmp": xmp}
    content = encoded(photo(), fmt, **options)
    assert SECRET in content
    return content, icc


@pytest.mark.parametrize(
    ("name", "fmt"), [("photo.jpg", "JPEG"), ("logo.png", "PNG"), ("logo.webp", "WEBP")]
)
def test_comments_and_other_metadata_are_not_kept_the_colour_profile_is(
    editor_client, media, name, fmt
):
    content, icc = with_metadata(fmt)
    response = add_partner(editor_client, upload(name, content))
    assert response.status_code == 302
    stored = [media / path for path in stored_files(media)]
    assert len(stored) == 5  # the image and its four renditions
    for path in stored:
        assert SECRET not in path.read_bytes(), path.name
    with Image.open(Partner.objects.get(slug="tanmia").logo.path) as image:
        assert image.info.get("icc_profile") == icc


def test_a_logos_transparent_colour_is_kept(editor_client):
    # A palette PNG says which of its colours is transparent beside its pixels, not in them.
    logo = photo(400, 200).convert("P", palette=Image.Palette.ADAPTIVE, colors=16)
    content = encoded(logo, "PNG", transparency=0)
    response = add_partner(editor_client, upload("logo.png", content))
    assert response.status_code == 302
    with Image.open(Partner.objects.get(slug="tanmia").logo.path) as stored:
        assert stored.info.get("transparency") == 0
