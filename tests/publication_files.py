"""PDF files for the tests: real ones, written with fpdf2 and pypdf, good and bad."""

import functools
import io

from django.core.files.uploadedfile import SimpleUploadedFile
from fpdf import FPDF
from pypdf import PdfReader, PdfWriter
from pypdf.actions import JavaScript
from pypdf.generic import DictionaryObject, NameObject, TextStringObject

from publications import pdf
from publications.models import Publication, PublicationFile
from tests.factories import _sequence


@functools.cache
def pdf_bytes(text="Rapport de test", pages=2):
    document = FPDF()
    for number in range(pages):
        document.add_page()
        document.set_font("helvetica", "B", 20)
        document.cell(0, 20, f"{text} - page {number + 1}")
    return bytes(document.output())


def _rewritten(change):
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_bytes())))
    change(writer)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def encrypted():
    return _rewritten(lambda writer: writer.encrypt("secret"))


def with_javascript():
    return _rewritten(lambda writer: writer.add_open_action(JavaScript("app.alert('bonjour');")))


def with_launch_action():
    def launch(writer):
        action = DictionaryObject(
            {
                NameObject("/S"): NameObject("/Launch"),
                NameObject("/F"): TextStringObject("calc.exe"),
            }
        )
        writer._root_object[NameObject("/OpenAction")] = writer._add_object(action)

    return _rewritten(launch)


def with_attachment():
    return _rewritten(lambda writer: writer.add_attachment("notes.txt", b"hidden"))


def upload(content, name="rapport.pdf", content_type="application/pdf"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def make_publication(languages=("fr",), **fields):
    """A publication with a real file in each of `languages`, as an upload would store it."""
    n = next(_sequence)
    fields.setdefault("title_fr", f"Publication {n}")
    fields.setdefault("summary_fr", f"Résumé de la publication {n}")
    fields.setdefault("slug", f"publication-{n}")
    fields.setdefault("kind", Publication.Kind.STUDY)
    fields.setdefault("year", 2024)
    fields.setdefault("is_published", True)
    publication = Publication.objects.create(**fields)
    texts = {}
    for code in languages:
        add_file(publication, code)
        texts[code] = _checked(code).text
    publication.read_file_texts(texts, texts)
    publication.save(update_fields=["file_text_fr", "file_text_ar", "file_text_en"])
    return publication


@functools.cache
def _checked(language):
    return pdf.check(upload(pdf_bytes(f"Texte du fichier {language}")))


def add_file(publication, language):
    checked = _checked(language)
    file = PublicationFile(publication=publication, language=language)
    file.take(checked)
    file.file = upload(pdf_bytes(f"Texte du fichier {language}"))
    file.size = file.file.size
    file.save()
    return file
