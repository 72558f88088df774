"""Compile every locale/*/LC_MESSAGES/*.po (django, djangojs) into its .mo, without GNU gettext."""

from pathlib import Path

import polib

for po_path in sorted(Path(__file__).resolve().parent.glob("*/LC_MESSAGES/*.po")):
    polib.pofile(po_path).save_as_mofile(po_path.with_suffix(".mo"))
    print(f"compiled {po_path.with_suffix('.mo')}")
