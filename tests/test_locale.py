"""The committed compiled catalogues say exactly what their sources say."""

from pathlib import Path

import polib
import pytest

LOCALE = Path(__file__).resolve().parent.parent / "locale"
CATALOGUES = sorted(LOCALE.glob("*/LC_MESSAGES/*.po"))


def messages(entries):
    return {
        (entry.msgctxt, entry.msgid): (entry.msgstr, dict(entry.msgstr_plural))
        for entry in entries
        if entry.msgid
    }


def test_there_is_a_catalogue_per_language():
    assert {po.parent.parent.name for po in CATALOGUES if po.stem == "django"} == {"fr", "ar", "en"}


@pytest.mark.parametrize("po_path", CATALOGUES, ids=lambda p: f"{p.parent.parent.name}-{p.stem}")
def test_every_interface_string_is_translated(po_path):
    source = polib.pofile(po_path)
    assert [entry.msgid for entry in source.untranslated_entries()] == []
    assert [entry.msgid for entry in source.fuzzy_entries()] == []


@pytest.mark.parametrize("po_path", CATALOGUES, ids=lambda p: f"{p.parent.parent.name}-{p.stem}")
def test_compiled_catalogue_matches_its_source(po_path):
    source = polib.pofile(po_path)
    compiled = polib.mofile(po_path.with_suffix(".mo"))
    assert messages(compiled) == messages(source.translated_entries())
