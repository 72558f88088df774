"""Publications: PDF uploads checked by content, their pages, downloads and drafts."""

import re

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from publications import demo_content
from publications.models import Publication, PublicationFile
from tests import publication_files as files
from tests.admin_forms import form_data
from tests.factories import make_axis, make_project

pytestmark = pytest.mark.django_db

ADD_URL = "/admin/publications/publication/add/"
PUBLICATION = {
    "title_fr": "Rapport annuel 2024",
    "title_ar": "التقرير السنوي 2024",
    "slug": "rapport-annuel-2024",
    "kind": "annual-report",
    "summary_fr": "Un résumé tapé avec soin.",
    "year": "2024",
    "month": "5",
    "files-0-language": "fr",
}


def stored(folder):
    return sorted(str(path.relative_to(folder)) for path in folder.rglob("*") if path.is_file())


def add_publication(client, upload, **fields):
    data = form_data(client.get(ADD_URL)) | PUBLICATION | fields
    return client.post(ADD_URL, data | {"files-0-file": upload})


def test_an_editor_adds_a_publication_with_its_pdf(editor_client, publication_files):
    response = add_publication(
        editor_client, files.upload(files.pdf_bytes("Bilan annuel"), "x.pdf")
    )
    assert response.status_code == 302
    publication = Publication.objects.get(slug="rapport-annuel-2024")
    [file] = publication.files.all()
    assert (file.language, file.pages, file.size) == ("fr", 2, len(files.pdf_bytes("Bilan annuel")))
    # The text read at upload is searched; the cover is rendered from the first page.
    assert "bilan annuel - page 2" in publication.search_fr
    assert stored(publication_files) == sorted(
        [f"covers/{file.digest}-240.webp", f"covers/{file.digest}-480.webp", file.file.name]
    )
    assert not publication.is_published


REFUSED = {
    "renamed program": (
        lambda: b"MZ\x90\x00\x03\x00\x00\x00" + bytes(4000),
        "Ce fichier n’est pas un PDF",
    ),
    "truncated": (lambda: files.pdf_bytes()[:600], "Ce PDF est endommagé ou incomplet"),
    "malformed": (
        lambda: b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\nnonsense\n%%EOF\n",
        "Ce PDF est endommagé ou incomplet",
    ),
    "encrypted": (files.encrypted, "Ce PDF est chiffré ou protégé par un mot de passe"),
    "JavaScript": (files.with_javascript, "Ce PDF contient du JavaScript"),
    "launch action": (files.with_launch_action, "lance un programme"),
    "embedded file": (files.with_attachment, "contient d’autres fichiers"),
}


@pytest.mark.parametrize("case", REFUSED)
def test_a_refused_pdf_says_why_keeps_the_form_and_stores_nothing(
    editor_client, publication_files, case
):
    content, message = REFUSED[case]
    response = add_publication(editor_client, files.upload(content()))
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    assert "Un résumé tapé avec soin." in html
    assert 'value="التقرير السنوي 2024"' in html
    assert not Publication.objects.exists()
    assert stored(publication_files) == []


def test_a_pdf_over_the_configured_limit_is_refused(editor_client, settings, publication_files):
    settings.PUBLICATION_MAX_UPLOAD_MB = 1
    response = add_publication(editor_client, files.upload(files.pdf_bytes() + bytes(2 << 20)))
    assert "la limite est de 1 Mo" in response.content.decode()
    assert stored(publication_files) == []


def test_a_publication_needs_a_file_in_one_language_at_least(editor_client):
    data = form_data(editor_client.get(ADD_URL)) | PUBLICATION | {"files-0-language": ""}
    response = editor_client.post(ADD_URL, data)
    assert response.status_code == 200
    assert "au moins une langue" in response.content.decode()


# Downloads


def file_addresses(publication):
    file = publication.files.get()
    return [file.get_absolute_url(), file.cover_url(240), file.cover_url(480)]


def test_a_published_file_is_served_with_its_type_name_and_a_year_of_caching(client):
    publication = files.make_publication(slug="rapport-2024")
    pdf_address, cover, _large = file_addresses(publication)
    response = client.get(pdf_address)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'inline; filename="rapport-2024-fr.pdf"'
    assert "max-age=31536000" in response["Cache-Control"]
    assert "public" in response["Cache-Control"]
    assert b"".join(response.streaming_content) == files.pdf_bytes("Texte du fichier fr")
    assert client.get(cover)["Content-Type"] == "image/webp"


def test_a_new_file_has_a_new_address(client):
    publication = files.make_publication()
    old = publication.files.get()
    publication.files.all().delete()
    new = files.add_file(publication, "en")
    assert new.digest[:16] != old.digest[:16]
    assert client.get(old.get_absolute_url()).status_code == 404
    assert client.get(new.get_absolute_url()).status_code == 200


def test_no_address_of_a_draft_file_reaches_the_public(admin_client):
    publication = files.make_publication(is_published=False)
    addresses = [*file_addresses(publication), publication.get_absolute_url()]
    for address in addresses:
        assert Client().get(address).status_code == 404, address
    # Staff preview it, and no cache keeps what they saw.
    for address in addresses[:3]:
        response = admin_client.get(address)
        assert response.status_code == 200
        assert "no-store" in response["Cache-Control"]
        assert "private" in response["Cache-Control"]


@pytest.mark.parametrize(
    "tail",
    ["0000000000000000/x-fr.pdf", "{digest}/autre-fr.pdf", "{digest}/cover-999.webp", "abc/x"],
)
def test_a_wrong_file_address_is_not_found(client, tail):
    publication = files.make_publication(slug="etude")
    digest = publication.files.get().digest[:16]
    path = f"/publications/files/{publication.pk}/{tail.format(digest=digest)}"
    assert client.get(path).status_code == 404


