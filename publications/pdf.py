"""Uploaded PDF files: checked by content, read once (pages, text, cover) at upload.

pypdf reads the file's structure, which is where what a PDF can do besides being read lies:
scripts, actions that launch programs, files carried inside. pdfium (Chrome's PDF engine,
through pypdfium2) renders the first page and reads the text, faster than pure Python and as a
browser would show it.
"""

import hashlib
import io
import unicodedata
from dataclasses import dataclass

import pypdfium2
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import formats
from django.utils.translation import gettext_lazy as _
from PIL import Image
from pypdf import PdfReader
from pypdf.errors import PyPdfError
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, NameObject

# Widths of a cover's renditions: a card shows it about 120 CSS pixels wide, a publication's
# page about 240; the larger serves screens of two pixels per CSS pixel.
COVER_WIDTHS = (240, 480)
# Enough of a publication's text for search: the words of a 300-page report; past this, a
# row's search column would outgrow what PostgreSQL keeps in the row.
MAX_TEXT_CHARACTERS = 200_000
# A PDF's structure is a graph of objects: past this many, the file is refused rather than
# walked for minutes (a report of a few hundred pages has tens of thousands).
MAX_OBJECTS = 500_000

DAMAGED = _("This PDF is damaged or incomplete: export it again and upload the new file.")

# What a key or a value in the file's objects says it can do, and why it is refused.
JAVASCRIPT = _(
    "This PDF carries JavaScript, which could run in the reader’s viewer: export it "
    "again without scripts or form actions."
)
LAUNCH = _(
    "This PDF holds an action that launches a program or opens another file: export it "
    "again without actions."
)
EMBEDDED = _(
    "This PDF carries other files inside it (attachments): export it again without attachments."
)
ACTIVE_KEYS = {
    "/JS": JAVASCRIPT,
    "/JavaScript": JAVASCRIPT,
    "/EmbeddedFiles": EMBEDDED,
    "/EF": EMBEDDED,
    "/Launch": LAUNCH,
}
ACTIVE_NAMES = {
    "/JavaScript": JAVASCRIPT,
    "/Launch": LAUNCH,
    "/EmbeddedFile": EMBEDDED,
    "/FileAttachment": EMBEDDED,
}


@dataclass
class CheckedPdf:
    digest: str
    pages: int
    text: str
    # WebP bytes of the first page, and its height, for each of COVER_WIDTHS.
    covers: dict

    @property
    def cover_height(self):
        return self.covers[COVER_WIDTHS[-1]][1]


def check(upload):
    """A CheckedPdf of `upload` (a Django file), or a ValidationError saying why not."""
    limit = settings.PUBLICATION_MAX_UPLOAD_MB
    if upload.size > limit * 1024 * 1024:
        raise ValidationError(
            _("This file is %(size)s MB; the limit is %(limit)s MB."),
            code="file_too_large",
            params={"size": formats.number_format(upload.size / 1024 / 1024, 1), "limit": limit},
        )
    upload.seek(0)
    data = upload.read()
    if not data.startswith(b"%PDF-"):
        raise ValidationError(
            _("This file is not a PDF (its content was checked, not its name)."),
            code="not_pdf",
        )
    # Every PDF writer ends the file with %%EOF: without it, the upload was cut short.
    if b"%%EOF" not in data[-2048:]:
        raise ValidationError(DAMAGED, code="truncated")
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            raise ValidationError(
                _(
                    "This PDF is encrypted or protected by a password: export it again without "
                    "protection, so that anyone can open it."
                ),
                code="encrypted",
            )
        _refuse_active_content(reader)
        if len(reader.pages) == 0:
            raise ValidationError(DAMAGED, code="no_page")
    except ValidationError:
        raise
    except (
        PyPdfError,
        ValueError,
        TypeError,
        KeyError,
        IndexError,
        AttributeError,
        RecursionError,
        OSError,
        AssertionError,
    ):
        raise ValidationError(DAMAGED, code="malformed") from None
    try:
        document = pypdfium2.PdfDocument(data)
        pages = len(document)
        text = _text(document)
        covers = _covers(document[0])
    except pypdfium2.PdfiumError:
        raise ValidationError(DAMAGED, code="malformed") from None
    return CheckedPdf(hashlib.sha256(data).hexdigest(), pages, text, covers)


def _refuse_active_content(reader):
    """Walk every object reachable from the file's trailer, looking for what acts."""
    seen = set()
    pending = [reader.trailer]
    while pending:
        obj = pending.pop()
        if isinstance(obj, IndirectObject):
            key = (obj.idnum, obj.generation)
            if key in seen:
                continue
            seen.add(key)
            if len(seen) > MAX_OBJECTS:
                raise ValidationError(DAMAGED, code="too_many_objects")
            obj = obj.get_object()
        if isinstance(obj, DictionaryObject):
            for key, value in obj.items():
                if key in ACTIVE_KEYS:
                    raise ValidationError(ACTIVE_KEYS[key], code="active_content")
                if isinstance(value, NameObject) and value in ACTIVE_NAMES:
                    raise ValidationError(ACTIVE_NAMES[value], code="active_content")
                pending.append(value)
        elif isinstance(obj, ArrayObject):
            pending.extend(obj)


def _text(document):
    """The text of every page, as pdfium reads it, NFKC-normalised: Arabic written in
    presentation forms (the shaped letters some writers store) becomes the letters one types,
    so that search finds it."""
    parts, length = [], 0
    for page in document:
        text = unicodedata.normalize("NFKC", page.get_textpage().get_text_bounded())
        parts.append(text)
        length += len(text)
        if length >= MAX_TEXT_CHARACTERS:
            break
    return "\n".join(parts)[:MAX_TEXT_CHARACTERS].replace("\x00", "")


def _covers(page):
    width, _height = page.get_size()
    image = page.render(scale=COVER_WIDTHS[-1] / width).to_pil().convert("RGB")
    covers = {}
    for target in COVER_WIDTHS:
        height = round(image.height * target / image.width)
        buffer = io.BytesIO()
        image.resize((target, height), Image.Resampling.LANCZOS).save(buffer, "WEBP", quality=80)
        covers[target] = (buffer.getvalue(), height)
    return covers