def test_files_live_outside_the_public_media(client, settings, publication_files):
    publication = files.make_publication()
    assert stored(publication_files)
    assert not str(publication_files).startswith(str(settings.MEDIA_ROOT))
    name = publication.files.get().file.name
    assert client.get(f"/media/{name}").status_code == 404


# Pages


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Rapport annuel 2024 (PDF, 3,2 Mo, en arabe)"),
        ("ar", "التقرير السنوي 2024 (PDF، 3,2 م.ب، بالعربية)"),
        ("en", "Annual report 2024 (PDF, 3.2 MB, in Arabic)"),
    ],
)
def test_a_download_link_says_format_size_and_language(client, language, text):
    publication = files.make_publication(
        languages=["ar"],
        title_fr="Rapport annuel 2024",
        title_ar="التقرير السنوي 2024",
        title_en="Annual report 2024",
    )
    publication.files.update(size=3_350_000)
    html = client.get(f"/{language}{publication.get_absolute_url()[3:]}").content.decode()
    link = re.search(
        r'<a href="/publications/files/[^"]+" hreflang="ar" type="application/pdf">'
        r"([^<]+)</a>",
        html,
    )
    assert link[1] == text


def test_the_list_filters_by_kind_year_axis_and_language(client):
    axis = make_axis(slug="jeunesse")
    chosen = files.make_publication(
        languages=["ar"], kind="guide", year=2022, title_fr="Guide choisi"
    )
    chosen.axes.add(axis)
    files.make_publication(kind="guide", year=2021, title_fr="Autre guide")
    files.make_publication(kind="study", year=2022, title_fr="Étude")
    response = client.get("/fr/publications/?kind=guide&year=2022&axis=jeunesse&language=ar")
    assert [p.slug for p in response.context["publications"]] == [chosen.slug]
    html = response.content.decode()
    assert "Guide ou manuel" in html and "Retirer tous les filtres" in html


@pytest.mark.parametrize(
    "query",
    ["kind=poster", "year=1900", "year=abc", "axis=nowhere", "language=de", "page=x", "kind=%00"],
)
def test_a_bad_filter_is_ignored_with_a_message(client, query):
    files.make_publication()
    response = client.get(f"/fr/publications/?{query}")
    assert response.status_code in (200, 404)
    if response.status_code == 200 and not query.startswith("page"):
        assert "Ce choix n’est pas proposé" in response.content.decode()
        assert len(response.context["publications"]) == 1


def test_drafts_are_never_listed_or_shown(client):
    draft = files.make_publication(is_published=False, title_fr="Brouillon secret")
    project = make_project(slug="projet")
    draft.projects.add(project)
    for path in ["/fr/publications/", "/fr/projects/projet/", "/fr/search/?q=brouillon"]:
        assert "Brouillon secret" not in client.get(path).content.decode()
    assert client.get(draft.get_absolute_url()).status_code == 404


def test_project_and_axis_pages_list_their_publications(client):
    axis = make_axis(slug="axe")
    project = make_project(slug="projet", axis=axis)
    publication = files.make_publication(title_fr="Guide des communes")
    publication.projects.add(project)
    publication.axes.add(axis)
    for path in ["/fr/projects/projet/", "/fr/axes/axe/"]:
        assert "Guide des communes" in client.get(path).content.decode()
    assert "Projet" in client.get(publication.get_absolute_url()).content.decode()


def test_search_reads_the_text_of_the_files(client):
    files.make_publication(languages=["fr"], title_fr="Sans rapport")
    html = client.get("/fr/search/?q=fichier").content.decode()
    assert "Sans rapport" in html


def test_the_navigation_has_the_publications(client, initial_content):
    for language, label in [("fr", "Publications"), ("ar", "المنشورات"), ("en", "Publications")]:
        html = client.get(f"/{language}/").content.decode()
        assert f'href="/{language}/publications/"' in html
        assert f">{label}</a>" in html


@pytest.mark.postgresql
@pytest.mark.parametrize("path", ["/fr/publications/", "/ar/publications/?kind=study", "detail"])
def test_pages_cost_the_same_queries_with_30_and_300_publications(client, uncached, path):
    axis = make_axis()
    counts = []
    for total in (30, 300):
        while Publication.objects.count() < total:
            publication = files.make_publication(languages=["fr", "ar"])
            publication.axes.add(axis)
        address = Publication.objects.first().get_absolute_url() if path == "detail" else path
        with CaptureQueriesContext(connection) as queries:
            assert client.get(address).status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1], counts
    assert PublicationFile.objects.count() == 600


def test_the_arabic_text_of_a_pdf_is_searched_in_arabic(client):
    entry = demo_content.PUBLICATIONS[1]
    if "ar" not in demo_content.available_languages(entry):
        pytest.skip("no font with Arabic letters on this machine (fonts-dejavu-core)")
    upload, checked = demo_content.checked_file(entry, "ar")
    # Shaped by HarfBuzz in the file, read back as the letters one types, in reading order.
    assert "وثيقة للعرض، متخيلة بالكامل." in checked.text
    publication = files.make_publication(languages=[], title_fr="Rapport", title_ar="تقرير سنوي")
    file = PublicationFile(publication=publication, language="ar", size=upload.size)
    file.take(checked)
    file.file = upload
    file.save()
    publication.read_file_texts(["ar"], {"ar": checked.text})
    publication.save()
    assert "تقرير سنوي" in client.get("/ar/search/?q=متخيلة").content.decode()
    assert "Rapport" not in client.get("/fr/search/?q=متخيلة").content.decode()
